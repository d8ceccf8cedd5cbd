import "server-only";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { listPlatforms } from "@/db/queries/dashboard";
import { statementRecords, type StatementScope } from "@/db/queries/statements-export";
import { csvRow } from "@/lib/csv";
import { addDaysIso, jakartaDayStart } from "@/lib/dashboard/range";
import { STATEMENT_EXPORT_FIELDS, statementCsvCells, statementJsonLine } from "@/lib/exports/statements";
import type { StatementExportQuery } from "@/lib/validation/dashboard";
import { checkRateLimit, countRateLimitHit } from "./rate-limit";

export type ExportStart =
  | { ok: true; stream: ReadableStream<Uint8Array>; fileName: string; contentType: string }
  | { ok: false; status: 400 | 429; error: "unknownPlatform" | "rateLimited"; retryAfterSeconds?: number };

/**
 * Starts a statement-of-reasons export for `userId`: checks the platform, spends one unit of the
 * user's `export` rate limit, writes the audit event, and returns the stream (nothing is read
 * before the client pulls).
 */
export async function startStatementExport(db: Db, userId: string, query: StatementExportQuery, now = new Date()): Promise<ExportStart> {
  if (query.platform && !(await listPlatforms(db)).some((p) => p.id === query.platform)) {
    return { ok: false, status: 400, error: "unknownPlatform" };
  }
  const limit = await checkRateLimit("export", userId, now);
  if (limit.limited) return { ok: false, status: 429, error: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  await countRateLimitHit("export", userId, now);
  await recordAudit(db, {
    actor: { kind: "user", id: userId },
    action: "export.statements",
    subjectType: "export",
    subjectId: `statements:${query.from}..${query.to}:${query.platform ?? "all"}`,
    data: { from: query.from, to: query.to, platform: query.platform ?? null, format: query.format },
  });
  const scope: StatementScope = {
    from: jakartaDayStart(query.from),
    to: jakartaDayStart(addDaysIso(query.to, 1)),
    platformId: query.platform ?? null,
  };
  const csv = query.format === "csv";
  return {
    ok: true,
    stream: statementStream(db, scope, query.format),
    fileName: `timbang-statements_${query.from}_${query.to}${query.platform ? `_${query.platform}` : ""}.${csv ? "csv" : "jsonl"}`,
    contentType: csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
  };
}

/** The export as a byte stream that reads the next batch only when the client takes more. */
export function statementStream(db: Db, scope: StatementScope, format: "jsonl" | "csv", batchSize = 500): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const records = statementRecords(db, scope, batchSize);
  let headerSent = format !== "csv";
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk = "";
      if (!headerSent) {
        chunk += csvRow([...STATEMENT_EXPORT_FIELDS]);
        headerSent = true;
      }
      // Up to 200 records per chunk keeps memory flat and chunks reasonably large.
      for (let i = 0; i < 200; i += 1) {
        const next = await records.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += format === "csv" ? csvRow(statementCsvCells(next.value)) : statementJsonLine(next.value);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await records.return(undefined);
    },
  });
}
