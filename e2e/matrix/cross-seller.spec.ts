import { expect, test, type APIRequestContext } from "@playwright/test";
import { ACTION_ACCESS, ROUTE_ACCESS } from "../../lib/moderation/route-access";
import { signedInRequest } from "../support/personas";
import { callAction, type ActionArgs } from "./support";

// The matrix's "another seller" column: every route and server action marked ownSeller in
// lib/moderation/route-access.ts is tried by seller@timbang.test with seller2@timbang.test's real
// ids (from the demo seed and e2e/matrix/fixtures.ts), and the other way round. The owner opens
// the same ids first, so each refusal below is about whose id it is, never about a wrong id.

const SELLERS = { seller: "seller@timbang.test", seller2: "seller2@timbang.test" } as const;
type Seller = keyof typeof SELLERS;
const OTHER: Record<Seller, Seller> = { seller: "seller2", seller2: "seller" };

/** What a seller owns, as their own portal shows it. */
interface Owned {
  shopNames: string[];
  cases: string[];
  appeals: string[];
  decisions: string[];
  evidence: string[];
  notifications: { ids: string[]; unread: number };
}

const uuids = (html: string, prefix: string) =>
  [...new Set([...html.matchAll(new RegExp(`${prefix}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})`, "g"))].map((m) => m[1]!))];

async function page200(context: APIRequestContext, url: string): Promise<string> {
  const response = await context.get(url, { maxRedirects: 0 });
  expect(response.status(), `the owner opens ${url}`).toBe(200);
  return response.text();
}

async function discover(context: APIRequestContext): Promise<Owned> {
  const portal = await page200(context, "/seller");
  const shopNames = [...portal.matchAll(/id="shop-[0-9a-f-]{36}"[^>]*>([^<]+)</g)].map((m) => m[1]!.trim());
  const cases = uuids(portal, "/seller/cases/");
  const appeals = uuids(portal, "/seller/appeals/");
  const evidence: string[] = [];
  const decisions = new Set(uuids(portal, "decision="));
  for (const id of appeals) evidence.push(...uuids(await page200(context, `/seller/appeals/${id}`), "/api/evidence/"));
  for (const id of cases) {
    const html = await page200(context, `/seller/cases/${id}`);
    evidence.push(...uuids(html, "/api/evidence/"));
    for (const d of uuids(html, "decision=")) decisions.add(d);
  }
  const inbox = (await (await context.get("/api/seller/notifications")).json()) as {
    unread: number;
    items: { id: string; decisionId: string | null }[];
  };
  for (const n of inbox.items) if (n.decisionId) decisions.add(n.decisionId);
  return {
    shopNames,
    cases,
    appeals,
    decisions: [...decisions],
    evidence: [...new Set(evidence)],
    notifications: { ids: inbox.items.map((n) => n.id), unread: inbox.unread },
  };
}

type RouteProbe = { kind: "route"; ids: (o: Owned) => string[]; url: (id: string) => string };
type ActionProbe = { kind: "action"; ids: (o: Owned) => string[]; args: (ids: string[]) => ActionArgs; notFound: RegExp };

const APPEAL_NOT_FOUND = /"error":"(Keputusan ini tidak ditemukan\.|This decision was not found\.)"/;
const NOT_FOUND = /"error":"(Data tidak ditemukan\.|Not found\.)"/;

/** One probe per ownSeller entry of the table: how to find the owner's ids and use them. */
const PROBES: Record<string, RouteProbe | ActionProbe> = {
  "/seller/cases/[id]": { kind: "route", ids: (o) => o.cases, url: (id) => `/seller/cases/${id}` },
  "/seller/appeals/[id]": { kind: "route", ids: (o) => o.appeals, url: (id) => `/seller/appeals/${id}` },
  "/seller/appeals/new": { kind: "route", ids: (o) => o.decisions, url: (id) => `/seller/appeals/new?decision=${id}` },
  "/api/evidence/[id]": { kind: "route", ids: (o) => o.evidence, url: (id) => `/api/evidence/${id}` },
  "app/seller/actions.ts#fileAppealAction": {
    kind: "action",
    ids: (o) => o.decisions,
    args: ([id]) => ({
      form: { subject: "decision", subjectId: id!, explanation: "Barang ini milik toko saya dan bukan impor bekas.", references: "", declaration: "on" },
    }),
    notFound: APPEAL_NOT_FOUND,
  },
  "app/seller/actions.ts#answerInfoRequestAction": {
    kind: "action",
    ids: (o) => o.cases,
    args: ([id]) => ({ form: { caseId: id!, body: "Nota pembelian terlampir." } }),
    notFound: NOT_FOUND,
  },
  "app/seller/actions.ts#markNotificationsReadAction": {
    kind: "action",
    ids: (o) => o.notifications.ids,
    args: (ids) => ({ json: [ids] }),
    notFound: NOT_FOUND,
  },
};

