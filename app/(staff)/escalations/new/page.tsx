import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ProposalForm } from "@/components/escalations/proposal-form-client";
import { SellerContextPanel } from "@/components/escalations/seller-context";
import { SellerPicker } from "@/components/escalations/seller-picker";
import { getDb } from "@/db/client";
import { getReliedCases, getSellerContext, listCandidateCases } from "@/db/queries/escalation-context";
import { listSellersAtStep, searchSellers } from "@/db/queries/escalation-sellers";
import { openEscalationFor } from "@/db/queries/escalations";
import { addDays, type LadderStep } from "@/lib/moderation";
import { searchText } from "@/lib/validation/search-text";
import { requirePage } from "@/server/session";
import { proposeEscalationAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("escalations");
  return { title: t("form.title") };
}

type Search = { seller?: string | string[]; case?: string | string[]; q?: string | string[] };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function NewEscalationPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePage("escalation:propose");
  const sp = await searchParams;
  const t = await getTranslations("escalations");
  const { db } = await getDb();
  const now = new Date();
  const sellerId = one(sp.seller);

  if (!sellerId) {
    const q = searchText(one(sp.q)).slice(0, 100);
    const [recommended, results] = await Promise.all([listSellersAtStep(db, now), q ? searchSellers(db, q, now) : Promise.resolve(null)]);
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("form.pickSeller")}</h1>
        <SellerPicker query={q} results={results} recommended={recommended} />
      </div>
    );
  }

  if (!z.uuid().safeParse(sellerId).success) notFound();
  const seller = await getSellerContext(db, sellerId, now);
  if (!seller) notFound();
  const open = await openEscalationFor(db, seller.id);
  const header = (
    <div>
      <h1 className="text-2xl font-semibold">{t("form.title")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{t("form.intro")}</p>
    </div>
  );
  if (seller.status.status === "blocked" || open) {
    return (
      <div className="space-y-4">
        {header}
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2">
          {seller.status.status === "blocked" ? t("form.blocked") : t("form.pending")}{" "}
          {open ? (
            <Link href={`/escalations/${open.id}`} className="font-semibold text-brand-800 underline">
              {t("form.viewPending")}
            </Link>
          ) : null}
        </p>
        <SellerContextPanel seller={seller} headingId="seller-heading" />
      </div>
    );
  }

  const candidates = (await listCandidateCases(db, seller.id)).filter((c, i, all) => all.findIndex((x) => x.caseId === c.caseId) === i);
  const relied = await getReliedCases(db, candidates.map((c) => c.caseId));
  const caseParam = one(sp.case);
  const since = addDays(now, -seller.ladder.pointsExpireDays);
  const preselected = candidates.filter((c) => c.caseId === caseParam || (c.points > 0 && c.decidedAt > since)).map((c) => c.caseId);
  const step: LadderStep | undefined = seller.reachedStep ?? seller.ladder.steps[0];
  const stepText = (s: LadderStep) =>
    s.durationDays === null ? t(`actions.${s.action}`) : t("actionDays", { action: t(`actions.${s.action}`), days: s.durationDays });

  return (
    <div className="space-y-4">
      {header}
      <p className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-brand-800">
        {seller.reachedStep ? t("form.recommendation", { action: stepText(seller.reachedStep) }) : t("form.noRecommendation")}
      </p>
      <div className="grid gap-4 2xl:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <ProposalForm
          seller={{ id: seller.id, umkmTier: seller.umkmTier, earlierAccountActions: seller.accountActions.filter((a) => a.liftedAt === null).length }}
          ladder={seller.ladder}
          activePoints={seller.activePoints}
          warningTimes={seller.warnings.map((w) => w.at)}
          candidates={candidates.map((c) => ({
            ...c,
            decisions: (relied.find((r) => r.caseId === c.caseId)?.decisions ?? []).map((d) => ({ caseId: c.caseId, caseNumber: c.caseNumber, appealPending: d.appealPending })),
          }))}
          initial={{ action: step?.action ?? "restrict_listings", durationDays: step?.durationDays ?? 7, reliedCaseIds: [...new Set(preselected)] }}
          proposerId={user.id}
          now={now}
          action={proposeEscalationAction}
        />
        <SellerContextPanel seller={seller} headingId="seller-heading" />
      </div>
    </div>
  );
}
