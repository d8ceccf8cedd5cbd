import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserSchema } from "@/lib/validation/user";
import { createTestDatabase, type TestDatabase } from "../testing";
import { auditEvents, sellerMembers, sellers, users } from "../schema";
import {
  adminOverview,
  changeUserRole,
  createUser,
  getAdminUser,
  linkUserShop,
  listUsers,
  resetUserPassword,
  setUserDisabled,
} from "./admin-users";
import { findActiveUserById } from "./users";
import { T0, ensurePlatform, makeSeller, makeUser } from "./escalation-test-fixtures";

let tdb: TestDatabase;
let admin: { id: string };
beforeAll(async () => {
  tdb = await createTestDatabase();
  admin = await makeUser(tdb.db, "admin", "Admin Uji");
});
afterAll(async () => {
  await tdb.close();
});

const auditOf = (subjectId: string) => tdb.db.select().from(auditEvents).where(eq(auditEvents.subjectId, subjectId)).orderBy(auditEvents.id);
const unique = () => randomUUID().slice(0, 8);
const base = (email: string) => ({ name: "Sari Indah", email, role: "moderator" as const, locale: "id" as const, passwordHash: "$argon2id$fake", shop: null });

describe("creating users", () => {
  it("creates a user with a lower-cased email and a user.created event without the password", async () => {
    const email = `Sari.${unique()}@Timbang.TEST`;
    const r = await createUser(tdb.db, base(email), admin.id, T0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const user = await getAdminUser(tdb.db, r.data.id);
    expect(user).toMatchObject({ email: email.toLowerCase(), role: "moderator", locale: "id", disabledAt: null, shops: [] });
    const events = await auditOf(r.data.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "user.created", actorKind: "user", actorId: admin.id, subjectType: "user" });
    expect(events[0]!.data).toEqual({ email: email.toLowerCase(), name: "Sari Indah", role: "moderator", locale: "id" });
    expect(JSON.stringify(events[0]!.data)).not.toContain("argon2");
  });

  it("refuses an email already taken, whatever its case, and writes nothing", async () => {
    const email = `dup.${unique()}@timbang.test`;
    expect((await createUser(tdb.db, base(email), admin.id, T0)).ok).toBe(true);
    const before = await tdb.db.select().from(auditEvents);
    expect(await createUser(tdb.db, base(email.toUpperCase()), admin.id, T0)).toEqual({ ok: false, error: "email_taken" });
    expect(await tdb.db.select().from(auditEvents)).toHaveLength(before.length);
  });

  it("refuses a duplicate raced past the check, through the unique index", async () => {
    const email = `race.${unique()}@timbang.test`;
    const results = await Promise.all([createUser(tdb.db, base(email), admin.id, T0), createUser(tdb.db, base(email), admin.id, T0)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "email_taken" }]);
  });

  it("links a seller to a shop by name or shop id, and refuses an unknown shop", async () => {
    const platformId = await ensurePlatform(tdb.db, 0);
    const shopName = `Toko Baju ${unique()}`;
    const shop = await makeSeller(tdb.db, { platformId, shopName });
    const seller = { ...base(`seller.${unique()}@timbang.test`), role: "seller" as const, shop: { platformId, shop: shopName.toUpperCase() } };
    const r = await createUser(tdb.db, seller, admin.id, T0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((await getAdminUser(tdb.db, r.data.id))?.shops.map((s) => s.sellerId)).toEqual([shop.id]);
    expect((await auditOf(r.data.id))[0]!.data).toMatchObject({ sellerIds: [shop.id] });

    const missing = { ...seller, email: `seller.${unique()}@timbang.test`, shop: { platformId, shop: "Tidak Ada" } };
    expect(await createUser(tdb.db, missing, admin.id, T0)).toEqual({ ok: false, error: "shop_not_found" });
    expect(await tdb.db.select().from(users).where(eq(users.email, missing.email))).toEqual([]);

    const second = await makeSeller(tdb.db, { platformId, shopName: `Toko Kedua ${unique()}` });
    // By the shop's id on the platform, as the platform shows it to the admin.
    const [{ externalId }] = (await tdb.db.select({ externalId: sellers.externalId }).from(sellers).where(eq(sellers.id, second.id))) as [{ externalId: string }];
    expect(await linkUserShop(tdb.db, { userId: r.data.id, platformId, shop: externalId }, admin.id, T0)).toEqual({ ok: true, data: null });
    expect(await linkUserShop(tdb.db, { userId: r.data.id, platformId, shop: externalId }, admin.id, T0)).toEqual({ ok: false, error: "shop_already_linked" });
    expect((await getAdminUser(tdb.db, r.data.id))?.shops).toHaveLength(2);
    expect((await auditOf(r.data.id)).map((e) => e.action)).toEqual(["user.created", "user.shop_linked"]);
  });

  it("refuses an ambiguous shop name and linking a shop to staff", async () => {
    const platformId = await ensurePlatform(tdb.db, 0);
    const shopName = `Kembar ${unique()}`;
    await makeSeller(tdb.db, { platformId, shopName });
    await makeSeller(tdb.db, { platformId, shopName });
    const seller = { ...base(`twin.${unique()}@timbang.test`), role: "seller" as const, shop: { platformId, shop: shopName } };
    expect(await createUser(tdb.db, seller, admin.id, T0)).toEqual({ ok: false, error: "shop_ambiguous" });
    const staff = await makeUser(tdb.db, "moderator");
    expect(await linkUserShop(tdb.db, { userId: staff.id, platformId, shop: shopName }, admin.id, T0)).toEqual({ ok: false, error: "not_a_seller" });
  });

  it("validates input: password of 12+ characters, a real email, shops only for sellers", () => {
    const input = { name: "A", email: " X@Y.id ", role: "moderator", locale: "en", password: "123456789012", shop: "Toko", shopPlatform: "shopee" };
    expect(createUserSchema.parse(input)).toMatchObject({ email: "x@y.id", shop: null, shopPlatform: null });
    const short = createUserSchema.safeParse({ ...input, password: "12345678901" });
    expect(short.success ? [] : short.error.issues.map((i) => i.message)).toEqual(["password_too_short"]);
    const badEmail = createUserSchema.safeParse({ ...input, email: "nope" });
    expect(badEmail.success ? [] : badEmail.error.issues.map((i) => i.message)).toEqual(["email_invalid"]);
    const noPlatform = createUserSchema.safeParse({ ...input, role: "seller", shopPlatform: "" });
    expect(noPlatform.success ? [] : noPlatform.error.issues.map((i) => i.path.join("."))).toEqual(["shopPlatform"]);
  });
});

