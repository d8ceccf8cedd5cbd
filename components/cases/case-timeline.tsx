import { useFormatter, useTranslations } from "next-intl";
import type { CaseDetailView } from "./types";

const KNOWN_EVENTS = ["case.claimed", "case.released", "case.decided", "case.info_deadline_passed", "case.seller_answered", "case.opened", "flag.received"];

/** Flags, claims, decisions and notes in order. */
export function CaseTimeline({ detail }: { detail: CaseDetailView }) {
  const t = useTranslations("cases");
  const tq = useTranslations("queue");
  const format = useFormatter();
  const notes = new Map(detail.decisions.map((d) => [d.id, d]));
  return (
    <section aria-labelledby="timeline-title" className="rounded-md border border-slate-200 bg-white p-3">
      <h2 id="timeline-title" className="text-sm font-semibold">
        {t("timeline.title")}
      </h2>
      <ol className="mt-1 space-y-1 border-l border-slate-300 pl-3 text-xs [overflow-wrap:anywhere]">
        {detail.timeline.map((entry, i) => {
          const decision = typeof entry.data.decisionId === "string" ? notes.get(entry.data.decisionId) : undefined;
          return (
            <li key={i} className="relative">
              <span className="absolute -left-[17px] top-1 h-2 w-2 rounded-full bg-slate-400" aria-hidden />
              <time dateTime={entry.at.toISOString()} className="mr-2 text-slate-600">
                {format.dateTime(entry.at, { dateStyle: "short", timeStyle: "short" })}
              </time>
              {entry.kind === "flag"
                ? t("timeline.flag", { source: tq(`sources.${entry.action}`), reference: String(entry.data.reference ?? "") })
                : KNOWN_EVENTS.includes(entry.action)
                  ? t(`timeline.events.${entry.action.replace(".", "_")}`, {
                      actor: entry.actorName ?? t("timeline.system"),
                      kind: typeof entry.data.kind === "string" ? t(`kinds.${entry.data.kind}`) : "",
                      points: Number(entry.data.points ?? 0),
                    })
                  : `${entry.action}${entry.actorName ? ` · ${entry.actorName}` : ""}`}
              {decision?.internalNote ? (
                <p className="mt-0.5 rounded bg-yellow-50 px-1.5 py-0.5 text-slate-800">
                  <span className="font-medium">{t("timeline.note")}</span> {decision.internalNote}
                </p>
              ) : null}
              {decision?.sellerMessage ? (
                <p className="mt-0.5 rounded bg-sky-50 px-1.5 py-0.5 text-slate-800">
                  <span className="font-medium">{t("timeline.toSeller")}</span> {decision.sellerMessage}
                </p>
              ) : null}
            </li>
          );
        })}
        {detail.infoResponses.map((r) => (
          <li key={r.id} className="relative">
            <span className="absolute -left-[17px] top-1 h-2 w-2 rounded-full bg-sky-500" aria-hidden />
            <time dateTime={r.createdAt.toISOString()} className="mr-2 text-slate-600">
              {format.dateTime(r.createdAt, { dateStyle: "short", timeStyle: "short" })}
            </time>
            {t("timeline.sellerAnswer")} <q className="text-slate-800">{r.body}</q>
          </li>
        ))}
      </ol>
    </section>
  );
}
