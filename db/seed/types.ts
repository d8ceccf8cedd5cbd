import type { ClearReason, FlagSource, PolicyCode } from "@/lib/moderation";
import type { flags, listings, sellers } from "../schema";
import type { PlatformId } from "./platforms";
import type { AppellantKey, SeedUserKey } from "./users";

/** What a listing really is; decides its wording, price, stock and how a moderator should rule. */
export const LISTING_KINDS = [
  "bale",
  "evasive",
  "import_retail",
  "local_preloved",
  "personal",
  "jastip",
  "new_goods",
] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

/** The kind of shop, which decides the mix of its listings. */
export type Archetype =
  | "wholesaler"
  | "evader"
  | "thrift"
  | "local_preloved"
  | "personal"
  | "jastip"
  | "new_goods"
  | "mixed";

/** Shops whose story the demo relies on; their cases are scripted in history.ts. */
export type SpecialSellerKey =
  | "demo_tiktok"
  | "demo_tokopedia"
  | "demo_seller2"
  | "escalation"
  | "near_step"
  | "appeal_thrift"
  | "appeal_preloved"
  | "appeal_jastip"
  | HistorySellerKey;

/** Shops whose past account action the dashboard history shows (script-history.ts). */
export type HistorySellerKey = "past_suspension_shopee" | "past_suspension_lazada" | "lifted_tokopedia";

export type SellerRow = typeof sellers.$inferInsert & { id: string; platformId: PlatformId; externalId: string; shopName: string; joinedAt: Date };

export interface SellerPlan {
  row: SellerRow;
  archetype: Archetype;
  city: string;
  special: SpecialSellerKey | null;
  /** Seller accounts that are members of this shop. */
  members: SeedUserKey[];
}

export type ListingRow = typeof listings.$inferInsert & {
  id: string;
  sellerId: string;
  platformId: PlatformId;
  externalId: string;
  url: string;
  title: string;
  description: string;
  priceIdr: number;
  stock: number;
  createdAt: Date;
};

export interface ListingPlan {
  row: ListingRow;
  kind: ListingKind;
  seller: SellerPlan;
}

/** Staff who decide cases in the seeded history; moderator2 never decides an appealed case. */
export type DecisionAuthor = "moderator" | "moderator2" | "senior";

export interface AppealScript {
  filedAt: Date;
  filedBy: AppellantKey | "seller" | "seller2";
  explanation: string;
  references: string | null;
  files: readonly ("png" | "pdf")[];
}

/** What happened to a case: still open, waiting for the seller, or decided. */
export type Outcome =
  | { type: "open" }
  | { type: "request_info"; decidedAt: Date; deadline: Date; author: DecisionAuthor }
  | { type: "clear"; reason: ClearReason; decidedAt: Date; author: DecisionAuthor }
  | { type: "warn"; policy: PolicyCode; decidedAt: Date; author: DecisionAuthor }
  | {
      type: "takedown";
      policy: PolicyCode;
      points: number;
      adjustment: string | null;
      decidedAt: Date;
      author: DecisionAuthor;
      appeal: AppealScript | null;
    };

export type FlagRow = typeof flags.$inferInsert & { id: string; source: FlagSource; receivedAt: Date };

export interface CasePlan {
  id: string;
  /** Case numbers follow the opening order (set after all cases are planned). */
  number: number;
  listing: ListingPlan;
  openedAt: Date;
  slaDueAt: Date;
  flags: FlagRow[];
  outcome: Outcome;
}
