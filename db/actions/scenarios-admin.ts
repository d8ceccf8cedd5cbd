// Audit-walk scenarios for the admin actions: users, API keys and platform settings.
import { randomUUID } from "node:crypto";
import { generateApiKey } from "@/lib/api-keys";
import { DEFAULT_PLATFORMS } from "@/lib/moderation";
import { createApiKey } from "../queries/api-keys";
import { insertSeller } from "../test-fixtures";
import { form } from "./harness";
import { person, PLATFORM } from "./fixtures";
import { okResult, okState, type Scenario } from "./scenario";

const PASSWORD = "kata-sandi-panjang-sekali";

export const ADMIN_SCENARIOS: Record<string, Scenario> = {
  "app/(staff)/admin/api-keys/actions.ts#createApiKeyAction": async (db, call) => {
    const as = await person(db, "admin");
    return { as, run: () => call(null, form({ label: "Feed uji", platformId: PLATFORM })), succeeded: okResult, writes: ["api_key.created"] };
  },

  "app/(staff)/admin/api-keys/actions.ts#revokeApiKeyAction": async (db, call) => {
    const as = await person(db, "admin");
    const k = generateApiKey();
    const { id } = await createApiKey(db, { platformId: PLATFORM, label: "Lama", prefix: k.prefix, hash: k.hash, createdBy: as.id, now: new Date() });
    return { as, run: () => call(id), succeeded: okResult, writes: ["api_key.revoked"] };
  },

  "app/(staff)/admin/platforms/actions.ts#updatePlatformSettingsAction": async (db, call) => {
    const as = await person(db, "admin");
    // Lazada only, so the other scenarios keep their platform's ladder.
    const lazada = DEFAULT_PLATFORMS.find((p) => p.code === "lazada")!;
    const steps = lazada.ladder.steps;
    const fields = {
      platformId: "lazada",
      stepPoints: steps.map((s) => String(s.points)),
      stepAction: steps.map((s) => s.action),
      stepDuration: steps.map((s) => (s.durationDays === null ? "" : String(s.durationDays))),
      warningMargin: String(lazada.ladder.warningMargin),
      pointsExpireDays: String(lazada.ladder.pointsExpireDays + Math.floor(Math.random() * 100) + 1),
      appealWindowDays: "30",
      secondAppealWindowDays: "14",
      appealSlaHours: "72",
      caseSlaHours: "48",
    };
    return { as, run: () => call({ result: null }, form(fields)), succeeded: okState, writes: ["platform.settings_updated"] };
  },

  "app/(staff)/admin/users/actions.ts#createUserAction": async (db, call) => {
    const as = await person(db, "admin");
    const fields = { name: "Moderator Baru", email: `baru-${randomUUID()}@timbang.test`, role: "moderator", password: PASSWORD };
    return { as, run: () => call(null, form(fields)), succeeded: okResult, writes: ["user.created"] };
  },

  "app/(staff)/admin/users/actions.ts#changeUserRoleAction": async (db, call) => {
    const as = await person(db, "admin");
    const target = await person(db, "moderator");
    return { as, run: () => call(null, form({ userId: target.id, role: "senior_moderator" })), succeeded: okResult, writes: ["user.role_changed"] };
  },

  "app/(staff)/admin/users/actions.ts#setUserDisabledAction": async (db, call) => {
    const as = await person(db, "admin");
    const target = await person(db, "moderator");
    return { as, run: () => call(null, form({ userId: target.id, disabled: "1" })), succeeded: okResult, writes: ["user.disabled"] };
  },

  "app/(staff)/admin/users/actions.ts#resetUserPasswordAction": async (db, call) => {
    const as = await person(db, "admin");
    const target = await person(db, "moderator");
    return { as, run: () => call(null, form({ userId: target.id, password: PASSWORD })), succeeded: okResult, writes: ["user.password_reset"] };
  },

  "app/(staff)/admin/users/actions.ts#linkUserShopAction": async (db, call) => {
    const as = await person(db, "admin");
    const seller = await person(db, "seller");
    const shop = await insertSeller(db, PLATFORM);
    const fields = { userId: seller.id, shopPlatform: PLATFORM, shop: shop.externalId };
    return { as, run: () => call(null, form(fields)), succeeded: okResult, writes: ["user.shop_linked"] };
  },
};
