import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { SellerStatusView } from "@/lib/moderation/account-actions";
import type { AccountActionKind, UmkmTier } from "@/lib/moderation/constants";
import type { Ladder, LadderStep } from "@/lib/moderation/ladder";

export interface SellerContextView {
  shopName: string;
  platformName: string;
  province: string | null;
  umkmTier: UmkmTier | null;
  nib: string | null;
  nibVerified: boolean;
  joinedAt: Date;
  ladder: Ladder;
  activePoints: number;
  reachedStep: LadderStep | null;
  nextStep: LadderStep | null;
  nextExpiry: Date | null;
  status: SellerStatusView;
  accountActions: { id: string; kind: AccountActionKind; startsAt: Date; endsAt: Date | null; liftedAt: Date | null }[];
  warnings: { at: Date }[];
  takedowns: number;
  appealsFiled: number;
  appealsGranted: number;
}

function useStepText() {
  const t = useTranslations("escalations");
  return (step: LadderStep) =>
    step.durationDays === null
      ? t("seller.stepBlock", { points: step.points, action: t(`actions.${step.action}`) })
      : t("seller.stepDays", { points: step.points, action: t(`actions.${step.action}`), days: step.durationDays });
}

export function SellerStatusText({ status }: { status: SellerStatusView }) {
  const t = useTranslations("escalations");
  const format = useFormatter();
  const label = t(`sellerStatus.${status.status}`);
  return <>{status.until ? t("statusUntil", { status: label, date: format.dateTime(status.until, { dateStyle: "medium", timeStyle: "short" }) }) : label}</>;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[8.5rem_1fr] gap-2 py-1 text-sm">
      <dt className="text-slate-600">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

export function SellerContextPanel({ seller, headingId }: { seller: SellerContextView; headingId: string }) {
  const t = useTranslations("escalations");
  const format = useFormatter();
  const stepText = useStepText();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const top = seller.ladder.steps.at(-1)?.points ?? 1;
  const pct = Math.min(100, Math.round((seller.activePoints / top) * 100));
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {t("seller.title")}: {seller.shopName}
      </h2>
      <dl className="mt-2 divide-y divide-slate-100">
        <Row label={t("seller.platform")}>{seller.platformName}</Row>
        <Row label={t("seller.tier")}>{t(`tiers.${seller.umkmTier ?? "none"}`)}</Row>
        <Row label={t("seller.nib")}>
          {seller.nib ? t(seller.nibVerified ? "seller.nibVerified" : "seller.nibUnverified", { nib: seller.nib }) : t("seller.noNib")}
        </Row>
        <Row label={t("seller.province")}>{seller.province ?? "—"}</Row>
        <Row label={t("seller.joined")}>{day(seller.joinedAt)}</Row>
        <Row label={t("seller.status")}>
          <strong>
            <SellerStatusText status={seller.status} />
          </strong>
        </Row>
        <Row label={t("seller.points")}>
          <strong className="tabular-nums">{t("seller.pointsOf", { points: seller.activePoints })}</strong>
          <div className="mt-1 h-2 w-full rounded bg-slate-200" aria-hidden="true">
            <div className="h-2 rounded bg-brand-600" style={{ width: `${pct}%` }} />
          </div>
          <p className="mt-1 text-slate-700">{seller.reachedStep ? t("seller.reached", { step: stepText(seller.reachedStep) }) : t("seller.noneReached")}</p>
          <p className="text-slate-700">{seller.nextStep ? t("seller.next", { step: stepText(seller.nextStep) }) : t("seller.top")}</p>
          {seller.nextExpiry ? <p className="text-slate-600">{t("seller.expiry", { date: day(seller.nextExpiry), days: seller.ladder.pointsExpireDays })}</p> : null}
        </Row>
        <Row label={t("seller.ladder")}>
          <ol className="space-y-0.5">
            {seller.ladder.steps.map((step) => (
              <li key={step.points} className={seller.activePoints >= step.points ? "font-semibold" : "text-slate-600"}>
                {stepText(step)}
              </li>
            ))}
          </ol>
        </Row>
        <Row label={t("seller.history")}>
          {t("seller.takedowns", { count: seller.takedowns })}; {t("seller.appeals", { filed: seller.appealsFiled, granted: seller.appealsGranted })}
        </Row>
        <Row label={t("seller.warnings")}>
          {seller.warnings.length === 0 ? (
            t("seller.noWarnings")
          ) : (
            <ul>
              {seller.warnings.slice(0, 5).map((w) => (
                <li key={w.at.toISOString()}>{t("seller.warningAt", { date: format.dateTime(w.at, { dateStyle: "medium", timeStyle: "short" }) })}</li>
              ))}
            </ul>
          )}
        </Row>
        <Row label={t("seller.accountActions")}>
          {seller.accountActions.length === 0 ? (
            t("seller.noAccountActions")
          ) : (
            <ul>
              {seller.accountActions.map((a) => (
                <li key={a.id}>
                  {a.endsAt
                    ? t("seller.actionPeriod", { action: t(`actions.${a.kind}`), from: day(a.startsAt), to: day(a.endsAt) })
                    : t("seller.actionPermanent", { action: t(`actions.${a.kind}`), from: day(a.startsAt) })}
                  {a.liftedAt ? ` (${t("seller.lifted", { date: day(a.liftedAt) })})` : null}
                </li>
              ))}
            </ul>
          )}
        </Row>
      </dl>
    </section>
  );
}
