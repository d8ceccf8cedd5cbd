import { useFormatter, useTranslations } from "next-intl";
import type { Guardrail } from "@/lib/moderation/guardrails";
import { CheckIcon, CrossIcon } from "./icons";

type Params = Record<string, string | number | null>;

/** Dates arrive as ISO strings in the guardrail details; show them in Asia/Jakarta. */
function useDetailParams(params: Params): Record<string, string | number> {
  const format = useFormatter();
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === null) out[key] = "—";
    else out[key] = key.endsWith("At") && typeof value === "string" ? format.dateTime(new Date(value), { dateStyle: "medium", timeStyle: "short" }) : value;
  }
  return out;
}

function GuardrailItem({ guardrail }: { guardrail: Guardrail }) {
  const t = useTranslations("escalations.guardrails");
  const params = useDetailParams(guardrail.detail.params);
  const ok = guardrail.passed;
  return (
    <li
      className={`flex gap-3 rounded-md border p-3 ${ok ? "border-emerald-200 bg-emerald-50" : guardrail.hard ? "border-red-300 bg-red-50" : "border-amber-300 bg-amber-50"}`}
      data-guardrail={guardrail.key}
      data-passed={ok}
    >
      <span className={ok ? "text-emerald-700" : guardrail.hard ? "text-red-700" : "text-amber-700"}>
        {ok ? <CheckIcon /> : <CrossIcon />}
      </span>
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          <span className="mr-1 font-mono text-sm uppercase text-slate-600">{guardrail.key}.</span>
          {t(`names.${guardrail.key}`)}
        </p>
        <p className="text-sm text-slate-700">{t(`details.${guardrail.key}.${guardrail.detail.code}`, params)}</p>
        <p className="mt-1 flex flex-wrap gap-2 text-xs">
          <span className={`rounded px-1.5 py-0.5 font-semibold ${ok ? "bg-emerald-700 text-white" : guardrail.hard ? "bg-red-700 text-white" : "bg-amber-800 text-white"}`}>
            {ok ? t("passed") : t("failed")}
          </span>
          <span className="rounded border border-slate-300 bg-white px-1.5 py-0.5 text-slate-700">{guardrail.hard ? t("hard") : t("soft")}</span>
        </p>
      </div>
    </li>
  );
}

export function GuardrailList({ guardrails, headingId }: { guardrails: readonly Guardrail[]; headingId: string }) {
  const t = useTranslations("escalations.guardrails");
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("intro")}</p>
      <ul className="space-y-2">
        {guardrails.map((g) => (
          <GuardrailItem key={g.key} guardrail={g} />
        ))}
      </ul>
    </section>
  );
}
