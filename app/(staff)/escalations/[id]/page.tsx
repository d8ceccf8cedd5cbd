import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { GuardrailList } from "@/components/escalations/guardrail-list";
import { ReliedCases } from "@/components/escalations/relied-cases";
import { ResubmitForm } from "@/components/escalations/resubmit-form-client";
import { ReviewPanel, type ReviewMode } from "@/components/escalations/review-panel-client";
import { SellerContextPanel } from "@/components/escalations/seller-context";
import { getDb } from "@/db/client";
import { getEscalationDetail } from "@/db/queries/escalations";
import { can } from "@/lib/moderation";
import { requirePage } from "@/server/session";
import { approveEscalationAction, rejectEscalationAction, resubmitEscalationAction, returnEscalationAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("escalations");
  return { title: t("title") };
}

export default async function EscalationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("escalation:propose");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const reviewer = can(user.role, "escalation:review");
  const { db } = await getDb();
  const detail = await getEscalationDetail(db, id, reviewer ? user.id : null, new Date());
  if (!detail) notFound();
  const t = await getTranslations("escalations");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const mode: ReviewMode =
    detail.state !== "pending" ? "decided" : !reviewer ? "not_reviewer" : detail.proposerId === user.id ? "own" : "review";
  const failing = (hard: boolean) => detail.guardrails.filter((g) => g.hard === hard && !g.passed).map((g) => g.key);
  const actionLabel = detail.durationDays === null ? t(`actions.${detail.action}`) : t("actionDays", { action: t(`actions.${detail.action}`), days: detail.durationDays });

  return (
    <div className="space-y-4">
      <Link href="/escalations" className="text-sm text-brand-700 underline underline-offset-2">
        {t("detail.backToList")}
      </Link>
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="min-w-0 text-2xl font-semibold">{t("detail.heading", { action: actionLabel, shop: detail.seller.shopName })}</h1>
        <span className="rounded bg-slate-200 px-2 py-0.5 text-sm font-semibold text-slate-800" data-state={detail.state}>
          {t(`states.${detail.state}`)}
        </span>
      </div>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,24rem)] xl:grid-rows-[auto_1fr]">
        <div className="xl:col-start-1 xl:row-start-1">
          <section aria-labelledby="proposal-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="proposal-heading" className="text-lg font-semibold">
              {t("detail.proposal")}
            </h2>
            <p className="text-sm text-slate-600">{t("detail.proposedBy", { name: detail.proposerName, date: when(detail.createdAt) })}</p>
            {detail.reviewerName && detail.reviewedAt ? (
              <p className="text-sm text-slate-600">{t("detail.reviewedBy", { state: t(`states.${detail.state}`), name: detail.reviewerName, date: when(detail.reviewedAt) })}</p>
            ) : null}
            <h3 className="mt-3 font-medium">{t("detail.rationale")}</h3>
            <p className="whitespace-pre-line text-slate-800">{detail.rationale}</p>
            <h3 className="mt-3 font-medium">{t("detail.outreach")}</h3>
            <p className="whitespace-pre-line text-slate-800">{detail.outreachNote ?? t("detail.noOutreach")}</p>
            {detail.reviewReason ? (
              <>
                <h3 className="mt-3 font-medium">{t("detail.reviewReason")}</h3>
                <p className="whitespace-pre-line text-slate-800">{detail.reviewReason}</p>
              </>
            ) : null}
            {detail.overrideReason ? (
              <>
                <h3 className="mt-3 font-medium">{t("detail.overrideReason")}</h3>
                <p className="whitespace-pre-line text-slate-800">{detail.overrideReason}</p>
              </>
            ) : null}
          </section>
        </div>
        <div className="space-y-4 xl:sticky xl:top-4 xl:col-start-3 xl:row-span-2 xl:row-start-1 xl:self-start">
          <GuardrailList guardrails={detail.guardrails} headingId="guardrails-heading" />
          {detail.state === "returned" && detail.proposerId === user.id ? (
            <ResubmitForm
              escalationId={detail.id}
              version={detail.version}
              question={detail.reviewReason}
              rationale={detail.rationale}
              outreachNote={detail.outreachNote}
              action={resubmitEscalationAction}
            />
          ) : (
            <ReviewPanel
              escalationId={detail.id}
              version={detail.version}
              mode={mode}
              hardFailed={failing(true)}
              softFailed={failing(false)}
              approveAction={approveEscalationAction}
              rejectAction={rejectEscalationAction}
              returnAction={returnEscalationAction}
            />
          )}
        </div>
        <div className="xl:col-start-2 xl:row-span-2 xl:row-start-1">
          <ReliedCases cases={detail.reliedCases} headingId="cases-heading" />
        </div>
        <div className="xl:col-start-1 xl:row-start-2 xl:self-start">
          <SellerContextPanel seller={detail.seller} headingId="seller-heading" />
        </div>
      </div>
    </div>
  );
}
