import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { refreshOverduePriorities } from "@/db/queries/case-priority";
import { returnExpiredInfoRequests } from "@/db/queries/case-state";
import { listPlatformOptions, listQueue, queueCounts } from "@/db/queries/queue";
import { can, policyPointsTable } from "@/lib/moderation";
import { parseQueueFilters, queueSearch } from "@/lib/validation/queue";
import { QueueCounts } from "@/components/queue/queue-counts-client";
import { QueueFiltersBar } from "@/components/queue/queue-filters-client";
import { QueueTable } from "@/components/queue/queue-table-client";
import { ReviewNextButton } from "@/components/queue/review-next-client";
import { requirePage } from "@/server/session";
import { bulkDecideAction, reviewNextAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("queue");
  return { title: t("title") };
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePage("queue:view");
  const t = await getTranslations("queue");
  const filters = parseQueueFilters(await searchParams);
  const { db } = await getDb();
  const now = new Date();
  await returnExpiredInfoRequests(db, now);
  await refreshOverduePriorities(db, now);
  const [page, counts, platforms] = await Promise.all([
    listQueue(db, { filters, userId: user.id, now }),
    queueCounts(db, { userId: user.id, now, platform: filters.platform }),
    listPlatformOptions(db),
  ]);
  const firstPage = filters.after ? `/queue${queueSearch({ ...filters, after: null })}` : null;
  const nextPage = page.nextCursor ? `/queue${queueSearch({ ...filters, after: page.nextCursor })}` : null;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-4">
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <QueueCounts initial={counts} platform={filters.platform} />
        </div>
        {can(user.role, "case:claim") ? <ReviewNextButton action={reviewNextAction} formId="review-next" /> : null}
      </div>
      <QueueFiltersBar key={queueSearch({ ...filters, after: null })} filters={filters} platforms={platforms.map(({ id, name }) => ({ id, name }))} />
      {filters.seller ? (
        <p className="text-sm">
          {t("sellerFilter")}{" "}
          <Link href={`/queue${queueSearch({ ...filters, seller: null, after: null })}`} className="underline">
            {t("sellerFilterClear")}
          </Link>
        </p>
      ) : null}
      <QueueTable
        rows={page.rows}
        now={now}
        userId={user.id}
        canDecide={can(user.role, "case:decide")}
        bulkAction={bulkDecideAction}
        policyPoints={Object.fromEntries(platforms.map((p) => [p.id, policyPointsTable(p.ladder)]))}
        reviewNextFormId="review-next"
      />
      <nav aria-label={t("pagination.label")} className="flex gap-3 text-sm">
        {firstPage ? (
          <Link href={firstPage} className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100">
            {t("pagination.first")}
          </Link>
        ) : null}
        {nextPage ? (
          <Link href={nextPage} className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100">
            {t("pagination.next")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
