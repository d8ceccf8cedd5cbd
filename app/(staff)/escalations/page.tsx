import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EscalationTable } from "@/components/escalations/escalation-table";
import { getDb } from "@/db/client";
import { listOpenEscalations } from "@/db/queries/escalations";
import { requirePage } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("escalations");
  return { title: t("title") };
}

export default async function EscalationsPage() {
  await requirePage("escalation:propose");
  const t = await getTranslations("escalations");
  const { db } = await getDb();
  const now = new Date();
  const [pending, returned] = await Promise.all([listOpenEscalations(db, now, ["pending"]), listOpenEscalations(db, now, ["returned"])]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
        </div>
        <Link href="/escalations/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("newProposal")}
        </Link>
      </div>
      <section aria-labelledby="pending-heading" className="space-y-2">
        <h2 id="pending-heading" className="text-lg font-semibold">
          {t("pendingTitle")} <span className="text-slate-600">({pending.length})</span>
        </h2>
        <EscalationTable rows={pending} caption={t("pendingTitle")} empty={t("pendingEmpty")} />
      </section>
      <section aria-labelledby="returned-heading" className="space-y-2">
        <h2 id="returned-heading" className="text-lg font-semibold">
          {t("returnedTitle")} <span className="text-slate-600">({returned.length})</span>
        </h2>
        <EscalationTable rows={returned} caption={t("returnedTitle")} empty={t("returnedEmpty")} showQuestion />
      </section>
    </div>
  );
}