const OWN_SELLER_ENTRIES = [...Object.entries(ROUTE_ACCESS), ...Object.entries(ACTION_ACCESS)]
  .filter(([, access]) => access.kind === "permission" && access.ownSeller)
  .map(([name]) => name);

test("every ownSeller route and action has a cross-seller probe", () => {
  expect(OWN_SELLER_ENTRIES.filter((name) => !PROBES[name]), "add a probe to e2e/matrix/cross-seller.spec.ts").toEqual([]);
  expect(Object.keys(PROBES).filter((name) => !OWN_SELLER_ENTRIES.includes(name))).toEqual([]);
});

const contexts = {} as Record<Seller, APIRequestContext>;
const owned = {} as Record<Seller, Owned>;

test.beforeAll(async ({ baseURL }) => {
  for (const seller of Object.keys(SELLERS) as Seller[]) {
    contexts[seller] = await signedInRequest(baseURL!, SELLERS[seller]);
    owned[seller] = await discover(contexts[seller]);
  }
});
test.afterAll(async () => {
  await Promise.all(Object.values(contexts).map((c) => c.dispose()));
});

/** At most `n` ids, so the walk stays short. */
const some = (ids: string[], n = 4) => ids.slice(0, n);

for (const [name, probe] of Object.entries(PROBES)) {
  for (const attacker of Object.keys(SELLERS) as Seller[]) {
    const victim = OTHER[attacker];
    test(`${attacker} on ${victim}'s ids: ${name}`, async ({ baseURL }) => {
      const ids = some(probe.ids(owned[victim]));
      expect(ids.length, `${victim} has ids for ${name} (seed or e2e/matrix/fixtures.ts)`).toBeGreaterThan(0);
      if (probe.kind === "route") {
        for (const id of ids) {
          expect((await contexts[victim].get(probe.url(id), { maxRedirects: 0 })).status(), `${victim} opens own ${probe.url(id)}`).toBe(200);
          const response = await contexts[attacker].get(probe.url(id), { maxRedirects: 0 });
          expect(response.status(), `${attacker} opens ${victim}'s ${probe.url(id)}`).toBe(404);
          const body = await response.text();
          for (const shop of owned[victim].shopNames) expect(body, `${victim}'s shop name leaks`).not.toContain(shop);
        }
        return;
      }
      const calls = name.endsWith("#markNotificationsReadAction") ? [ids] : ids.map((id) => [id]);
      for (const call of calls) {
        const response = await callAction(contexts[attacker], name, probe.args(call), baseURL!);
        expect(await response.text(), `${attacker} calls ${name} with ${victim}'s ${call.join(",")}`).toMatch(probe.notFound);
      }
    });
  }
}

test("marking another seller's notifications read changes nothing for them", async ({ baseURL }) => {
  const inbox = async () => (await (await contexts.seller2.get("/api/seller/notifications")).json()) as { unread: number; items: { id: string }[] };
  const before = await inbox();
  expect(before.unread, "seller2 has unread notifications in the seed").toBeGreaterThan(0);
  await callAction(contexts.seller, "app/seller/actions.ts#markNotificationsReadAction", { json: [before.items.map((n) => n.id)] }, baseURL!);
  expect((await inbox()).unread).toBe(before.unread);
});

test("a seller's lists show none of another seller's cases, appeals or notifications", async () => {
  for (const attacker of Object.keys(SELLERS) as Seller[]) {
    const victim = owned[OTHER[attacker]];
    const portal = await (await contexts[attacker].get("/seller")).text();
    const inbox = await (await contexts[attacker].get("/api/seller/notifications")).text();
    for (const id of [...victim.cases, ...victim.appeals, ...victim.notifications.ids]) {
      expect(portal, `${attacker}'s portal lists ${id}`).not.toContain(id);
      expect(inbox, `${attacker}'s inbox lists ${id}`).not.toContain(id);
    }
    for (const shop of victim.shopNames) expect(portal).not.toContain(shop);
  }
});
