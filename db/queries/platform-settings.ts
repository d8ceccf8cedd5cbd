import { asc, eq } from "drizzle-orm";
import type { Ladder, PlatformSettings } from "@/lib/moderation";
import type { PlatformSettingsInput } from "@/lib/validation/ladder";
import type { Db } from "../open";
import { platforms } from "../schema";
import { recordAudit, type Actor } from "./audit";

export interface PlatformSettingsRow extends PlatformSettings {
  id: string;
  name: string;
  updatedAt: Date;
}

const columns = {
  id: platforms.id,
  name: platforms.name,
  ladder: platforms.ladder,
  appealWindowDays: platforms.appealWindowDays,
  secondAppealWindowDays: platforms.secondAppealWindowDays,
  appealSlaHours: platforms.appealSlaHours,
  caseSlaHours: platforms.caseSlaHours,
  updatedAt: platforms.updatedAt,
};

export async function listPlatformSettings(db: Db): Promise<PlatformSettingsRow[]> {
  return db.select(columns).from(platforms).orderBy(asc(platforms.name));
}

export async function getPlatformSettings(db: Db, platformId: string): Promise<PlatformSettingsRow | null> {
  const [row] = await db.select(columns).from(platforms).where(eq(platforms.id, platformId));
  return row ?? null;
}

/** Admin edit of a platform's ladder, windows and SLAs (validated by platformSettingsSchema). */
export async function updatePlatformSettings(
  db: Db,
  input: PlatformSettingsInput,
  actor: Actor,
  now: Date,
): Promise<{ ok: true } | { ok: false; error: "platform_unknown" }> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select(columns).from(platforms).where(eq(platforms.id, input.platformId)).for("update");
    if (!before) return { ok: false as const, error: "platform_unknown" as const };
    const ladder: Ladder = input.ladder;
    const after = {
      ladder,
      appealWindowDays: input.appealWindowDays,
      secondAppealWindowDays: input.secondAppealWindowDays,
      appealSlaHours: input.appealSlaHours,
      caseSlaHours: input.caseSlaHours,
    };
    await tx.update(platforms).set({ ...after, updatedAt: now }).where(eq(platforms.id, input.platformId));
    await recordAudit(tx, {
      actor,
      action: "platform.settings_updated",
      subjectType: "platform",
      subjectId: input.platformId,
      data: {
        before: {
          ladder: before.ladder,
          appealWindowDays: before.appealWindowDays,
          secondAppealWindowDays: before.secondAppealWindowDays,
          appealSlaHours: before.appealSlaHours,
          caseSlaHours: before.caseSlaHours,
        },
        after,
      },
      at: now,
    });
    return { ok: true as const };
  });
}
