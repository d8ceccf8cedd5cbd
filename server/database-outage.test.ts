import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/db/queries/pg-errors";

// The outage path (server/database-outage.ts) turns only "database unreachable" errors into a
// "try again" answer; everything else must still surface as a bug.
describe("isDatabaseUnavailable", () => {
  it("recognises a refused connection as drizzle reports it (real driver, closed port)", async () => {
    const client = postgres("postgres://postgres@127.0.0.1:9/none", { max: 1, connect_timeout: 2, onnotice: () => {} });
    const error = await drizzle(client)
      .execute(sql`select 1`)
      .then(() => null, (e: unknown) => e);
    await client.end({ timeout: 1 });
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["admin shutdown (pg_ctl stop)", { code: "57P01" }],
    ["the database system is starting up", { code: "57P03" }],
    ["connection failure", { code: "08006" }],
    ["driver: connection closed", { code: "CONNECTION_CLOSED" }],
    ["driver: connect timeout", { code: "CONNECT_TIMEOUT" }],
    ["wrapped in a cause", new Error("Failed query", { cause: Object.assign(new Error("x"), { code: "CONNECTION_DESTROYED" }) })],
    ["inside an AggregateError", new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })])],
  ])("%s: unavailable", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["unique violation", { code: "23505" }],
    ["serialization failure", { code: "40001" }],
    ["syntax error", new Error("Failed query", { cause: { code: "42601" } })],
    ["a plain bug", new TypeError("x is undefined")],
    ["a redirect", Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/queue;307;" })],
    ["nothing", null],
  ])("%s: not an outage", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
