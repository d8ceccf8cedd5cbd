import { and, desc, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "../open";
import { apiKeys, platforms, users } from "../schema";
import { recordAudit, type Actor } from "./audit";

export interface CreateApiKeyInput {
  platformId: string;
  label: string;
  prefix: string;
  hash: string;
  createdBy: string;
  now: Date;
}

/** Stores a new key (its hash only) with its audit event. */
export async function createApiKey(db: Db, input: CreateApiKeyInput): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        platformId: input.platformId,
        label: input.label,
        prefix: input.prefix,
        keyHash: input.hash,
        createdBy: input.createdBy,
        createdAt: input.now,
      })
      .returning({ id: apiKeys.id });
    await recordAudit(tx, {
      actor: { kind: "user", id: input.createdBy },
      action: "api_key.created",
      subjectType: "api_key",
      subjectId: row!.id,
      data: { platformId: input.platformId, label: input.label, prefix: input.prefix },
      at: input.now,
    });
    return row!;
  });
}

/** Revokes a key; false when it does not exist or was already revoked. */
export async function revokeApiKey(db: Db, id: string, actor: Actor, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: now })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id, platformId: apiKeys.platformId, prefix: apiKeys.prefix });
    if (!row) return false;
    await recordAudit(tx, {
      actor,
      action: "api_key.revoked",
      subjectType: "api_key",
      subjectId: row.id,
      data: { platformId: row.platformId, prefix: row.prefix },
      at: now,
    });
    return true;
  });
}

export async function listApiKeys(db: Db) {
  return db
    .select({
      id: apiKeys.id,
      label: apiKeys.label,
      prefix: apiKeys.prefix,
      platformId: apiKeys.platformId,
      platformName: platforms.name,
      createdByName: users.name,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .innerJoin(platforms, eq(platforms.id, apiKeys.platformId))
    .innerJoin(users, eq(users.id, apiKeys.createdBy))
    .orderBy(desc(apiKeys.createdAt), apiKeys.id);
}
export type ApiKeyListItem = Awaited<ReturnType<typeof listApiKeys>>[number];

export async function listPlatforms(db: Db) {
  return db.select({ id: platforms.id, name: platforms.name }).from(platforms).orderBy(platforms.name);
}

export interface AuthenticatedKey {
  id: string;
  platformId: string;
}

/** The live (not revoked) key with this hash. */
export async function findActiveApiKey(db: Db, hash: string): Promise<AuthenticatedKey | null> {
  const [row] = await db
    .select({ id: apiKeys.id, platformId: apiKeys.platformId })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)))
    .limit(1);
  return row ?? null;
}

/** Records use at most once a minute per key, so busy integrations do not write on every call. */
export async function touchApiKey(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now.getTime() - 60_000)))));
}
