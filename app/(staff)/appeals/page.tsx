import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { appealQueue, appealQueueCounts, type QueueCursor } from "@/db/queries/appeal-queue";
import { AppealQueueClient } from "@/components/appeals/appeal-queue-client";
import { isUuid } from "@/lib/validation/ids";
import { requirePage } from "@/server/session";
import { claimNextAppealAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("appeals.queue"))("title") };
}

function parseCursor(value: string | string[] | undefined): QueueCursor | null {
  if (typeof value !== "string") return null;
  const [at, id] = value.split("_");
  const dueAt = new Date(at ?? "");
  return isUuid(id) && !Number.isNaN(dueAt.getTime()) ? { dueAt, id } : null;
}

export default async function AppealsPage({ searchParams }: { searchParams: Promise<{ after?: string | string[] }> }) {
  const user = await requirePage("appeal:review");
  const t = await getTranslations("appeals.queue");
  const { db } = await getDb();
  const now = new Date();
  const after = parseCursor((await searchParams).after);
  const [page, counts] = await Promise.all([
    appealQueue(db, { reviewer: { id: user.id, role: user.role }, now, limit: 50, after }),
    appealQueueCounts(db, now),
  ]);
  const rows = page.rows.map((r) => ({
    id: r.id,
    subject: r.subject,
    round: r.round,
    dueAt: r.dueAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    shopName: r.shopName,
    platformName: r.platformName,
    actionKind: r.actionKind,
    listingTitle: r.listingTitle,
    caseNumber: r.caseNumber,
    claimedByName: r.claimedByName,
    blockedReason: r.blockedReason,
    overdue: r.dueAt < now,
  }));
  const nextHref = page.next ? `/appeals?after=${page.next.dueAt.toISOString()}_${page.next.id}` : null;
  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      <AppealQueueClient rows={rows} counts={counts} nextHref={nextHref} claimNext={claimNextAppealAction} />
    </div>
  );
}
