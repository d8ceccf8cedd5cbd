import {
  DEFAULT_APPEAL_SLA_HOURS,
  DEFAULT_APPEAL_WINDOW_DAYS,
  DEFAULT_CASE_SLA_HOURS,
  DEFAULT_PLATFORMS,
  DEFAULT_SECOND_APPEAL_WINDOW_DAYS,
  type Ladder,
} from "@/lib/moderation";
import type { platforms } from "../schema";

export type PlatformRow = typeof platforms.$inferInsert & {
  id: PlatformId;
  ladder: Ladder;
  appealWindowDays: number;
  secondAppealWindowDays: number;
  appealSlaHours: number;
  caseSlaHours: number;
};

export type PlatformId = (typeof DEFAULT_PLATFORMS)[number]["code"];

export const PLATFORM_IDS: readonly PlatformId[] = DEFAULT_PLATFORMS.map((p) => p.code);

/** The four platforms with their default ladders and the default appeal and SLA settings. */
export function buildPlatforms(now: Date): Record<PlatformId, PlatformRow> {
  const rows = DEFAULT_PLATFORMS.map(
    (p): PlatformRow => ({
      id: p.code,
      name: p.name,
      ladder: { ...p.ladder, steps: p.ladder.steps.map((s) => ({ ...s })) },
      appealWindowDays: DEFAULT_APPEAL_WINDOW_DAYS,
      secondAppealWindowDays: DEFAULT_SECOND_APPEAL_WINDOW_DAYS,
      appealSlaHours: DEFAULT_APPEAL_SLA_HOURS,
      caseSlaHours: DEFAULT_CASE_SLA_HOURS,
      updatedAt: now,
    }),
  );
  return Object.fromEntries(rows.map((r) => [r.id, r])) as Record<PlatformId, PlatformRow>;
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

/** A listing address in each platform's public URL style. */
export function listingUrl(platform: PlatformId, shopExternalId: string, shopName: string, itemId: string, title: string): string {
  switch (platform) {
    case "shopee":
      return `https://shopee.co.id/product/${shopExternalId}/${itemId}`;
    case "tokopedia":
      return `https://www.tokopedia.com/${slugify(shopName).replace(/-/g, "")}/${slugify(title)}-${itemId}`;
    case "tiktok_shop":
      return `https://shop.tiktok.com/view/product/${itemId}?region=ID`;
    case "lazada":
      return `https://www.lazada.co.id/products/${slugify(title)}-i${itemId}.html`;
  }
}
