// The audit walk: every server action and route handler under app/, against the table in
// lib/moderation/audited-mutations.ts. An action or handler method with no entry fails; every
// audited entry is run through its scenario on a real database, twice:
//  1. as is — it must succeed and write the events its entry names (and no others);
//  2. with every audit write refused by a trigger — it must then change nothing at all, which
//     holds only when the change and its event share one transaction.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AUDITED_ACTIONS, AUDITED_HANDLERS, type AuditedMutation } from "@/lib/moderation/audited-mutations";
import { ACTION_ACCESS } from "@/lib/moderation/route-access";
import { createTestDatabase, type TestDatabase } from "../testing";
import { auditActionsSince, auditMark, changedTables, refuseAuditWrites, tableFingerprints } from "./audit-probe";
import { platforms } from "./fixtures";
import { harness, signInAs } from "./harness";
import type { AnyCall, Scenario } from "./scenario";
import { ADMIN_SCENARIOS } from "./scenarios-admin";
import { SELLER_AND_API_SCENARIOS } from "./scenarios-seller-api";
import { STAFF_SCENARIOS } from "./scenarios-staff";
import { inlineServerActionFiles, routeHandlers, serverActions } from "./walk";

vi.mock("@/db/client", async () => (await import("./harness")).dbClientMock);
vi.mock("@/server/session", async () => (await import("./harness")).sessionMock);
vi.mock("next/cache", async () => (await import("./harness")).cacheMock);
vi.mock("next-intl/server", async () => (await import("./harness")).intlServerMock);
vi.mock("next/headers", async () => (await import("./harness")).headersMock);
vi.mock("next/navigation", async () => (await import("./harness")).navigationMock);
vi.mock("@/auth", async () => (await import("./harness")).authMock);
vi.mock("next-auth", async () => (await import("./harness")).nextAuthMock);

const TABLE: Record<string, AuditedMutation> = { ...AUDITED_ACTIONS, ...AUDITED_HANDLERS };
const SCENARIOS: Record<string, Scenario> = { ...STAFF_SCENARIOS, ...ADMIN_SCENARIOS, ...SELLER_AND_API_SCENARIOS };
const AUDITED = Object.entries(TABLE).flatMap(([key, entry]) => (entry.kind === "audited" ? [[key, entry.actions] as const] : []));

let database: TestDatabase;
let actions: Map<string, unknown>;
let handlers: Map<string, unknown>;

beforeAll(async () => {
  database = await createTestDatabase();
  harness.db = database.db;
  await platforms(database.db);
  [actions, handlers] = await Promise.all([serverActions(), routeHandlers()]);
});
afterAll(async () => {
  harness.db = null;
  await database.close();
});

function callable(key: string): AnyCall {
  const fn = actions.get(key) ?? handlers.get(key);
  if (typeof fn !== "function") throw new Error(`${key} is not in app/`);
  return fn as AnyCall;
}

describe("the audited-mutations table", () => {
  it("finds the app's actions and handlers", () => {
    expect(actions.has("app/(staff)/cases/[id]/actions.ts#decideAction")).toBe(true);
    expect(handlers.has("POST /api/v1/flags")).toBe(true);
    expect(handlers.has("GET /api/health")).toBe(true);
  });

  it("has an entry for every server action, and none for an action that is gone", () => {
    const found = [...actions.keys()];
    expect(found.filter((k) => !AUDITED_ACTIONS[k]), "add them to lib/moderation/audited-mutations.ts").toEqual([]);
    expect(Object.keys(AUDITED_ACTIONS).filter((k) => !actions.has(k))).toEqual([]);
  });

  it("has an entry for every method of every route handler, and none that is gone", () => {
    const found = [...handlers.keys()];
    expect(found.filter((k) => !AUDITED_HANDLERS[k]), "add them to lib/moderation/audited-mutations.ts").toEqual([]);
    expect(Object.keys(AUDITED_HANDLERS).filter((k) => !handlers.has(k))).toEqual([]);
  });

  it("names the same actions as the access table", () => {
    expect(Object.keys(AUDITED_ACTIONS).sort()).toEqual(Object.keys(ACTION_ACCESS).sort());
  });

  it("sees every action: no function-level 'use server' outside the action modules", () => {
    expect(inlineServerActionFiles()).toEqual([]);
  });

  it("exempts only with a reason and exercises every audited entry", () => {
    for (const [key, entry] of Object.entries(TABLE)) {
      if (entry.kind === "exempt") expect(entry.reason.length, key).toBeGreaterThan(5);
      else expect(entry.actions.length, key).toBeGreaterThan(0);
    }
    expect(Object.keys(SCENARIOS).sort()).toEqual(AUDITED.map(([key]) => key).sort());
  });
});

describe.each(AUDITED)("%s", (key, allowed) => {
  it("writes its audit events, and only events its entry names", async () => {
    const { db } = database;
    const prepared = await SCENARIOS[key]!(db, callable(key));
    expect(allowed, "the scenario expects an event the table does not name").toEqual(expect.arrayContaining(prepared.writes));
    signInAs(prepared.as);
    const before = await tableFingerprints(db, prepared.bookkeeping);
    const mark = await auditMark(db);
    const answer = await prepared.run();
    await prepared.succeeded(answer);
    const written = await auditActionsSince(db, mark);
    expect(written).toEqual(expect.arrayContaining(prepared.writes));
    expect(written.filter((action) => !allowed.includes(action))).toEqual([]);
    const changed = changedTables(before, await tableFingerprints(db, prepared.bookkeeping)).filter((t) => t !== "audit_events");
    if (prepared.auditOnly) expect(changed).toEqual([]);
    else expect(changed.length, "the call changed no row").toBeGreaterThan(0);
  });

  it("changes nothing when its audit event cannot be written (one transaction)", async () => {
    const { db } = database;
    const prepared = await SCENARIOS[key]!(db, callable(key));
    signInAs(prepared.as);
    const before = await tableFingerprints(db, prepared.bookkeeping);
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    await refuseAuditWrites(db, true);
    try {
      await prepared.run().catch((error: unknown) => error);
    } finally {
      await refuseAuditWrites(db, false);
      quiet.mockRestore();
    }
    expect(changedTables(before, await tableFingerprints(db, prepared.bookkeeping))).toEqual([]);
  });
});
