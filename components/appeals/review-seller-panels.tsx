import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Ladder } from "@/lib/moderation/ladder";
import { nextStep } from "@/lib/moderation/ladder";

// The seller panel and the case history on /appeals/[id].

const panel = "rounded-lg border border-slate-200 bg-white p-4";

export interface SellerPanelData {
  shopName: string;
  platformName: string;
  ladder: Ladder;
  umkmTier: string | null;
  nib: string | null;
  nibVerified: boolean;
  province: string | null;
  joinedAt: Date;
  activePoints: number;
  decisionCounts: Record<string, number>;
  appealsFiled: number;
  appealsGranted: number;
  openCases: { id: string; number: number }[];
}

export async function SellerPanel({ seller }: { seller: SellerPanelData }) {
  const t = await getTranslations("appeals.review");
  const ts = await getTranslations("seller");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric" });
  const next = nextStep(seller.ladder, seller.activePoints);
  return (
    <section aria-labelledby="seller-heading" className={panel}>
      <h2 id="seller-heading" className="text-lg font-semibold">{t("seller")}</h2>
      <p className="mt-1 font-medium"><bdi>{seller.shopName}</bdi> · {seller.platformName}</p>
      <ul className="mt-1 space-y-0.5 text-sm">
        {seller.umkmTier ? <li>{t("tier", { tier: seller.umkmTier })}{seller.province ? ` · ${seller.province}` : ""}</li> : null}
        {seller.nib ? <li>{t("nib", { nib: seller.nib })} ({seller.nibVerified ? t("nibVerified") : t("nibUnverified")})</li> : null}
        <li>{t("joined", { date: date(seller.joinedAt) })}</li>
        <li className="font-medium">
          {t("points", { points: seller.activePoints })}
          {next ? ` · ${ts("shops.nextStep", { points: next.points, action: ts(`ladderAction.${next.action}`, { days: next.durationDays ?? 0 }) })}` : ""}
        </li>
        <li>{t("history", { takedowns: seller.decisionCounts.takedown ?? 0, warns: seller.decisionCounts.warn ?? 0, clears: seller.decisionCounts.clear ?? 0 })}</li>
        <li>{t("appealsStat", { filed: seller.appealsFiled, granted: seller.appealsGranted })}</li>
      </ul>
      {seller.openCases.length > 0 ? (
        <>
          <h3 className="mt-2 text-sm font-semibold text-slate-700">{t("openCases")}</h3>
          <ul className="flex flex-wrap gap-2 text-sm">
            {seller.openCases.map((c) => (
              <li key={c.id}>
                <Link href={`/cases/${c.id}`} className="text-brand-700 underline">#{c.number}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export interface CaseHistoryData {
  flags: { id: string; source: string; receivedAt: Date }[];
  decisions: { id: string; kind: string; authorName: string; createdAt: Date; reversedAt: Date | null }[];
  infoResponses: { id: string; createdAt: Date }[];
  appeals: { id: string; round: number; state: string; createdAt: Date }[];
}

export async function CaseHistory({ history }: { history: CaseHistoryData }) {
  const t = await getTranslations("appeals.review");
  const tState = await getTranslations("appeals.status.state");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
  const events = [
    ...history.flags.map((f) => ({ key: `f${f.id}`, at: f.receivedAt, text: t("event.flag", { source: t(`sources.${f.source}`) }) })),
    ...history.decisions.map((d) => ({ key: `d${d.id}`, at: d.createdAt, text: t("event.decision", { kind: t(`kinds.${d.kind}`), name: d.authorName }) })),
    ...history.decisions.filter((d) => d.reversedAt).map((d) => ({ key: `r${d.id}`, at: d.reversedAt as Date, text: t("event.reversed") })),
    ...history.infoResponses.map((r) => ({ key: `i${r.id}`, at: r.createdAt, text: t("event.info") })),
    ...history.appeals.map((a) => ({ key: `a${a.id}`, at: a.createdAt, text: t("event.appeal", { round: a.round, state: tState(a.state) }) })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return (
    <section aria-labelledby="history-heading" className={panel}>
      <h2 id="history-heading" className="text-lg font-semibold">{t("caseHistory")}</h2>
      <ol className="mt-2 space-y-1 border-l-2 border-slate-200 pl-3 text-sm">
        {events.map((e) => (
          <li key={e.key}>
            <time dateTime={e.at.toISOString()} className="text-slate-600">{when(e.at)}</time> — {e.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
