import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getSellerCase } from "@/db/queries/seller-cases";
import { AppealBox } from "@/components/appeals/appeal-box";
import { EvidenceList } from "@/components/appeals/evidence-list";
import { InfoAnswerForm } from "@/components/sellers/info-answer-form-client";
import { ListingSnapshot } from "@/components/sellers/listing-snapshot";
import { StatementView } from "@/components/sellers/statement-view";
import { isUuid } from "@/lib/validation/ids";
import { requirePage } from "@/server/session";
import { answerInfoRequestAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seller.case"))("metaTitle") };
}

export default async function SellerCasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("seller:portal");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const { db } = await getDb();
  const kase = await getSellerCase(db, { userId: user.id, caseId: id });
  if (!kase) notFound();
  const t = await getTranslations("seller");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric" });
  const now = new Date();
  const main = kase.decisions.find((d) => d.kind === "takedown" || d.kind === "warn") ?? kase.decisions[0] ?? null;
  const request = kase.state === "awaiting_seller" ? kase.decisions.find((d) => d.kind === "request_info") : undefined;
  const earlier = kase.decisions.filter((d) => d !== main);
  const mainAppeals = main ? kase.appeals.filter((a) => a.decisionId === main.id) : [];
  const appealOpen = main ? mainAppeals.length === 0 && !main.reversedAt && (main.appealDeadline ?? now) > now : false;
  return (
    <div className="space-y-4">
      <Link href="/seller" className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline">
        ← {t("case.back")}
      </Link>
      <header>
        <h1 className="text-2xl font-bold">{t("case.title", { number: kase.number })}</h1>
        <p className="mt-1 font-medium break-words">{kase.listing.title}</p>
        <p className="text-sm text-slate-600">{t("case.shop", { shop: kase.shopName, platform: kase.platformName })}</p>
        {main ? <p className="text-sm text-slate-600">{t("case.decidedOn", { date: date(main.createdAt) })}</p> : null}
        <p className="mt-1 text-sm font-medium">{t(`case.listingNow.${kase.listing.status}`)}</p>
      </header>
      {main?.reversedAt ? (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-4 font-medium text-emerald-900">
          {t("case.reversedBanner", { date: date(main.reversedAt) })}
        </p>
      ) : null}
      {request ? (
        <section id="jawab" aria-labelledby="info-heading" className="scroll-mt-4 rounded-lg border-2 border-amber-400 bg-amber-50 p-4">
          <h2 id="info-heading" className="text-lg font-semibold">{t("info.heading")}</h2>
          {request.sellerMessage ? (
            <>
              <h3 className="mt-2 text-sm font-semibold text-slate-700">{t("info.message")}</h3>
              <p className="whitespace-pre-line break-words">{request.sellerMessage}</p>
            </>
          ) : null}
          {kase.awaitingUntil ? (
            <p className="mt-2 font-medium">{t("info.deadline", { date: date(kase.awaitingUntil) })}</p>
          ) : null}
          {kase.awaitingUntil && kase.awaitingUntil < now ? <p className="text-sm">{t("info.late")}</p> : null}
          <div className="mt-3">
            <InfoAnswerForm caseId={kase.id} submit={answerInfoRequestAction} />
          </div>
        </section>
      ) : null}
      {main && main.kind !== "request_info" ? (
        <AppealBox
          action={{ subject: "decision", id: main.id, kind: main.kind, noticeAt: main.createdAt, appealDeadline: main.appealDeadline, reversedAt: main.reversedAt }}
          appeals={mainAppeals}
          settings={kase.settings}
          now={now}
        />
      ) : null}
      {main && main.kind !== "request_info" ? <StatementView decision={main} appealOpen={appealOpen} /> : null}
      {!main ? <p className="rounded-lg bg-white p-4">{t("case.noDecision")}</p> : null}
      {main ? <ListingSnapshot snapshot={main.listingSnapshot} /> : null}
      {kase.infoResponses.length > 0 ? (
        <section aria-labelledby="responses-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="responses-heading" className="text-lg font-semibold">{t("case.responsesHeading")}</h2>
          <ul className="mt-2 space-y-3">
            {kase.infoResponses.map((r) => (
              <li key={r.id} className="border-t border-slate-200 pt-2">
                <p className="text-sm text-slate-600">{t("case.sentOn", { date: date(r.createdAt) })}</p>
                <p className="whitespace-pre-line break-words">{r.body}</p>
                <div className="mt-2">
                  <EvidenceList files={r.evidence} emptyText="" />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {earlier.length > 0 ? (
        <section aria-labelledby="earlier-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="earlier-heading" className="text-lg font-semibold">{t("case.earlier")}</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {earlier.map((d) => (
              <li key={d.id}>
                {t(`decisions.kind.${d.kind}`)} · {date(d.createdAt)}
                {d.reversedAt ? ` · ${t("decisions.reversed")}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
