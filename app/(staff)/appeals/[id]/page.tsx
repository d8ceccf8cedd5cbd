import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getAppealForReview } from "@/db/queries/appeal-review";
import { AppealDecisionForm } from "@/components/appeals/appeal-decision-client";
import { ClaimPanel } from "@/components/appeals/claim-panel-client";
import { EvidenceList } from "@/components/appeals/evidence-list";
import { AccountActionPanel, ListingPanel, OriginalDecision } from "@/components/appeals/review-decision-panels";
import { CaseHistory, SellerPanel } from "@/components/appeals/review-seller-panels";
import { leaseIsLive, reviewerCheck } from "@/lib/moderation/appeal-lifecycle";
import { isUuid } from "@/lib/validation/ids";
import { requirePage } from "@/server/session";
import { claimAppealAction, decideAppealAction, releaseAppealClaimAction, renewAppealClaimAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("appeals") };
}

const panel = "rounded-lg border border-slate-200 bg-white p-4";

export default async function AppealReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("appeal:review");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const { db } = await getDb();
  const now = new Date();
  const review = await getAppealForReview(db, { appealId: id, viewerId: user.id, now });
  if (!review) notFound();
  const { appeal, appealed } = review;
  const t = await getTranslations("appeals");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });
  const pending = appeal.state === "pending";
  const live = leaseIsLive(appeal.claimExpiresAt, now);
  const mine = live && appeal.claimedBy === user.id;
  const refused = reviewerCheck({ subject: appeal.subject, round: appeal.round, conflictedUserIds: appealed.conflictedUserIds }, { id: user.id, role: user.role });
  const caseHistory = review.caseHistory;
  return (
    <div className="space-y-4">
      <Link href="/appeals" className="text-sm font-semibold text-brand-700 underline">← {t("review.back")}</Link>
      <header className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 className="text-2xl font-bold">{t("review.title", { short: appeal.id.slice(0, 8) })}</h1>
        <span className="rounded bg-slate-200 px-2 py-0.5 text-sm font-semibold">{t(`status.state.${appeal.state}`)}</span>
        <span className="text-sm">{t("status.round", { round: appeal.round })}</span>
        <span className="text-sm text-slate-600">{t("status.filed", { date: date(appeal.createdAt) })} · {t("status.due", { date: date(appeal.dueAt) })}</span>
      </header>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 space-y-4">
          <section aria-labelledby="appeal-text-heading" className={panel}>
            <h2 id="appeal-text-heading" className="text-lg font-semibold">{t("review.appealText")}</h2>
            <p className="mt-2 whitespace-pre-line break-words">{appeal.explanation}</p>
            {appeal.references ? <p className="mt-2 text-sm"><span className="font-semibold">{t("review.references")}: </span>{appeal.references}</p> : null}
            <p className="mt-2 text-sm text-slate-600">{t("review.declared")}</p>
            <h3 className="mt-4 mb-2 font-semibold">{t("review.evidence")}</h3>
            <EvidenceList files={review.evidence} emptyText={t("review.noEvidence")} large />
          </section>
          {review.history.length > 1 ? (
            <section aria-labelledby="rounds-heading" className={panel}>
              <h2 id="rounds-heading" className="text-lg font-semibold">{t("review.previousRounds")}</h2>
              <ul className="mt-1 text-sm">
                {review.history.filter((h) => h.id !== appeal.id).map((h) => (
                  <li key={h.id}>
                    <Link href={`/appeals/${h.id}`} className="text-brand-700 underline">{t("status.round", { round: h.round })}</Link>: {t(`status.state.${h.state}`)}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {review.decision ? <OriginalDecision decision={review.decision} /> : null}
          {review.action ? <AccountActionPanel action={review.action} /> : null}
          {caseHistory ? <ListingPanel listing={{ ...caseHistory.listing, flags: caseHistory.flags }} /> : null}
          {caseHistory ? (
            <CaseHistory history={{ flags: caseHistory.flags, decisions: caseHistory.decisions, infoResponses: caseHistory.infoResponses, appeals: review.history }} />
          ) : null}
        </div>
        <aside className="space-y-4 self-start lg:sticky lg:top-4">
          {pending && refused ? (
            <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">{t(`review.errors.${refused}`)}</p>
          ) : null}
          {pending && !refused ? (
            <>
              <ClaimPanel
                appealId={appeal.id}
                mine={mine}
                claimedByName={live && !mine ? appeal.claimedByName : null}
                claimExpiresAt={live ? (appeal.claimExpiresAt?.toISOString() ?? null) : null}
                claim={claimAppealAction}
                renew={renewAppealClaimAction}
                release={releaseAppealClaimAction}
              />
              <AppealDecisionForm appealId={appeal.id} version={appeal.version} partialAvailable={review.partialAvailable} canDecide={mine} decide={decideAppealAction} />
            </>
          ) : null}
          {!pending ? (
            <section className={panel}>
              <p className="font-medium">{t("review.decidedBy", { name: appeal.reviewerName ?? "—", date: appeal.decidedAt ? date(appeal.decidedAt) : "", state: t(`status.state.${appeal.state}`) })}</p>
              {appeal.outcomeReason ? <p className="mt-2 whitespace-pre-line">{appeal.outcomeReason}</p> : null}
            </section>
          ) : null}
          {review.seller ? <SellerPanel seller={review.seller} /> : null}
        </aside>
      </div>
    </div>
  );
}
