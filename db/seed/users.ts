import type { Role } from "@/lib/moderation";
import type { users } from "../schema";
import { DAY, type Random } from "./random";

export type UserRow = typeof users.$inferInsert & { id: string };

export const DEMO_PASSWORD = "timbang-demo";

export const DEMO_ACCOUNTS = {
  moderator: { email: "moderator@timbang.test", name: "Rizky Pratama", role: "moderator" },
  moderator2: { email: "moderator2@timbang.test", name: "Ayu Lestari", role: "moderator" },
  senior: { email: "senior@timbang.test", name: "Hendra Wijaya", role: "senior_moderator" },
  manager: { email: "manager@timbang.test", name: "Sri Wahyuni", role: "manager" },
  admin: { email: "admin@timbang.test", name: "Agus Setiawan", role: "admin" },
  seller: { email: "seller@timbang.test", name: "Dinda Maharani", role: "seller" },
  seller2: { email: "seller2@timbang.test", name: "Budi Santoso", role: "seller" },
} as const satisfies Record<string, { email: string; name: string; role: Role }>;

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS;

/** Owners of the shops whose appeals wait in the demo; they can sign in with the demo password too. */
export const APPEAL_SELLER_ACCOUNTS = [
  { key: "appellant1", email: "yudi.kurniawan@timbang.test", name: "Yudi Kurniawan" },
  { key: "appellant2", email: "rina.wulandari@timbang.test", name: "Rina Wulandari" },
  { key: "appellant3", email: "nadia.putri@timbang.test", name: "Nadia Putri" },
] as const;

export type AppellantKey = (typeof APPEAL_SELLER_ACCOUNTS)[number]["key"];
export type SeedUserKey = DemoAccountKey | AppellantKey;

export type SeedUsers = Record<SeedUserKey, UserRow>;

/** Every seeded account, all with one password hash (argon2 is slow, so it is computed once). */
export function buildUsers(rng: Random, now: Date, passwordHash: string): SeedUsers {
  const make = (email: string, name: string, role: Role, daysAgo: number): UserRow => ({
    id: rng.uuid(),
    email,
    name,
    role,
    passwordHash,
    locale: "id",
    createdAt: new Date(now.getTime() - daysAgo * DAY),
  });
  const demo = Object.fromEntries(
    Object.entries(DEMO_ACCOUNTS).map(([key, a], i) => [key, make(a.email, a.name, a.role, 400 - i * 7)]),
  ) as Record<DemoAccountKey, UserRow>;
  const appellants = Object.fromEntries(
    APPEAL_SELLER_ACCOUNTS.map((a, i) => [a.key, make(a.email, a.name, "seller", 300 - i * 20)]),
  ) as Record<AppellantKey, UserRow>;
  return { ...demo, ...appellants };
}

/** Staff who decide cases in the seeded history (moderator2 is kept free to review appeals). */
export const DECIDING_STAFF = ["moderator", "moderator2", "senior"] as const satisfies readonly DemoAccountKey[];
