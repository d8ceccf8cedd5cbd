"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { listPlatforms } from "@/db/queries/api-keys";
import { ingestFlags } from "@/db/queries/ingest";
import { fail, ok, type ActionResult } from "@/lib/validation/action-result";
import type { CsvRowError } from "@/lib/validation/ingest-csv";
import { flagItemSchema, type FlagItem } from "@/lib/validation/ingest";
import { authorize } from "@/server/session";

export interface ChunkResult {
  accepted: number;
  duplicates: number;
  casesOpened: number;
  casesUpdated: number;
  /** Rows the server refused (the preview already checked them, so normally none). */
  rejected: CsvRowError[];
}

const chunkSchema = z
  .array(z.object({ row: z.int().min(2), platformId: z.string().min(1), item: z.unknown() }))
  .min(1)
  .max(1_000);

/** Imports one chunk of previewed CSV rows with the same rules as POST /api/v1/flags. */
export async function importFlagsChunkAction(rows: unknown): Promise<ActionResult<ChunkResult>> {
  const auth = await authorize("import:flags");
  if (!auth.ok) return fail(auth.error);
  const t = await getTranslations("import");
  const parsed = chunkSchema.safeParse(rows);
  if (!parsed.success) return fail(t("errors.badChunk"));
  try {
    const { db } = await getDb();
    const platformIds = new Set((await listPlatforms(db)).map((p) => p.id));
    const rejected: CsvRowError[] = [];
    const byPlatform = new Map<string, FlagItem[]>();
    for (const r of parsed.data) {
      const item = flagItemSchema.safeParse(r.item);
      if (!item.success || !platformIds.has(r.platformId)) {
        rejected.push({ row: r.row, column: item.success ? "platform" : "", code: item.success ? "unknownPlatform" : "invalid" });
        continue;
      }
      byPlatform.set(r.platformId, [...(byPlatform.get(r.platformId) ?? []), item.data]);
    }
    const total: ChunkResult = { accepted: 0, duplicates: 0, casesOpened: 0, casesUpdated: 0, rejected };
    const now = new Date();
    for (const [platformId, items] of byPlatform) {
      const counts = await ingestFlags(db, platformId, items, now, { kind: "user", id: auth.user.id });
      total.accepted += counts.accepted;
      total.duplicates += counts.duplicates;
      total.casesOpened += counts.casesOpened;
      total.casesUpdated += counts.casesUpdated;
    }
    return ok(total);
  } catch (error) {
    console.error("importFlagsChunkAction failed", error);
    return fail((await getTranslations("errors"))("unexpected"));
  }
}