describe("guard rails", () => {
  it("an admin cannot demote themselves; another admin can, with a user.role_changed event", async () => {
    expect(await changeUserRole(tdb.db, { userId: admin.id, role: "manager" }, admin.id, T0)).toEqual({ ok: false, error: "self_demote" });
    expect((await getAdminUser(tdb.db, admin.id))?.role).toBe("admin");
    expect(await auditOf(admin.id)).toEqual([]);

    const other = await makeUser(tdb.db, "admin");
    expect(await changeUserRole(tdb.db, { userId: other.id, role: "manager" }, admin.id, T0)).toEqual({ ok: true, data: { changed: true } });
    expect(await changeUserRole(tdb.db, { userId: other.id, role: "manager" }, admin.id, T0)).toEqual({ ok: true, data: { changed: false } });
    const events = await auditOf(other.id);
    expect(events.map((e) => [e.action, e.data])).toEqual([["user.role_changed", expect.objectContaining({ from: "admin", to: "manager" })]]);
    expect(await findActiveUserById(tdb.db, other.id)).toMatchObject({ role: "manager" });
  });

  it("an admin cannot disable themselves; disabling another takes effect for the session lookup", async () => {
    expect(await setUserDisabled(tdb.db, { userId: admin.id, disabled: true }, admin.id, T0)).toEqual({ ok: false, error: "self_disable" });
    expect(await findActiveUserById(tdb.db, admin.id)).not.toBeNull();

    const mod = await makeUser(tdb.db, "moderator");
    expect(await setUserDisabled(tdb.db, { userId: mod.id, disabled: true }, admin.id, T0)).toEqual({ ok: true, data: { changed: true } });
    expect(await findActiveUserById(tdb.db, mod.id)).toBeNull();
    expect(await setUserDisabled(tdb.db, { userId: mod.id, disabled: true }, admin.id, T0)).toEqual({ ok: true, data: { changed: false } });
    expect(await setUserDisabled(tdb.db, { userId: mod.id, disabled: false }, admin.id, T0)).toEqual({ ok: true, data: { changed: true } });
    expect(await findActiveUserById(tdb.db, mod.id)).not.toBeNull();
    expect((await auditOf(mod.id)).map((e) => e.action)).toEqual(["user.disabled", "user.enabled"]);
  });

  it("resets a password with a user.password_reset event that holds neither password nor hash", async () => {
    const mod = await makeUser(tdb.db, "moderator");
    const hash = "$argon2id$v=19$m=19456,t=2,p=1$secret";
    expect(await resetUserPassword(tdb.db, { userId: mod.id, passwordHash: hash }, admin.id, T0)).toEqual({ ok: true, data: null });
    const [row] = await tdb.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, mod.id));
    expect(row?.passwordHash).toBe(hash);
    const events = await auditOf(mod.id);
    expect(events.map((e) => e.action)).toEqual(["user.password_reset"]);
    expect(JSON.stringify(events[0])).not.toContain("argon2");
  });

  it("answers user_unknown for a missing user", async () => {
    const id = randomUUID();
    expect(await changeUserRole(tdb.db, { userId: id, role: "manager" }, admin.id, T0)).toEqual({ ok: false, error: "user_unknown" });
    expect(await setUserDisabled(tdb.db, { userId: id, disabled: true }, admin.id, T0)).toEqual({ ok: false, error: "user_unknown" });
    expect(await resetUserPassword(tdb.db, { userId: id, passwordHash: "x" }, admin.id, T0)).toEqual({ ok: false, error: "user_unknown" });
  });
});

