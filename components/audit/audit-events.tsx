import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ActorKind } from "@/lib/moderation/constants";
import { auditSearch } from "@/lib/validation/audit";
import { compactData, subjectHref, type LinkableSubject } from "./audit-subject";

export interface AuditEventView {
  id: number;
  at: Date;
  actorKind: ActorKind;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  apiKeyPrefix: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
}

function FilterIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" width="14" height="14" fill="currentColor">
      <path d="M2.5 3h15a.5.5 0 0 1 .39.81L12 11.2V16a.5.5 0 0 1-.28.45l-3 1.5A.5.5 0 0 1 8 17.5v-6.3L2.11 3.81A.5.5 0 0 1 2.5 3Z" />
    </svg>
  );
}

const link = "font-medium text-brand-800 underline underline-offset-2";

function Actor({ event }: { event: AuditEventView }) {
  const t = useTranslations("audit.table");
  if (event.actorKind === "system") return <span>{t("system")}</span>;
  const label =
    event.actorKind === "api_key"
      ? t("apiKey", { prefix: event.apiKeyPrefix ?? event.actorId?.slice(0, 8) ?? "?" })
      : (event.actorName ?? t("unknownUser"));
  return (
    <>
      {event.actorId ? (
        <Link href={`/audit${auditSearch({ actor: event.actorId })}`} title={t("copyFilterActor")} className={link}>
          <bdi>{label}</bdi>
        </Link>
      ) : (
        <bdi>{label}</bdi>
      )}
      {event.actorEmail ? (
        <span className="block break-all text-xs text-slate-600">
          <bdi>{event.actorEmail}</bdi>
        </span>
      ) : null}
    </>
  );
}

function Subject({ event, linkable }: { event: AuditEventView; linkable: ReadonlySet<LinkableSubject> }) {
  const t = useTranslations("audit");
  const href = subjectHref(event.subjectType, event.subjectId, linkable);
  const type = t.has(`subjects.${event.subjectType}`) ? t(`subjects.${event.subjectType}`) : event.subjectType;
  const shortId = event.subjectId.length > 13 ? `${event.subjectId.slice(0, 8)}…` : event.subjectId;
  return (
    <>
      <span className="block">{type}</span>
      <span className="font-mono text-xs">
        {href ? (
          <Link href={href} className={link} title={event.subjectId}>
            <bdi>{shortId}</bdi>
          </Link>
        ) : (
          <bdi title={event.subjectId}>{shortId}</bdi>
        )}{" "}
        <Link
          href={`/audit${auditSearch({ subjectType: event.subjectType, subjectId: event.subjectId })}`}
          aria-label={t("table.filterSubject")}
          title={t("table.filterSubject")}
          className="inline-flex align-middle text-slate-600 hover:text-brand-800"
        >
          <FilterIcon />
        </Link>
      </span>
    </>
  );
}

/** Data as text (React escapes it): a compact line, and everything in a disclosure when cut. */
function Data({ data }: { data: Record<string, unknown> }) {
  const t = useTranslations("audit.table");
  const { text, cut } = compactData(data);
  if (!text) return <span className="text-slate-500">{t("noData")}</span>;
  return (
    <div className="max-w-xl text-xs text-slate-800">
      <code className="font-mono break-all whitespace-pre-wrap">
        <bdi>{text}</bdi>
      </code>
      {cut ? (
        <details className="mt-1">
          <summary className="cursor-pointer text-brand-800 underline underline-offset-2">{t("showAll")}</summary>
          <pre className="mt-1 max-h-80 overflow-auto rounded bg-slate-50 p-2 font-mono break-all whitespace-pre-wrap">
            <bdi>{JSON.stringify(data, null, 2)}</bdi>
          </pre>
        </details>
      ) : null}
    </div>
  );
}

export function AuditEvents({
  events,
  linkable,
  caption,
  empty,
}: {
  events: readonly AuditEventView[];
  linkable: ReadonlySet<LinkableSubject>;
  caption: string;
  empty?: string;
}) {
  const t = useTranslations("audit.table");
  const format = useFormatter();
  if (events.length === 0) return <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-slate-600">{empty ?? t("empty")}</p>;
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Jakarta" });
  return (
    <>
      {/* Phones: one card per event. */}
      <ol className="space-y-2 md:hidden" aria-label={caption}>
        {events.map((e) => (
          <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <p className="font-mono font-semibold break-all">{e.action}</p>
            <p className="text-slate-700">
              <time dateTime={e.at.toISOString()}>{when(e.at)}</time>
            </p>
            <div className="mt-1 grid grid-cols-2 gap-2">
              <div>
                <Actor event={e} />
              </div>
              <div>
                <Subject event={e} linkable={linkable} />
              </div>
            </div>
            <div className="mt-2">
              <Data data={e.data} />
            </div>
          </li>
        ))}
      </ol>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">{t("time")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("actor")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("action")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("subject")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("data")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 align-top">
            {events.map((e) => (
              <tr key={e.id}>
                <td className="px-3 py-2 whitespace-nowrap">
                  <time dateTime={e.at.toISOString()}>{when(e.at)}</time>
                </td>
                <td className="px-3 py-2">
                  <Actor event={e} />
                </td>
                <th scope="row" className="px-3 py-2 font-mono font-medium whitespace-nowrap">
                  {e.action}
                </th>
                <td className="px-3 py-2">
                  <Subject event={e} linkable={linkable} />
                </td>
                <td className="px-3 py-2">
                  <Data data={e.data} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
