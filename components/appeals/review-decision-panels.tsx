import Image from "next/image";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale, PolicyCode } from "@/lib/moderation/constants";
import { POLICIES } from "@/lib/moderation/policies";
import { readSnapshot, readStatement } from "@/components/sellers/statement-fields";

// What was appealed, as the reviewer weighs it: the original decision and its statement, or the
// account action and its escalation; the listing as it was and as it is, and its flags.

const panel = "rounded-lg border border-slate-200 bg-white p-4";

export interface OriginalDecisionData {
  kind: "clear" | "request_info" | "warn" | "takedown";
  policyCode: string | null;
  points: number;
  pointsAdjustmentReason: string | null;
  sellerMessage: string | null;
  internalNote: string | null;
  statement: Record<string, unknown> | null;
  listingSnapshot: Record<string, unknown>;
  authorName: string;
  reversedAt: Date | null;
  createdAt: Date;
}

export async function OriginalDecision({ decision }: { decision: OriginalDecisionData }) {
  const t = await getTranslations("appeals.review");
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const date = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });
  const s = readStatement(decision.statement);
  const policy = decision.policyCode && decision.policyCode in POLICIES ? POLICIES[decision.policyCode as PolicyCode] : null;
  const snap = readSnapshot(decision.listingSnapshot);
  return (
    <section aria-labelledby="original-heading" className={panel}>
      <h2 id="original-heading" className="text-lg font-semibold">{t("original")}</h2>
      <p className="mt-1 font-medium">
        {t(`kinds.${decision.kind}`)}
        {policy ? ` — ${t("policyPoints", { policy: policy.title[locale], points: decision.points })}` : ""}
      </p>
      <p className="text-sm text-slate-600">{t("by", { name: decision.authorName, date: date(decision.createdAt) })}</p>
      {decision.reversedAt ? <p className="text-sm font-semibold text-emerald-800">{t("reversedAt", { date: date(decision.reversedAt) })}</p> : null}
      {decision.pointsAdjustmentReason ? <p className="mt-1 text-sm">{decision.pointsAdjustmentReason}</p> : null}
      <h3 className="mt-3 text-sm font-semibold text-slate-700">{t("statement")}</h3>
      {s.facts ? (
        <p className="mt-1 whitespace-pre-line">
          <span className="font-medium">{t("facts")}: </span>
          {s.facts}
        </p>
      ) : null}
      {decision.sellerMessage ? <p className="mt-1 whitespace-pre-line">{decision.sellerMessage}</p> : null}
      {s.automatedDetection !== null ? <p className="mt-1 text-sm">{t("automated", { value: s.automatedDetection ? t("yes") : t("no") })}</p> : null}
      {s.reference ? <p className="text-sm text-slate-600">{s.reference}</p> : null}
      {decision.internalNote ? (
        <div className="mt-3 rounded-md bg-slate-100 p-2 text-sm">
          <span className="font-semibold">{t("internalNote")}: </span>
          <span className="whitespace-pre-line">{decision.internalNote}</span>
        </div>
      ) : null}
      <h3 className="mt-3 text-sm font-semibold text-slate-700">{t("snapshot")}</h3>
      {snap.title ? <p className="font-medium">{snap.title}</p> : null}
      {snap.description ? <p className="mt-1 max-h-40 overflow-y-auto text-sm whitespace-pre-line">{snap.description}</p> : null}
      {snap.imageUrls.length > 0 ? (
        <div className="mt-2 flex flex-wrap gap-2">
          {snap.imageUrls.map((url, i) => (
            <Image key={url} src={url} alt={`${snap.title ?? ""} ${i + 1}`} width={96} height={96} unoptimized className="h-24 w-24 rounded border border-slate-200 object-cover" />
          ))}
        </div>
      ) : null}
    </section>
  );
}

export interface AccountActionData {
  kind: string;
  startsAt: Date;
  endsAt: Date | null;
  liftedAt: Date | null;
  rationale: string;
  reliedCaseIds: string[];
  proposerName: string;
  approverName: string | null;
}

export async function AccountActionPanel({ action }: { action: AccountActionData }) {
  const t = await getTranslations("appeals");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric" });
  return (
    <section aria-labelledby="action-heading" className={panel}>
      <h2 id="action-heading" className="text-lg font-semibold">{t("review.action")}</h2>
      <p className="mt-1 font-medium">{t("subject.account_action", { kind: action.kind })}</p>
      <p className="text-sm">{t("review.period", { start: date(action.startsAt), end: action.endsAt ? date(action.endsAt) : t("review.permanent") })}</p>
      <p className="text-sm text-slate-600">{t("review.escalation", { proposer: action.proposerName, approver: action.approverName ?? "—" })}</p>
      <h3 className="mt-3 text-sm font-semibold text-slate-700">{t("review.rationale")}</h3>
      <p className="whitespace-pre-line">{action.rationale}</p>
      <p className="mt-1 text-sm text-slate-600">{t("review.relied", { count: action.reliedCaseIds.length })}</p>
    </section>
  );
}

export interface ListingPanelData {
  title: string;
  description: string;
  priceIdr: number;
  stock: number;
  category: string;
  url: string;
  status: "active" | "needs_fix" | "removed";
  flags: { id: string; source: string; sourceReference: string; confidence: number | null; note: string | null; receivedAt: Date }[];
}

export async function ListingPanel({ listing }: { listing: ListingPanelData }) {
  const t = await getTranslations("appeals.review");
  const ts = await getTranslations("seller.snapshot");
  const format = await getFormatter();
  return (
    <section aria-labelledby="listing-heading" className={panel}>
      <h2 id="listing-heading" className="text-lg font-semibold">{t("listing")}</h2>
      <p className="mt-1 font-medium break-words">{listing.title}</p>
      <p className="text-sm">{t("listingStatus", { status: t(`listingStatuses.${listing.status}`) })}</p>
      <p className="text-sm">
        {ts("price")}: {format.number(listing.priceIdr, { style: "currency", currency: "IDR", maximumFractionDigits: 0 })} · {ts("stock")}: {format.number(listing.stock)}
        {listing.category ? ` · ${listing.category}` : ""}
      </p>
      {/^https?:\/\//.test(listing.url) ? (
        <a href={listing.url} target="_blank" rel="noopener noreferrer nofollow" className="text-sm text-brand-700 underline break-all">{listing.url}</a>
      ) : null}
      <h3 className="mt-3 text-sm font-semibold text-slate-700">{t("flags")}</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {listing.flags.map((f) => (
          <li key={f.id}>
            <span className="font-medium">{t(`sources.${f.source}`)}</span> · {f.sourceReference}
            {f.confidence !== null ? ` · ${t("confidence", { value: format.number(f.confidence, { style: "percent" }) })}` : ""}
            {f.note ? <span className="block text-slate-600">{f.note}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
