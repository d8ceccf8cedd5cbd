import { useTranslations } from "next-intl";
import type { PriorityTerm } from "@/lib/moderation";

/** The priority's terms as chips; each says in words what it is and how much it weighs. */
export function PriorityChips({ terms, max, dense = false }: { terms: readonly PriorityTerm[]; max?: number; dense?: boolean }) {
  const t = useTranslations("queue");
  const shown = max === undefined ? terms : terms.slice(0, max);
  const hidden = terms.length - shown.length;
  return (
    <ul className={`flex flex-wrap ${dense ? "gap-0.5" : "gap-1"}`} aria-label={t("priorityReasons")}>
      {shown.map((term, i) => (
        <li key={`${term.key}-${i}`} className={`${chipClass(term)} ${dense ? "px-1 py-0 text-[11px]" : "px-1.5 py-0.5 text-xs"}`}>
          <span>{termLabel(t, term)}</span>{" "}
          <span className="font-mono tabular-nums opacity-80">{term.weight > 0 ? `+${term.weight}` : `−${Math.abs(term.weight)}`}</span>
        </li>
      ))}
      {hidden > 0 ? <li className="rounded px-1 text-xs text-slate-600">{t("moreTerms", { count: hidden })}</li> : null}
    </ul>
  );
}

type T = (key: string, values?: Record<string, string | number>) => string;

export function termLabel(t: T, term: PriorityTerm): string {
  const p = term.params;
  switch (term.key) {
    case "source.platform_classifier":
      return p.confidence !== undefined ? t("terms.classifierConfidence", { confidence: Number(p.confidence) }) : t("terms.classifier");
    case "source.ministry_directive":
      return t("terms.ministryDirective");
    case "source.trusted_flagger":
      return t("terms.trustedFlagger");
    case "source.keyword_rule":
      return t("terms.keywordRule");
    case "source.user_report":
      return t("terms.userReports", { count: Number(p.count ?? 1) });
    case "signal.import":
      return t("terms.importWord", { text: String(p.text ?? ""), field: String(p.field ?? "title") });
    case "signal.legal":
      return t("terms.legalWord", { text: String(p.text ?? ""), field: String(p.field ?? "title") });
    case "history.prior_takedowns":
      return t("terms.priorTakedowns", { count: Number(p.count ?? 0) });
    case "history.active_points":
      return t("terms.activePoints", { points: Number(p.points ?? 0) });
    case "stock.large":
      return t("terms.stockLarge", { stock: Number(p.stock ?? 0) });
    case "stock.single":
      return t("terms.stockSingle");
    case "age.overdue":
      return t("terms.overdue");
    case "age.due_soon":
      return t("terms.dueSoon");
  }
}

function chipClass(term: PriorityTerm): string {
  const base = "inline-flex items-center gap-0.5 rounded border leading-tight";
  if (term.weight < 0) return `${base} border-emerald-300 bg-emerald-50 text-emerald-900`;
  if (term.key === "source.ministry_directive" || term.key === "source.trusted_flagger") return `${base} border-violet-300 bg-violet-50 text-violet-900`;
  if (term.key.startsWith("signal.")) return `${base} border-amber-300 bg-amber-50 text-amber-900`;
  if (term.key.startsWith("age.")) return `${base} border-red-300 bg-red-50 text-red-900`;
  return `${base} border-slate-300 bg-white text-slate-800`;
}
