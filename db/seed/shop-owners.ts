// Seller accounts for the shops whose owners appealed in the seeded past. An appeal is filed by a
// signed-in member of the shop, so each such shop gets one owner account (same demo password,
// addresses under penjual.timbang.test), created the first time the shop needs one.
import type { sellerMembers } from "../schema";
import { FIRST_NAMES, SURNAMES } from "./places-and-names";
import type { Random } from "./random";
import type { SellerPlan } from "./types";
import type { UserRow } from "./users";

export type MemberRow = typeof sellerMembers.$inferInsert;

export class ShopOwners {
  readonly users: UserRow[] = [];
  readonly members: MemberRow[] = [];
  private readonly byShop = new Map<string, UserRow>();
  private readonly emails = new Set<string>();

  constructor(
    private readonly rng: Random,
    private readonly passwordHash: string,
  ) {}

  /** The shop's owner account, made on first use. */
  ownerOf(shop: SellerPlan): UserRow {
    const known = this.byShop.get(shop.row.id);
    if (known) return known;
    const first = this.rng.pick(FIRST_NAMES);
    const last = this.rng.pick(SURNAMES);
    const base = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, "");
    let email = `${base}@penjual.timbang.test`;
    for (let n = 2; this.emails.has(email); n++) email = `${base}${n}@penjual.timbang.test`;
    this.emails.add(email);
    const user: UserRow = {
      id: this.rng.uuid(),
      email,
      name: `${first} ${last}`,
      role: "seller",
      passwordHash: this.passwordHash,
      locale: "id",
      createdAt: shop.row.joinedAt,
    };
    this.users.push(user);
    this.members.push({ userId: user.id, sellerId: shop.row.id, createdAt: shop.row.joinedAt });
    this.byShop.set(shop.row.id, user);
    return user;
  }
}
