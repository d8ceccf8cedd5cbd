import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CASE_ERROR_CODES, CLEAR_REASONS, DECISION_KINDS, FLAG_SOURCES, PRIORITY_TERM_KEYS } from "@/lib/moderation";
import { DECISION_ERROR_KEYS } from "@/lib/validation/decision";
import { QUEUE_SORTS, QUEUE_STATES } from "@/lib/validation/queue";

type Catalog = { [key: string]: string | Catalog };
const load = (locale: string, ns: string) =>
  JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, `${ns}.json`), "utf8")) as Catalog;

function flatten(catalog: Catalog, prefix = ""): string[] {
  return Object.entries(catalog).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : flatten(v, `${prefix}${k}.`)));
}

describe("queue and cases catalogs", () => {
  for (const ns of ["queue", "cases"]) {
    it(`${ns}: Indonesian and English have the same keys`, () => {
      expect(flatten(load("id", ns)).sort()).toEqual(flatten(load("en", ns)).sort());
    });
  }

  const cases = flatten(load("id", "cases"));
  const queue = flatten(load("id", "queue"));
  it("has a message for every decision kind, clear reason, error and field error", () => {
    for (const k of DECISION_KINDS) expect(cases).toContain(`kinds.${k}`);
    for (const r of CLEAR_REASONS) expect(cases).toEqual(expect.arrayContaining([`clearReasons.${r}`, `clearReasonHints.${r}`]));
    for (const c of [...CASE_ERROR_CODES, "not_found", "bulk_mixed_sellers", "conflict"]) expect(cases).toContain(`errors.${c}`);
    for (const k of DECISION_ERROR_KEYS) expect(cases).toContain(`fieldErrors.${k}`);
  });

  it("has a message for every queue state, sort and flag source, and a chip for every priority term", () => {
    for (const s of QUEUE_STATES) expect(queue).toContain(`states.${s}`);
    for (const s of QUEUE_SORTS) expect(queue).toContain(`sorts.${s}`);
    for (const s of FLAG_SOURCES) expect(queue).toContain(`sources.${s}`);
    // Priority term keys map to chip messages in components/queue/priority-chips.tsx.
    expect(PRIORITY_TERM_KEYS.length).toBe(13);
    expect(queue.filter((k) => k.startsWith("terms.")).length).toBe(14);
  });
});
