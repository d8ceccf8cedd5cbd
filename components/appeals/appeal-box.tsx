import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { appealEligibility, type AppealableAction, type AppealSettings } from "@/lib/moderation/appeals";

// Where a seller learns whether they can appeal, until when, and what became of their appeal.

export interface AppealBoxAppeal {
  id: string;
  round: number;
  state: "pending" | "granted" | "denied" | "partial";
  dueAt: Date;
  decidedAt: Date | null;
}

export async function AppealBox({
  action,
  appeals,
  settings,
  now,
}: {
  action: AppealableAction;
  appeals: AppealBoxAppeal[];
  settings: AppealSettings;
  now: Date;
}) {
  const t = await getTranslations("seller.appealBox");
  const ts = await getTranslations("appeals.status");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric" });
  const eligibility = appealEligibility(action, appeals, settings, now);
  if (!eligibility.allowed && eligibility.reason === "not_appealable") return null;
  const pending = appeals.find((a) => a.state === "pending");
  const latest = [...appeals].sort((a, b) => b.round - a.round)[0];
  const param = action.subject === "decision" ? "decision" : "action";
  return (
    <section aria-labelledby="appeal-box-heading" className="rounded-lg border-2 border-brand-600 bg-brand-50 p-4">
      <h2 id="appeal-box-heading" className="text-lg font-semibold">{t("heading")}</h2>
      {pending ? (
        <p className="mt-1">{t("pending", { date: date(pending.dueAt) })}</p>
      ) : eligibility.allowed ? (
        <>
          <p className="mt-1 font-medium">{t(eligibility.round === 2 ? "openSecond" : "open", { date: date(eligibility.deadline) })}</p>
          <Link
            href={`/seller/appeals/new?${param}=${action.id}`}
            className="mt-3 inline-flex min-h-12 w-full items-center justify-center rounded-md bg-brand-700 px-4 text-lg font-semibold text-white hover:bg-brand-800 sm:w-auto"
          >
            {t(eligibility.round === 2 ? "buttonSecond" : "button")}
          </Link>
        </>
      ) : (
        <p className="mt-1">{t(`reason.${eligibility.reason}`, { date: eligibility.deadline ? date(eligibility.deadline) : "" })}</p>
      )}
      {latest ? (
        <p className="mt-3 text-sm">
          <Link href={`/seller/appeals/${latest.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("view")} · {ts("round", { round: latest.round })}: {ts(`state.${latest.state}`)}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
