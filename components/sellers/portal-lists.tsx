import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

// The lists on /seller: requests for information waiting for an answer, recent decisions and
// the seller's appeals. Each row is one tap target leading to its page.

const card = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm";

async function dateFormatter() {
  const format = await getFormatter();
  return (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric" });
}

export async function InfoRequestList({
  requests,
  now,
}: {
  requests: { caseId: string; caseNumber: number; shopName: string; listingTitle: string; message: string | null; deadline: Date | null }[];
  now: Date;
}) {
  const t = await getTranslations("seller.requests");
  const date = await dateFormatter();
  return (
    <section
      aria-labelledby="requests-heading"
      className={requests.length > 0 ? "rounded-lg border-2 border-amber-400 bg-amber-50 p-4 shadow-sm" : card}
    >
      <h2 id="requests-heading" className="text-lg font-semibold">{t("heading")}</h2>
      {requests.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t("none")}</p> : null}
      <ul className="mt-2 space-y-3">
        {requests.map((r) => (
          <li key={r.caseId} className="rounded-md border border-amber-300 bg-white p-3">
            <p className="font-semibold break-words">{r.listingTitle}</p>
            <p className="text-sm text-slate-600">{t("case", { number: r.caseNumber })} · {r.shopName}</p>
            {r.message ? <p className="mt-1 text-sm break-words">{r.message}</p> : null}
            {r.deadline ? (
              <p className={`mt-1 text-sm font-medium ${r.deadline < now ? "text-red-800" : "text-amber-900"}`}>{t("deadline", { date: date(r.deadline) })}</p>
            ) : null}
            <Link href={`/seller/cases/${r.caseId}#jawab`} className="mt-2 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
              {t("answer")}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

const KIND_TONE = {
  takedown: "bg-red-100 text-red-900",
  warn: "bg-amber-100 text-amber-900",
  request_info: "bg-sky-100 text-sky-900",
  clear: "bg-emerald-100 text-emerald-900",
} as const;

export async function DecisionList({
  decisions,
  now,
}: {
  decisions: { decisionId: string; caseId: string; caseNumber: number; shopName: string; listingTitle: string; kind: keyof typeof KIND_TONE; points: number; createdAt: Date; appealDeadline: Date | null; reversedAt: Date | null }[];
  now: Date;
}) {
  const t = await getTranslations("seller.decisions");
  const date = await dateFormatter();
  return (
    <section aria-labelledby="decisions-heading" className={card}>
      <h2 id="decisions-heading" className="text-lg font-semibold">{t("heading")}</h2>
      {decisions.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t("none")}</p> : null}
      <ul className="mt-2 divide-y divide-slate-200">
        {decisions.map((d) => (
          <li key={d.decisionId}>
            <Link href={`/seller/cases/${d.caseId}`} className="block py-3 hover:bg-slate-50">
              <span className="flex flex-wrap items-center gap-2">
                <span className={`rounded px-2 py-0.5 text-xs font-semibold ${d.reversedAt ? "bg-slate-200 text-slate-800 line-through" : KIND_TONE[d.kind]}`}>{t(`kind.${d.kind}`)}</span>
                {d.reversedAt ? <span className="rounded bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900">{t("reversed")}</span> : null}
                {d.points > 0 && !d.reversedAt ? <span className="text-xs text-slate-700">{t("points", { points: d.points })}</span> : null}
              </span>
              <span className="mt-1 block font-medium break-words">{d.listingTitle}</span>
              <span className="block text-sm text-slate-600">
                <bdi>{d.shopName}</bdi> · {date(d.createdAt)}
                {d.appealDeadline && d.appealDeadline > now && !d.reversedAt ? ` · ${t("appealUntil", { date: date(d.appealDeadline) })}` : ""}
              </span>
              <span className="mt-1 block text-sm font-semibold text-brand-700 underline">{t("open")}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

const STATE_TONE = {
  pending: "bg-sky-100 text-sky-900",
  granted: "bg-emerald-100 text-emerald-900",
  denied: "bg-red-100 text-red-900",
  partial: "bg-amber-100 text-amber-900",
} as const;

export async function AppealList({
  appeals,
}: {
  appeals: { id: string; round: number; state: keyof typeof STATE_TONE; createdAt: Date; shopName: string; listingTitle: string | null }[];
}) {
  const t = await getTranslations("seller.appealsList");
  const ts = await getTranslations("appeals.status.state");
  const date = await dateFormatter();
  return (
    <section aria-labelledby="appeals-heading" className={card}>
      <h2 id="appeals-heading" className="text-lg font-semibold">{t("heading")}</h2>
      {appeals.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t("none")}</p> : null}
      <ul className="mt-2 divide-y divide-slate-200">
        {appeals.map((a) => (
          <li key={a.id}>
            <Link href={`/seller/appeals/${a.id}`} className="block py-3 hover:bg-slate-50">
              <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATE_TONE[a.state]}`}>{ts(a.state)}</span>
              <span className="mt-1 block font-medium break-words">{a.listingTitle ?? a.shopName}</span>
              <span className="block text-sm text-slate-600">
                {t("round", { round: a.round })} · {t("filed", { date: date(a.createdAt) })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
