import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { platformSettingsSchema } from "@/lib/validation/ladder";
import { createTestDatabase, type TestDatabase } from "../testing";
import { auditEvents } from "../schema";
import { getPlatformSettings, listPlatformSettings, updatePlatformSettings } from "./platform-settings";
import { T0, ensurePlatform, makeUser } from "./escalation-test-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => {
  await tdb.close();
});

describe("platform settings", () => {
  it("updates the ladder, windows and SLAs with an audit event holding before and after", async () => {
    const id = await ensurePlatform(tdb.db, 2);
    const admin = await makeUser(tdb.db, "admin");
    const input = platformSettingsSchema.parse({
      platformId: id,
      ladder: { steps: [{ points: 6, action: "restrict_listings", durationDays: 7 }, { points: 15, action: "suspend", durationDays: 28 }], warningMargin: 3, pointsExpireDays: 120 },
      appealWindowDays: 45,
      secondAppealWindowDays: 10,
      appealSlaHours: 48,
      caseSlaHours: 24,
    });
    expect(await updatePlatformSettings(tdb.db, input, { kind: "user", id: admin.id }, T0)).toEqual({ ok: true });
    const row = await getPlatformSettings(tdb.db, id);
    expect(row).toMatchObject({ appealWindowDays: 45, secondAppealWindowDays: 10, appealSlaHours: 48, caseSlaHours: 24, updatedAt: T0 });
    expect(row?.ladder.steps).toHaveLength(2);
    const [audit] = await tdb.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, id), eq(auditEvents.action, "platform.settings_updated")));
    expect(audit?.data).toMatchObject({ before: { appealWindowDays: 30 }, after: { appealWindowDays: 45 } });
    expect((await listPlatformSettings(tdb.db)).map((p) => p.id)).toContain(id);
  });

  it("refuses an unknown platform", async () => {
    const admin = await makeUser(tdb.db, "admin");
    const input = platformSettingsSchema.parse({
      platformId: "nope",
      ladder: { steps: [{ points: 6, action: "suspend", durationDays: 7 }], warningMargin: 2, pointsExpireDays: 90 },
      appealWindowDays: 30,
      secondAppealWindowDays: 15,
      appealSlaHours: 72,
      caseSlaHours: 48,
    });
    expect(await updatePlatformSettings(tdb.db, input, { kind: "user", id: admin.id }, T0)).toEqual({ ok: false, error: "platform_unknown" });
  });
});
