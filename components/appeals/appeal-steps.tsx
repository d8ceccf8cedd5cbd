import { getFormatter, getTranslations } from "next-intl/server";

/** Filed → under review → outcome, as an ordered list the seller can follow at a glance. */
export async function AppealSteps({ state, filedAt, decidedAt }: { state: "pending" | "granted" | "denied" | "partial"; filedAt: Date; decidedAt: Date | null }) {
  const t = await getTranslations("appeals.status");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { day: "numeric", month: "short" });
  const done = state !== "pending";
  const steps = [
    { key: "filed", label: t("steps.filed"), when: date(filedAt), reached: true, current: false },
    { key: "review", label: t("steps.review"), when: null, reached: true, current: !done },
    { key: "outcome", label: t("steps.outcome"), when: decidedAt ? date(decidedAt) : null, reached: done, current: done },
  ];
  return (
    <ol className="grid grid-cols-3 gap-1 text-center text-sm">
      {steps.map((s) => (
        <li
          key={s.key}
          aria-current={s.current ? "step" : undefined}
          className={`rounded-md border px-1 py-2 ${s.reached ? "border-brand-600 bg-brand-50 font-semibold text-brand-800" : "border-slate-300 bg-white text-slate-600"}`}
        >
          {s.label}
          {s.when ? <span className="block text-xs font-normal">{s.when}</span> : null}
        </li>
      ))}
    </ol>
  );
}
