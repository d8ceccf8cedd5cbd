import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AccountActionKind } from "@/lib/moderation/constants";
import type { Ladder } from "@/lib/moderation/ladder";
import { isAccountActionActive, sellerStatus } from "@/lib/moderation/account-actions";
import { LadderMeter } from "./ladder-meter";
import { ladderSummary } from "./ladder-summary";

export interface ShopCardData {
  id: string;
  shopName: string;
  platformName: string;
  ladder: Ladder;
  strikes: { points: number; expiresAt: Date }[];
  accountActions: { id: string; kind: AccountActionKind; startsAt: Date; endsAt: Date | null; liftedAt: Date | null; appealDeadline: Date | null }[];
}

const STATUS_TONE = {
  active: "bg-emerald-100 text-emerald-900",
  restricted: "bg-amber-100 text-amber-900",
  suspended: "bg-orange-100 text-orange-900",
  blocked: "bg-red-100 text-red-900",
} as const;

export async function ShopCard({ shop, now }: { shop: ShopCardData; now: Date }) {
  const t = await getTranslations("seller");
  const ta = await getTranslations("appeals");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric" });
  const status = sellerStatus(shop.accountActions, now);
  const summary = ladderSummary(shop.ladder, shop.strikes, now);
  const stepText = (step: { points: number; action: AccountActionKind; durationDays: number | null }) =>
    t("shops.nextStep", { points: step.points, action: t(`ladderAction.${step.action}`, { days: step.durationDays ?? 0 }) });
  const inForce = shop.accountActions.filter((a) => isAccountActionActive(a, now));
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={`shop-${shop.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={`shop-${shop.id}`} className="text-lg font-semibold break-words">{shop.shopName}</h3>
          <p className="text-sm text-slate-600">{t("shops.platform", { platform: shop.platformName })}</p>
        </div>
        <span className={`rounded-full px-3 py-1 text-sm font-semibold ${STATUS_TONE[status.status]}`}>
          {t(`shops.status.${status.status}`, { until: status.until ? date(status.until) : "" })}
        </span>
      </div>
      <p className="mt-2 text-sm text-slate-700">{t(`shops.statusHelp.${status.status}`)}</p>
      {inForce.map((action) => (
        <div key={action.id} className="mt-3 rounded-md bg-slate-50 p-3 text-sm">
          <p>
            <span className="font-semibold">{ta("subject.account_action", { kind: action.kind })}</span> · {t("shops.actionSince", { date: date(action.startsAt) })}
          </p>
          {action.appealDeadline && action.appealDeadline > now ? (
            <Link href={`/seller/appeals/new?action=${action.id}`} className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
              {t("shops.appealAction")}
            </Link>
          ) : null}
        </div>
      ))}
      <h4 className="mt-4 text-sm font-semibold text-slate-800">{t("shops.pointsHeading")}</h4>
      {summary.points === 0 ? (
        <p className="mt-1 text-sm text-slate-700">{t("shops.noPoints")}</p>
      ) : (
        <p className="mt-1 text-2xl font-bold">{t("shops.points", { points: summary.points })}</p>
      )}
      <LadderMeter summary={summary} label={t("shops.meterLabel", { points: summary.points, max: summary.max, platform: shop.platformName })} />
      <ul className="space-y-1 text-sm text-slate-800">
        <li>{summary.next ? stepText(summary.next) : t("shops.topReached")}</li>
        {summary.next && summary.points > 0 ? <li>{t("shops.left", { left: summary.left ?? 0 })}</li> : null}
        {summary.firstExpiry ? <li>{t("shops.expiry", { points: summary.firstExpiry.points, date: date(summary.firstExpiry.date) })}</li> : null}
        <li className="text-slate-600">{t("shops.expiryRule", { days: summary.pointsExpireDays })}</li>
      </ul>
    </article>
  );
}
