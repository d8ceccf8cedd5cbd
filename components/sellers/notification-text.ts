import type { NotificationKind } from "@/lib/moderation/constants";

// How a stored notification (kind + params) becomes text in the reader's language: the message
// key under seller.notifications, the values for it, and where it leads. Params may be missing
// or null (older rows, other writers), so every value has a fallback.

export interface NotificationLike {
  kind: NotificationKind;
  params: Record<string, string | number | null>;
  caseId: string | null;
  appealId: string | null;
}

export interface NotificationText {
  key: NotificationKind;
  values: Record<string, string | number>;
  /** ISO dates among the values, to be formatted by the caller. */
  dates: string[];
  href: string;
}

const str = (v: unknown, fallback = "") => (typeof v === "string" ? v : typeof v === "number" ? String(v) : fallback);
const num = (v: unknown) => (typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v)) ? Number(v) : 0);

export function notificationText(n: NotificationLike): NotificationText {
  const p = n.params;
  const href = n.appealId ? `/seller/appeals/${n.appealId}` : n.caseId ? `/seller/cases/${n.caseId}` : "/seller";
  // Writers differ slightly: the decision's kind is `kind` (case decisions) or `decision` (seed).
  const deadline = str(p.deadline ?? p.infoDeadline);
  const nextAction = str(p.nextStepAction);
  const values: Record<string, string | number> = {
    listingTitle: str(p.listingTitle, "—"),
    hasListing: str(p.listingTitle) ? "yes" : "no",
    kind: str(p.kind ?? p.decision, "other"),
    points: num(p.points),
    outcome: str(p.outcome, "other"),
    reason: str(p.reason, "—"),
    deadline,
    hasDeadline: deadline ? "yes" : "no",
    dueAt: str(p.dueAt),
    hasDue: str(p.dueAt) ? "yes" : "no",
    nextStepPoints: num(p.nextStepPoints),
    nextAction: nextAction || "none",
    nextDays: num(p.nextStepDurationDays ?? p.nextStepDays),
    hasNext: nextAction ? "yes" : "no",
  };
  const dates = ["deadline", "dueAt"].filter((k) => typeof values[k] === "string" && values[k] !== "");
  return { key: n.kind, values, dates, href };
}
