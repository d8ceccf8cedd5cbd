"use client";

import { useTranslations } from "next-intl";
import {
  buildStatement,
  isWithinWarningMargin,
  reachedStep,
  renderStatementText,
  type FlagSource,
  type Ladder,
  type Locale,
  type PolicyCode,
} from "@/lib/moderation";
import { LadderBar } from "./ladder-bar";

/** What the decision will do: the ladder effect of the points and the statement the seller gets. */
export function DecisionPreview(props: {
  kind: "warn" | "takedown";
  policy: PolicyCode | "";
  points: number;
  facts: string;
  sellerLocale: Locale;
  flagSources: FlagSource[];
  listing: { title: string; url: string; externalId: string };
  platform: { name: string; ladder: Ladder; appealWindowDays: number };
  activePoints: number;
  now: Date;
}) {
  const t = useTranslations("cases");
  if (!props.policy) return null;
  const points = props.kind === "takedown" ? Math.max(0, props.points) : 0;
  const after = props.activePoints + points;
  const before = reachedStep(props.platform.ladder, props.activePoints);
  const step = reachedStep(props.platform.ladder, after);
  const statement = buildStatement({
    kind: props.kind,
    locale: props.sellerLocale,
    reference: t("preview.referencePending"),
    policyCode: props.policy,
    facts: props.facts || t("preview.factsMissing"),
    points,
    pointsExpireDays: props.platform.ladder.pointsExpireDays,
    flagSources: props.flagSources,
    listing: { title: props.listing.title, url: props.listing.url, externalId: props.listing.externalId, platformName: props.platform.name },
    appealWindowDays: props.platform.appealWindowDays,
    decidedAt: props.now,
  });
  return (
    <div className="space-y-2">
      {points > 0 ? (
        <div className="rounded border border-slate-200 bg-slate-50 p-2 text-xs">
          <p className="font-semibold">{t("preview.points", { before: props.activePoints, after })}</p>
          <div className="mt-1">
            <LadderBar ladder={props.platform.ladder} points={props.activePoints} pending={points} />
          </div>
          {step && step !== before ? (
            <p className="text-red-900">{t("preview.stepReached", { action: t(`actions.${step.action}`, { days: step.durationDays ?? 0 }) })}</p>
          ) : null}
          {isWithinWarningMargin(props.platform.ladder, after) ? <p>{t("preview.warningSent")}</p> : null}
        </div>
      ) : null}
      <details open className="rounded border border-slate-200">
        <summary className="cursor-pointer px-2 py-1 text-xs font-semibold">
          {t("preview.title", { language: t(`languages.${props.sellerLocale}`) })}
        </summary>
        <pre data-testid="statement-preview" tabIndex={0} role="region" aria-label={t("preview.title", { language: t(`languages.${props.sellerLocale}`) })} className="max-h-64 overflow-y-auto whitespace-pre-wrap break-words px-2 pb-2 font-sans text-xs leading-relaxed text-slate-800">
          {renderStatementText(statement, props.sellerLocale)}
        </pre>
      </details>
    </div>
  );
}
