// Where an audit subject can be opened, for the subject kinds that have a page the viewer may open.

export type LinkableSubject = "case" | "appeal" | "escalation" | "user";

const PATHS: Record<LinkableSubject, (id: string) => string> = {
  case: (id) => `/cases/${id}`,
  appeal: (id) => `/appeals/${id}`,
  escalation: (id) => `/escalations/${id}`,
  user: (id) => `/admin/users/${id}`,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function subjectHref(type: string, id: string, linkable: ReadonlySet<LinkableSubject>): string | null {
  if (!UUID.test(id) || !(type in PATHS) || !linkable.has(type as LinkableSubject)) return null;
  return PATHS[type as LinkableSubject](id);
}

const MAX_COMPACT = 160;

function valueText(value: unknown): string {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value) ?? "";
}

/** "key: value · key: value", cut at a readable length; `cut` says whether anything was left out. */
export function compactData(data: Record<string, unknown>): { text: string; cut: boolean } {
  const text = Object.entries(data)
    .map(([k, v]) => `${k}: ${valueText(v)}`)
    .join(" · ");
  return text.length > MAX_COMPACT ? { text: `${text.slice(0, MAX_COMPACT - 1)}…`, cut: true } : { text, cut: false };
}
