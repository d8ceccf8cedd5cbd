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
  const tone = ok ? "emerald" : guardrail.hard ? "red" : "amber";
  const box = { emerald: "border-emerald-200 bg-emerald-50", red: "border-red-300 bg-red-50", amber: "border-amber-300 bg-amber-50" }[tone];
  const icon = { emerald: "text-emerald-700", red: "text-red-700", amber: "text-amber-700" }[tone];
  const pill = { emerald: "bg-emerald-700", red: "bg-red-700", amber: "bg-amber-800" }[tone];
  return (
    <li className={`flex gap-2 rounded-md border px-2.5 py-2 ${box}`} data-guardrail={guardrail.key} data-passed={ok}>
      <span className={`mt-0.5 shrink-0 ${icon}`}>{ok ? <CheckIcon /> : <CrossIcon />}</span>
      <div className="min-w-0 flex-1">
        <p className="flex items-start justify-between gap-2 text-sm font-medium leading-snug">
          <span>
            <span className="mr-1 font-mono uppercase text-slate-600">{guardrail.key}.</span>
            {t(`names.${guardrail.key}`)}
          </span>
          <span className={`shrink-0 rounded px-1.5 py-0.5 text-xs font-semibold text-white ${pill}`}>{ok ? t("passed") : t("failed")}</span>
        </p>
        <p className="text-xs leading-snug text-slate-700">
          <span className="font-semibold">{guardrail.hard ? t("hard") : t("soft")}</span> · {t(`details.${guardrail.key}.${guardrail.detail.code}`, params)}
        </p>
      </div>
    </li>
  );
}

export function GuardrailList({ guardrails, headingId }: { guardrails: readonly Guardrail[]; headingId: string }) {
  const t = useTranslations("escalations.guardrails");
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-3">
      <h2 id={headingId} className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-2 text-xs text-slate-600">{t("intro")}</p>
      <ul className="space-y-1.5">
        {guardrails.map((g) => (
          <GuardrailItem key={g.key} guardrail={g} />
        ))}
      </ul>
    </section>
  );
}
