import { useTranslations } from "next-intl";
import type { Ladder } from "@/lib/moderation";

/** Active points drawn on the platform's ladder, with each step marked and labelled. */
export function LadderBar({ ladder, points, pending = 0 }: { ladder: Ladder; points: number; pending?: number }) {
  const t = useTranslations("cases");
  const top = Math.max(...ladder.steps.map((s) => s.points), points + pending, 1);
  const pct = (p: number) => `${Math.min(100, (p / top) * 100)}%`;
  return (
    <div>
      <div
        className="relative h-3 rounded-full bg-slate-200"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={top}
        aria-valuenow={points}
        aria-label={t("seller.ladderLabel", { points, top })}
      >
        <div className="absolute inset-y-0 left-0 rounded-full bg-red-600" style={{ width: pct(points) }} />
        {pending > 0 ? (
          <div className="absolute inset-y-0 rounded-r-full bg-red-300" style={{ left: pct(points), width: `calc(${pct(points + pending)} - ${pct(points)})` }} />
        ) : null}
        {ladder.steps.map((step) => (
          <div key={step.points} className="absolute -top-0.5 h-4 w-0.5 bg-slate-800" style={{ left: pct(step.points) }} aria-hidden />
        ))}
      </div>
      <ol className="relative mt-1 h-8 text-[10px] leading-tight text-slate-700" aria-label={t("seller.ladderSteps")}>
        {ladder.steps.map((step) => (
          <li key={step.points} className="absolute -translate-x-1/2 text-center" style={{ left: pct(step.points) }}>
            <span className="font-semibold">{step.points}</span>
            <br />
            {t(`actions.${step.action}Short`, { days: step.durationDays ?? 0 })}
          </li>
        ))}
      </ol>
    </div>
  );
}
