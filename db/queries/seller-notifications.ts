import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { NotificationKind } from "@/lib/moderation/constants";
import type { Db } from "../open";
import { notifications, sellers } from "../schema";
import { recordAudit } from "./audit";
import { ownedBy } from "./seller-scope";

// The seller's inbox: notifications addressed to any shop the user is a member of. They are
// stored as a kind and parameters and rendered in the reader's language by the portal.

export interface SellerNotification {
  id: string;
  kind: NotificationKind;
  params: Record<string, string | number | null>;
  shopName: string;
  caseId: string | null;
  decisionId: string | null;
  appealId: string | null;
  readAt: Date | null;
  createdAt: Date;
}

export async function listSellerNotifications(db: Db, params: { userId: string; limit?: number }): Promise<SellerNotification[]> {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      params: notifications.params,
      shopName: sellers.shopName,
      caseId: notifications.caseId,
      decisionId: notifications.decisionId,
      appealId: notifications.appealId,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .innerJoin(sellers, eq(sellers.id, notifications.sellerId))
    .where(ownedBy(notifications.sellerId, params.userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(params.limit ?? 30);
}

export async function countUnreadSellerNotifications(db: Db, params: { userId: string }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(ownedBy(notifications.sellerId, params.userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** How many notification ids one audit event lists (the count is always exact). */
const AUDITED_IDS_MAX = 200;

/**
 * Marks the given notifications (or all) read and returns how many changed, or null — nothing
 * changed — when any id is not a notification of the user's shops (the action answers "not found",
 * as for any other seller's id). One transaction writes the change and one `notifications.read`
 * audit event per shop whose notifications changed (nothing changed, no event).
 */
export async function markSellerNotificationsRead(
  db: Db,
  params: { userId: string; ids: readonly string[] | "all"; now: Date },
): Promise<number | null> {
  const ids = params.ids;
  if (ids !== "all" && ids.length === 0) return 0;
  return db.transaction(async (tx) => {
    if (ids !== "all") {
      const unique = [...new Set(ids)];
      const owned = await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(ownedBy(notifications.sellerId, params.userId), inArray(notifications.id, unique)));
      if (owned.length !== unique.length) return null;
    }
    const changed = await tx
      .update(notifications)
      .set({ readAt: params.now })
      .where(
        and(
          ownedBy(notifications.sellerId, params.userId),
          isNull(notifications.readAt),
          ids === "all" ? undefined : inArray(notifications.id, [...ids]),
        ),
      )
      .returning({ id: notifications.id, sellerId: notifications.sellerId });
    const byShop = new Map<string, string[]>();
    for (const { id, sellerId } of changed) {
      if (sellerId) byShop.set(sellerId, [...(byShop.get(sellerId) ?? []), id]);
    }
    for (const [sellerId, shopIds] of byShop) {
      await recordAudit(tx, {
        actor: { kind: "user", id: params.userId },
        action: "notifications.read",
        subjectType: "seller",
        subjectId: sellerId,
        at: params.now,
        data: { scope: ids === "all" ? "all" : "selected", count: shopIds.length, notificationIds: shopIds.slice(0, AUDITED_IDS_MAX) },
      });
    }
    return changed.length;
  });
}
