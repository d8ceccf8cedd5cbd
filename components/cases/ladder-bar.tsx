import { useTranslations } from "next-intl";
import type { Ladder } from "@/lib/moderation";

/** Active points drawn on the platform's ladder: a bar with a tick per step, the steps listed below. */
export function LadderBar({ ladder, points, pending = 0 }: { ladder: Ladder; points: number; pending?: number }) {
  const t = useTranslations("cases");
  const top = Math.max(...ladder.steps.map((s) => s.points), points + pending, 1);
  const pct = (p: number) => `${Math.min(100, (p / top) * 100)}%`;
  return (
    <div>
      <div
        className="relative mx-1 mt-4 h-3 rounded-full bg-slate-200"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={top}
        aria-valuenow={points}
        aria-label={t("seller.ladderLabel", { points, top })}
      >
        <div className="absolute inset-y-0 left-0 rounded-full bg-red-600" style={{ width: pct(points) }} />
        {pending > 0 ? (
          <div
            className="absolute inset-y-0 bg-red-300"
            style={{ left: pct(points), width: `calc(${pct(points + pending)} - ${pct(points)})` }}
          />
        ) : null}
        {ladder.steps.map((step) => (
          <div key={step.points} className="absolute -top-4 -translate-x-1/2 text-center" style={{ left: pct(step.points) }} aria-hidden>
            <span className="block text-[10px] font-semibold leading-none text-slate-800">{step.points}</span>
            <span className="mx-auto mt-0.5 block h-4 w-0.5 bg-slate-800" />
          </div>
        ))}
      </div>
      <ol className="mt-1.5 flex flex-wrap gap-x-2 gap-y-0.5 text-[11px] leading-tight text-slate-700" aria-label={t("seller.ladderSteps")}>
        {ladder.steps.map((step) => (
          <li key={step.points} className={points >= step.points ? "font-semibold text-red-800" : undefined}>
            {step.points}: {t(`actions.${step.action}Short`, { days: step.durationDays ?? 0 })}
          </li>
        ))}
      </ol>
    </div>
  );
}
