import { can, type Role } from "@/lib/moderation";
import type { LinkableSubject } from "./audit-subject";

/** The subject pages this role may open, so the log never links to a 403. */
export function linkableSubjectsFor(role: Role): ReadonlySet<LinkableSubject> {
  const out = new Set<LinkableSubject>();
  if (can(role, "case:view")) out.add("case");
  if (can(role, "appeal:review")) out.add("appeal");
  if (can(role, "escalation:propose")) out.add("escalation");
  if (can(role, "admin:users")) out.add("user");
  return out;
}
