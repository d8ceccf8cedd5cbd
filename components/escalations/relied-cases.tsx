import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

export interface ReliedCaseView {
  caseId: string;
  caseNumber: number;
  listingTitle: string;
  decisions: {
    id: string;
    kind: "warn" | "takedown";
    points: number;
    statement: Record<string, unknown> | null;
    createdAt: Date;
    authorName: string;
    appealPending: boolean;
  }[];
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === "object" ? (v as Record<string, unknown>) : {});

/** The parts of a decision's statement of reasons worth reading here, whatever its version. */
export function statementParts(statement: Record<string, unknown> | null) {
  const s = obj(statement);
  const restriction = obj(s.restriction);
  const ground = obj(s.ground);
  return {
    reference: str(s.reference),
    summary: str(restriction.summary),
    facts: str(s.facts),
    policy: str(ground.policy_title),
    legal: str(ground.legal_ground),
    explanation: str(ground.explanation),
  };
}

function Statement({ statement }: { statement: Record<string, unknown> | null }) {
  const t = useTranslations("escalations.cases");
  const p = statementParts(statement);
  if (!Object.values(p).some(Boolean)) return null;
  return (
    <details className="mt-2 rounded border border-slate-200 bg-slate-50 p-2 text-sm" open>
      <summary className="cursor-pointer font-medium">
        {t("statement")}
        {p.reference ? <span className="ml-2 font-normal text-slate-600">{t("reference", { reference: p.reference })}</span> : null}
      </summary>
      {p.summary ? <p className="mt-2">{p.summary}</p> : null}
      <dl className="mt-2 space-y-1">
        {p.facts ? (
          <div>
            <dt className="font-medium text-slate-700">{t("statementFacts")}</dt>
            <dd className="whitespace-pre-line">{p.facts}</dd>
          </div>
        ) : null}
        {p.policy || p.explanation ? (
          <div>
            <dt className="font-medium text-slate-700">{t("statementGround")}</dt>
            <dd>{[p.policy, p.explanation].filter(Boolean).join(" — ")}</dd>
          </div>
        ) : null}
        {p.legal ? (
          <div>
            <dt className="font-medium text-slate-700">{t("statementLegal")}</dt>
            <dd className="text-slate-700">{p.legal}</dd>
          </div>
        ) : null}
      </dl>
    </details>
  );
}

export function ReliedCases({ cases, headingId }: { cases: readonly ReliedCaseView[]; headingId: string }) {
  const t = useTranslations("escalations.cases");
  const format = useFormatter();
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {t("title")}
      </h2>
      <ul className="mt-2 space-y-3">
        {cases.map((c) => (
          <li key={c.caseId} className="rounded-md border border-slate-200 p-3">
            <p className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-semibold">{t("case", { number: c.caseNumber })}</span>
              <Link href={`/cases/${c.caseId}`} className="text-sm text-brand-700 underline underline-offset-2">
                {t("openCase", { number: c.caseNumber })}
              </Link>
            </p>
            <p className="text-sm text-slate-700">
              {t("listing")}: {c.listingTitle}
            </p>
            {c.decisions.length === 0 ? <p className="mt-1 text-sm text-slate-600">{t("noDecision")}</p> : null}
            {c.decisions.map((d) => (
              <div key={d.id} className="mt-2">
                <p className="text-sm">
                  {t("decision", { kind: t(`kinds.${d.kind}`), author: d.authorName, date: format.dateTime(d.createdAt, { dateStyle: "medium" }) })}
                  {d.kind === "takedown" ? ` · ${t("points", { points: d.points })}` : null}
                  {d.appealPending ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">{t("appealPending")}</span> : null}
                </p>
                <Statement statement={d.statement} />
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
