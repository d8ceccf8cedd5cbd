import type { LadderSummary } from "./ladder-summary";

/** The points drawn on the platform's ladder. Decorative: the same facts are given in text beside it. */
export function LadderMeter({ summary, label }: { summary: LadderSummary; label: string }) {
  const pct = (points: number) => `${Math.min(100, (points / Math.max(summary.max, 1)) * 100)}%`;
  const tone = summary.reached ? "bg-red-600" : summary.left !== null && summary.left <= 5 ? "bg-amber-500" : "bg-brand-600";
  return (
    <div role="img" aria-label={label} className="pt-1 pb-5">
      <div className="relative h-3 rounded-full bg-slate-200">
        <div className={`absolute inset-y-0 left-0 rounded-full ${tone}`} style={{ width: pct(summary.points) }} />
        {summary.steps.map((step) => (
          <div key={step.points} className="absolute inset-y-[-3px] w-0.5 bg-slate-500" style={{ left: pct(step.points) }}>
            <span className="absolute top-5 -translate-x-1/2 text-xs text-slate-600">{step.points}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
