import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { toAppealable } from "@/db/queries/appeal-subjects";
import { getSellerAppealable } from "@/db/queries/seller-cases";
import { AppealForm } from "@/components/appeals/appeal-form-client";
import { appealEligibility } from "@/lib/moderation/appeals";
import { isUuid } from "@/lib/validation/ids";
import { requirePage } from "@/server/session";
import { fileAppealAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("appeals.new"))("title") };
}

type Search = Promise<{ decision?: string | string[]; action?: string | string[] }>;

export default async function NewAppealPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePage("seller:appeal");
  const search = await searchParams;
  const subject = search.decision !== undefined ? "decision" : "account_action";
  const id = subject === "decision" ? search.decision : search.action;
  if (!isUuid(id)) notFound();
  const { db } = await getDb();
  const found = await getSellerAppealable(db, { userId: user.id, subject, id });
  if (!found) notFound();
  const { appealed, history } = found;
  const t = await getTranslations("appeals");
  const ts = await getTranslations("seller");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric" });
  const eligibility = appealEligibility(toAppealable(appealed), history, appealed.settings, new Date());
  const back = appealed.caseId ? `/seller/cases/${appealed.caseId}` : "/seller";
  const second = eligibility.allowed && eligibility.round === 2;
  return (
    <div className="space-y-4">
      <Link href={back} className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline">
        ← {appealed.caseId ? t("new.backToCase") : ts("case.back")}
      </Link>
      <h1 className="text-2xl font-bold">{t(second ? "new.titleSecond" : "new.title")}</h1>
      <section aria-labelledby="about-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="about-heading" className="text-sm font-semibold tracking-wide text-slate-600 uppercase">{t("new.about")}</h2>
        <p className="mt-1 font-semibold">{t(`subject.${appealed.subject}`, { kind: appealed.kind })}</p>
        {appealed.listingTitle ? <p className="break-words">{appealed.listingTitle}</p> : null}
        <p className="text-sm text-slate-600">
          <bdi>{appealed.shopName}</bdi> · {appealed.platformName} · {date(appealed.noticeAt)}
        </p>
        {eligibility.allowed ? <p className="mt-2 font-medium">{t("new.deadline", { date: date(eligibility.deadline) })}</p> : null}
      </section>
      {eligibility.allowed ? (
        <>
          <p>{t(second ? "new.introSecond" : "new.intro")}</p>
          <AppealForm subject={appealed.subject} subjectId={appealed.id} submit={fileAppealAction} />
        </>
      ) : (
        <section role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 className="font-semibold">{t("new.notEligible")}</h2>
          <p className="mt-1">{ts(`appealBox.reason.${eligibility.reason}`, { date: eligibility.deadline ? date(eligibility.deadline) : "" })}</p>
        </section>
      )}
    </div>
  );
}
