// Reads the stored statement of reasons (decisions.statement, written by the case decision in
// the DSA-like shape: facts, automated_detection, source_type, reference, …) without trusting its
// shape: a missing or odd field is simply left out of the page.

export interface StatementFields {
  facts: string | null;
  automatedDetection: boolean | null;
  sourceType: "authority_order" | "trusted_flagger" | "notice" | "voluntary" | null;
  reference: string | null;
  locale: "id" | "en" | null;
}

const SOURCE_TYPES = ["authority_order", "trusted_flagger", "notice", "voluntary"] as const;

export function readStatement(statement: Record<string, unknown> | null | undefined): StatementFields {
  const s = statement ?? {};
  const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : null);
  const sourceType = SOURCE_TYPES.find((t) => t === s.source_type) ?? null;
  const locale = s.locale === "id" || s.locale === "en" ? s.locale : null;
  return {
    facts: str(s.facts),
    automatedDetection: typeof s.automated_detection === "boolean" ? s.automated_detection : null,
    sourceType,
    reference: str(s.reference),
    locale,
  };
}

export interface SnapshotFields {
  title: string | null;
  description: string | null;
  priceIdr: number | null;
  stock: number | null;
  category: string | null;
  url: string | null;
  imageUrls: string[];
}

export function readSnapshot(snapshot: Record<string, unknown> | null | undefined): SnapshotFields {
  const s = snapshot ?? {};
  const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : null);
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
  const url = str(s.url);
  return {
    title: str(s.title),
    description: str(s.description),
    priceIdr: num(s.priceIdr),
    stock: num(s.stock),
    category: str(s.category),
    url: url && /^https?:\/\//.test(url) ? url : null,
    imageUrls: Array.isArray(s.imageUrls) ? s.imageUrls.filter((u): u is string => typeof u === "string" && /^https?:\/\//.test(u)).slice(0, 6) : [],
  };
}
