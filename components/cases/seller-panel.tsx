import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { nextStep, reachedStep, type Ladder } from "@/lib/moderation";
import type { CaseDetailView } from "./types";
import { LadderBar } from "./ladder-bar";

export function SellerPanel({ detail, now }: { detail: CaseDetailView; now: Date }) {
  const t = useTranslations("cases");
  const format = useFormatter();
  const { seller, platform } = detail;
  const ladder: Ladder = platform.ladder;
  const upcoming = nextStep(ladder, seller.activePoints);
  const reached = reachedStep(ladder, seller.activePoints);
  const firstExpiry = seller.strikes[0];
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });

  return (
    <section aria-labelledby="seller-title" className="space-y-3 rounded-md border border-slate-200 bg-white p-3 text-sm">
      <div>
        <h2 id="seller-title" className="text-base font-semibold">
          {seller.shopName}
        </h2>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
          <dt className="text-slate-600">{t("seller.platform")}</dt>
          <dd>{platform.name}</dd>
          <dt className="text-slate-600">{t("seller.tier")}</dt>
          <dd>{seller.umkmTier ? t(`tiers.${seller.umkmTier}`) : t("seller.tierUnknown")}</dd>
          <dt className="text-slate-600">NIB</dt>
          <dd>
            {seller.nib ? (
              <>
                <span className="font-mono">{seller.nib}</span>{" "}
                <span className={seller.nibVerified ? "text-emerald-800" : "text-amber-800"}>
                  ({seller.nibVerified ? t("seller.nibVerified") : t("seller.nibUnverified")})
                </span>
              </>
            ) : (
              <span className="text-slate-600">{t("seller.noNib")}</span>
            )}
          </dd>
          <dt className="text-slate-600">{t("seller.tenure")}</dt>
          <dd>{t("seller.joined", { when: format.relativeTime(seller.joinedAt, now), date: date(seller.joinedAt) })}</dd>
          <dt className="text-slate-600">{t("seller.province")}</dt>
          <dd>{seller.province ?? "—"}</dd>
        </dl>
      </div>

      <div>
        <h3 className="font-semibold">{t("seller.points", { points: seller.activePoints })}</h3>
        <div className="mt-1">
          <LadderBar ladder={ladder} points={seller.activePoints} />
        </div>
        <p className="text-xs text-slate-700">
          {upcoming
            ? t("seller.nextStep", { points: upcoming.points, action: t(`actions.${upcoming.action}`, { days: upcoming.durationDays ?? 0 }), missing: upcoming.points - seller.activePoints })
            : t("seller.topReached")}
        </p>
        {firstExpiry ? (
          <p className="text-xs text-slate-700">{t("seller.expiry", { points: firstExpiry.points, date: date(firstExpiry.expiresAt) })}</p>
        ) : (
          <p className="text-xs text-slate-600">{t("seller.noActivePoints", { days: ladder.pointsExpireDays })}</p>
        )}
        {reached ? (
          <p role="status" className="mt-1 rounded border border-red-300 bg-red-50 px-2 py-1 text-xs text-red-900">
            {t("seller.recommended", { action: t(`actions.${reached.action}`, { days: reached.durationDays ?? 0 }) })}{" "}
            <Link href={`/escalations/new?seller=${seller.id}&case=${detail.case.id}`} className="font-semibold underline">
              {t("seller.propose")}
            </Link>
          </p>
        ) : null}
      </div>

      <div>
        <h3 className="font-semibold">{t("seller.history")}</h3>
        <p className="text-xs text-slate-700">
          {t("seller.appeals", { filed: seller.appeals.filed, granted: seller.appeals.granted })}
        </p>
        {seller.priorDecisions.length === 0 ? (
          <p className="text-xs text-slate-600">{t("seller.noPriorDecisions")}</p>
        ) : (
          <ul className="mt-1 space-y-0.5 text-xs">
            {seller.priorDecisions.slice(0, 5).map((d) => (
              <li key={d.id} className="flex items-center gap-1.5">
                <span className={`shrink-0 rounded px-1 ${d.kind === "takedown" ? "bg-red-100 text-red-900" : d.kind === "clear" ? "bg-emerald-100 text-emerald-900" : "bg-slate-100 text-slate-800"}`}>
                  {t(`kinds.${d.kind}`)}
                  {d.points > 0 ? ` +${d.points}` : ""}
                </span>
                <Link href={`/cases/${d.caseId}`} className="block min-w-0 truncate py-1 underline-offset-2 hover:underline">
                  #{d.caseNumber} {d.listingTitle}
                </Link>
                {d.reversedAt ? <span className="shrink-0 text-emerald-800">{t("seller.reversed")}</span> : null}
                <span className="ml-auto shrink-0 text-slate-600">{date(d.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div>
        <h3 className="font-semibold">{t("seller.otherOpen", { count: seller.otherOpenCases.length })}</h3>
        {seller.otherOpenCases.length > 0 ? (
          <ul className="mt-1 space-y-0.5 text-xs">
            {seller.otherOpenCases.map((c) => (
              <li key={c.id}>
                <Link href={`/cases/${c.id}`} className="inline-block max-w-full py-1 underline-offset-2 hover:underline">
                  #{c.number} {c.title}
                </Link>{" "}
                <span className="text-slate-600">({t(`states.${c.state}`)})</span>
              </li>
            ))}
          </ul>
        ) : null}
        {seller.otherOpenCases.length > 1 ? (
          <Link href={`/queue?seller=${seller.id}`} className="mt-1 inline-block text-xs font-medium underline">
            {t("seller.bulkLink")}
          </Link>
        ) : null}
      </div>
    </section>
  );
}
