import type { ActorKind } from "@/lib/moderation";
import type { Db } from "../open";
import { auditEvents } from "../schema";

export interface Actor {
  kind: ActorKind;
  id: string | null;
}

export const SYSTEM_ACTOR: Actor = { kind: "system", id: null };

export interface AuditInput {
  actor: Actor;
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
  at?: Date;
}

/** Writes one audit event; call it inside the transaction of the change it records. */
export async function recordAudit(db: Db, input: AuditInput): Promise<void> {
  await db.insert(auditEvents).values({
    actorKind: input.actor.kind,
    actorId: input.actor.id,
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    data: input.data ?? {},
    ...(input.at ? { at: input.at } : {}),
  });
}
