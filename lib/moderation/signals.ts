// Signal words a moderator weighs (DOMAIN.md, "Signals a moderator weighs"). A keyword is a signal
// to weigh, never a verdict: findSignals only locates words for highlighting and for the priority.

export const SIGNAL_DIRECTIONS = ["import", "legal"] as const;
/** "import": toward illegally imported used clothing; "legal": toward local / personal / new goods. */
export type SignalDirection = (typeof SIGNAL_DIRECTIONS)[number];

export const SIGNAL_CATEGORIES = [
  "bulk", // bales, sacks, wholesale lots, warehouse livestreams
  "import", // "impor", "second import", "thrift impor"
  "grade", // bale grade words: kepala / badan / kaki
  "origin", // Korea, Jepang, China, Australia
  "slang", // regional names of used-clothing markets
  "personal", // own item, rarely worn
  "local", // sourced or made in Indonesia
  "jastip", // personal-shopper resale
  "new", // not second-hand at all
] as const;
export type SignalCategory = (typeof SIGNAL_CATEGORIES)[number];

export interface SignalTerm {
  /** Stable id, used in priority params and message catalogs. */
  key: string;
  direction: SignalDirection;
  category: SignalCategory;
  /** How much the word says on its own, 1 (weak) to 10 (strong). */
  weight: number;
  /** Regex source without boundaries; spaces inside match any run of spaces or hyphens. */
  pattern: string;
}

const S = "[\\s\\-]*"; // optional separator: "ball press", "ballpress", "awul-awul"
const W = "[\\s\\-]+"; // required separator

export const SIGNAL_TERMS: readonly SignalTerm[] = [
  // Toward illegal import.
  { key: "balpres", direction: "import", category: "bulk", weight: 10, pattern: `bal{1,2}${S}pres{1,2}` },
  { key: "karung", direction: "import", category: "bulk", weight: 8, pattern: "karung(?:an)?" },
  { key: "bal", direction: "import", category: "bulk", weight: 7, pattern: "bal" },
  { key: "partai_besar", direction: "import", category: "bulk", weight: 7, pattern: `partai${W}besar` },
  { key: "live_gudang", direction: "import", category: "bulk", weight: 8, pattern: `live${W}(?:dari${W})?gudang` },
  { key: "bundle", direction: "import", category: "bulk", weight: 4, pattern: "bundle|bundling" },
  { key: "thrift_impor", direction: "import", category: "import", weight: 8, pattern: `thrift${W}impor[t]?` },
  { key: "second_import", direction: "import", category: "import", weight: 8, pattern: `(?:second|seken|2nd)${W}impor[t]?` },
  { key: "impor", direction: "import", category: "import", weight: 5, pattern: "impor[t]?(?:an)?" },
  {
    key: "grade",
    direction: "import",
    category: "grade",
    weight: 5,
    pattern: `(?:grade|kualitas|bal)${W}(?:kepala|badan|kaki)|kepala${S}\\/?${S}badan${S}\\/?${S}kaki`,
  },
  { key: "origin", direction: "import", category: "origin", weight: 2, pattern: "korea|jepang|japan|china|cina|australia" },
  { key: "cimol", direction: "import", category: "slang", weight: 3, pattern: "cimol" },
  { key: "awul_awul", direction: "import", category: "slang", weight: 3, pattern: `awul${S}awul` },
  // Toward legal local secondhand, personal items, jastip or new goods.
  { key: "punya_sendiri", direction: "legal", category: "personal", weight: 8, pattern: `(?:punya|milik)${W}(?:sendiri|pribadi)` },
  { key: "preloved_pribadi", direction: "legal", category: "personal", weight: 8, pattern: `preloved${W}pribadi|koleksi${W}pribadi` },
  { key: "jarang_dipakai", direction: "legal", category: "personal", weight: 6, pattern: `jarang${W}(?:di${S})?pakai|baru${W}(?:sekali|1x?)${W}pakai` },
  { key: "single_piece", direction: "legal", category: "personal", weight: 3, pattern: `(?:1|satu)${W}(?:pcs|potong|buah)|cuma${W}satu` },
  { key: "jastip", direction: "legal", category: "jastip", weight: 7, pattern: `jastip|jasa${W}titip(?:${W}beli)?` },
  { key: "lokal", direction: "legal", category: "local", weight: 5, pattern: `(?:preloved|thrift|brand|produk|barang)${W}lokal` },
  { key: "new_with_tag", direction: "legal", category: "new", weight: 5, pattern: `bnwt|new${W}with${W}tags?|baru${W}(?:dengan${W})?(?:ada${W})?label` },
];

export interface SignalMatch {
  key: string;
  direction: SignalDirection;
  category: SignalCategory;
  weight: number;
  /** The text as written, e.g. "BALPRES". */
  text: string;
  /** Offsets in UTF-16 code units, end exclusive: text === input.slice(start, end). */
  start: number;
  end: number;
}

// Letters and digits on either side break a match ("bal" is not found inside "balon").
const BOUNDARY_BEFORE = "(?<![\\p{L}\\p{N}])";
const BOUNDARY_AFTER = "(?![\\p{L}\\p{N}])";

const COMPILED = SIGNAL_TERMS.map((term) => ({
  term,
  regex: new RegExp(`${BOUNDARY_BEFORE}(?:${term.pattern})${BOUNDARY_AFTER}`, "giu"),
}));

/**
 * Every signal word in the text, in order, without overlaps: where two terms overlap the longer
 * match wins ("thrift impor" over "impor", "balpres" over "bal"). Case-insensitive.
 */
export function findSignals(text: string): SignalMatch[] {
  const all: SignalMatch[] = [];
  for (const { term, regex } of COMPILED) {
    regex.lastIndex = 0;
    for (const m of text.matchAll(regex)) {
      if (m[0].length === 0) continue;
      const start = m.index;
      all.push({
        key: term.key,
        direction: term.direction,
        category: term.category,
        weight: term.weight,
        text: m[0],
        start,
        end: start + m[0].length,
      });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.weight - a.weight);
  const result: SignalMatch[] = [];
  let lastEnd = -1;
  for (const match of all) {
    if (match.start < lastEnd) continue;
    result.push(match);
    lastEnd = match.end;
  }
  return result;
}

export interface TextSegment {
  text: string;
  signal: SignalMatch | null;
}

/** Splits text into plain and signal segments, for rendering <mark> elements. */
export function segmentBySignals(text: string, matches: readonly SignalMatch[] = findSignals(text)): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const match of matches) {
    if (match.start > at) segments.push({ text: text.slice(at, match.start), signal: null });
    segments.push({ text: text.slice(match.start, match.end), signal: match });
    at = match.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), signal: null });
  return segments;
}