describe("listing users", () => {
  it("filters by role, status and search (wildcards are literal), pages by email, and counts for the overview", async () => {
    const tag = unique();
    for (let i = 0; i < 5; i++) await createUser(tdb.db, { ...base(`list${i}.${tag}@timbang.test`), name: `Daftar ${tag} ${i}` }, admin.id, T0);
    const third = (await listUsers(tdb.db, { role: null, status: "all", q: `list2.${tag}`, after: null })).rows[0]!;
    await setUserDisabled(tdb.db, { userId: third.id, disabled: true }, admin.id, T0);

    const first = await listUsers(tdb.db, { role: "moderator", status: "all", q: tag, after: null }, 2);
    expect(first.rows.map((r) => r.email)).toEqual([`list0.${tag}@timbang.test`, `list1.${tag}@timbang.test`]);
    const second = await listUsers(tdb.db, { role: "moderator", status: "all", q: tag, after: first.nextAfter }, 2);
    expect(second.rows.map((r) => r.email)).toEqual([`list2.${tag}@timbang.test`, `list3.${tag}@timbang.test`]);
    const last = await listUsers(tdb.db, { role: "moderator", status: "all", q: tag, after: second.nextAfter }, 2);
    expect(last.rows).toHaveLength(1);
    expect(last.nextAfter).toBeNull();

    expect((await listUsers(tdb.db, { role: null, status: "disabled", q: tag, after: null })).rows.map((r) => r.id)).toEqual([third.id]);
    expect((await listUsers(tdb.db, { role: null, status: "active", q: tag, after: null })).rows).toHaveLength(4);
    expect((await listUsers(tdb.db, { role: "seller", status: "all", q: tag, after: null })).rows).toEqual([]);
    expect((await listUsers(tdb.db, { role: null, status: "all", q: "%", after: null })).rows).toEqual([]);
    expect((await listUsers(tdb.db, { role: null, status: "all", q: `Daftar ${tag} 4`, after: null })).rows).toHaveLength(1);
    expect((await listUsers(tdb.db, { role: null, status: "all", q: third.id, after: null })).rows.map((r) => r.id)).toEqual([third.id]);

    const overview = await adminOverview(tdb.db);
    const [counts] = await tdb.db.select({ n: count() }).from(users);
    const active = Object.values(overview.activeByRole).reduce((a, b) => a + b, 0);
    expect(active + overview.disabled).toBe(counts!.n);
    expect(overview.disabled).toBeGreaterThanOrEqual(1);
    expect(overview.platforms).toBeGreaterThanOrEqual(1);
  });

  it("lists a seller's shops", async () => {
    const platformId = await ensurePlatform(tdb.db, 1);
    const seller = await makeSeller(tdb.db, { platformId, shopName: "Toko Sandang" });
    const [member] = await tdb.db.select().from(sellerMembers).where(eq(sellerMembers.sellerId, seller.id));
    const user = await getAdminUser(tdb.db, member!.userId);
    expect(user?.shops).toEqual([{ sellerId: seller.id, shopName: "Toko Sandang", platformName: expect.any(String) }]);
  });
});
