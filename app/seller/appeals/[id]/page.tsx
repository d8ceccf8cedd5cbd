import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { toAppealable } from "@/db/queries/appeal-subjects";
import { getSellerAppeal } from "@/db/queries/seller-cases";
import { AppealSteps } from "@/components/appeals/appeal-steps";
import { EvidenceList } from "@/components/appeals/evidence-list";
import { appealEligibility } from "@/lib/moderation/appeals";
import { isUuid } from "@/lib/validation/ids";
import { requirePage } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("appeals.status"))("title") };
}

const TONE = {
  pending: "border-sky-300 bg-sky-50 text-sky-950",
  granted: "border-emerald-300 bg-emerald-50 text-emerald-950",
  denied: "border-red-300 bg-red-50 text-red-950",
  partial: "border-amber-300 bg-amber-50 text-amber-950",
} as const;

export default async function SellerAppealPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("seller:portal");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const { db } = await getDb();
  const appeal = await getSellerAppeal(db, { userId: user.id, appealId: id });
  if (!appeal) notFound();
  const t = await getTranslations("appeals");
  const ts = await getTranslations("seller");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric" });
  const next = appealEligibility(toAppealable(appeal.appealed), appeal.history, appeal.appealed.settings, new Date());
  const secondOpen = appeal.state !== "pending" && next.allowed && next.round === 2;
  const effectKey = appeal.state === "granted" && appeal.subject === "account_action" ? "grantedAction" : appeal.state;
  const param = appeal.subject === "decision" ? "decision" : "action";
  return (
    <div className="space-y-4">
      <Link href="/seller" className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline">
        ← {t("status.back")}
      </Link>
      <header>
        <h1 className="text-2xl font-bold">{t("status.title")}</h1>
        <p className="text-sm text-slate-600">
          {t("status.round", { round: appeal.round })} · {t("status.filed", { date: date(appeal.createdAt) })}
        </p>
      </header>
      <AppealSteps state={appeal.state} filedAt={appeal.createdAt} decidedAt={appeal.decidedAt} />
      <section aria-labelledby="outcome-heading" className={`rounded-lg border-2 p-4 ${TONE[appeal.state]}`}>
        <h2 id="outcome-heading" className="text-xl font-bold">{t(`status.state.${appeal.state}`)}</h2>
        {appeal.state === "pending" ? (
          <>
            <p className="mt-1">{t("status.pendingBody")}</p>
            <p className="mt-1 font-medium">{t("status.due", { date: date(appeal.dueAt) })}</p>
          </>
        ) : (
          <>
            <p className="mt-1 font-medium">{t(`status.effect.${effectKey}`)}</p>
            {appeal.decidedAt ? <p className="text-sm">{t("status.decided", { date: date(appeal.decidedAt) })}</p> : null}
            {appeal.outcomeReason ? (
              <>
                <h3 className="mt-3 text-sm font-semibold">{t("status.reason")}</h3>
                <p className="whitespace-pre-line break-words">{appeal.outcomeReason}</p>
              </>
            ) : null}
          </>
        )}
        {secondOpen ? (
          <div className="mt-3">
            <p>{t("status.secondRoute", { date: date(next.deadline) })}</p>
            <Link
              href={`/seller/appeals/new?${param}=${appeal.appealed.id}`}
              className="mt-2 inline-flex min-h-12 w-full items-center justify-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 sm:w-auto"
            >
              {ts("appealBox.buttonSecond")}
            </Link>
          </div>
        ) : appeal.state !== "pending" && appeal.state !== "granted" && appeal.round >= 2 ? (
          <p className="mt-3 text-sm">{t("status.noMore")}</p>
        ) : null}
      </section>
      <section aria-labelledby="about-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="about-heading" className="text-lg font-semibold">{t("status.about")}</h2>
        <p className="mt-1 font-medium">{t(`subject.${appeal.appealed.subject}`, { kind: appeal.appealed.kind })}</p>
        {appeal.appealed.listingTitle ? <p className="break-words">{appeal.appealed.listingTitle}</p> : null}
        <p className="text-sm text-slate-600">
          <bdi>{appeal.appealed.shopName}</bdi> · {appeal.appealed.platformName} · {date(appeal.appealed.noticeAt)}
        </p>
        {appeal.appealed.caseId ? (
          <Link href={`/seller/cases/${appeal.appealed.caseId}`} className="mt-1 inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("status.openCase")}
          </Link>
        ) : null}
      </section>
      <section aria-labelledby="sent-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="sent-heading" className="text-lg font-semibold">{t("status.yourAppeal")}</h2>
        <p className="mt-2 whitespace-pre-line break-words">{appeal.explanation}</p>
        {appeal.references ? (
          <>
            <h3 className="mt-3 text-sm font-semibold text-slate-700">{t("status.references")}</h3>
            <p className="break-words">{appeal.references}</p>
          </>
        ) : null}
        <h3 className="mt-3 mb-2 text-sm font-semibold text-slate-700">{t("status.evidence")}</h3>
        <EvidenceList files={appeal.evidence} emptyText={t("status.noEvidence")} />
      </section>
    </div>
  );
}
