import { beforeEach, describe, expect, it, vi } from "vitest";

// What the outage helpers answer (the soak checks the same on the built app, with PostgreSQL
// really stopped): a database that cannot be reached becomes a translated "try again"; any
// other error is rethrown untouched.
const getCurrentUser = vi.fn();
vi.mock("./session", () => ({ getCurrentUser }));
vi.mock("next-intl/server", () => ({ getTranslations: async (ns: string) => (key: string) => `${ns}.${key}` }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-timbang-path": "/queue?platform=shopee" }) }));

const { answerDuringOutage, currentUserOrOutage, failDuringOutage, outageRetryPath, OUTAGE_RETRY_AFTER_SECONDS } = await import("./database-outage");

const down = () => new Error("Failed query: select 1", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
const bug = () => new TypeError("x is undefined");

beforeEach(() => {
  getCurrentUser.mockReset();
  vi.spyOn(console, "error").mockImplementation(() => {});
});

describe("answerDuringOutage (route handlers)", () => {
  it("passes the handler's answer through", async () => {
    const res = await answerDuringOutage(async () => Response.json({ ok: true }, { status: 201 }));
    expect(res.status).toBe(201);
  });
  it("answers 503 with Retry-After and the translated message when the database is down", async () => {
    const res = await answerDuringOutage(async () => Promise.reject(down()));
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe(String(OUTAGE_RETRY_AFTER_SECONDS));
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ error: "errors.databaseUnavailable" });
  });
  it("rethrows any other error", async () => {
    await expect(answerDuringOutage(async () => Promise.reject(bug()))).rejects.toThrow(TypeError);
  });
});

describe("failDuringOutage (server actions)", () => {
  it("returns the action's result", async () => {
    expect(await failDuringOutage(async () => ({ ok: true as const, data: 1 }))).toEqual({ ok: true, data: 1 });
  });
  it("returns { ok: false } with the translated message when the database is down", async () => {
    expect(await failDuringOutage(async () => Promise.reject(down()))).toEqual({ ok: false, error: "errors.databaseUnavailable" });
  });
  it("rethrows any other error, redirects included", async () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/cases/1;307;" });
    await expect(failDuringOutage(async () => Promise.reject(redirect))).rejects.toBe(redirect);
    await expect(failDuringOutage(async () => Promise.reject(bug()))).rejects.toThrow(TypeError);
  });
});

describe("currentUserOrOutage (layouts)", () => {
  it("is the user, null when signed out, 'outage' when the database is down", async () => {
    getCurrentUser.mockResolvedValueOnce({ id: "u" }).mockResolvedValueOnce(null).mockRejectedValueOnce(down());
    expect(await currentUserOrOutage()).toEqual({ id: "u" });
    expect(await currentUserOrOutage()).toBeNull();
    expect(await currentUserOrOutage()).toBe("outage");
  });
  it("rethrows any other error", async () => {
    getCurrentUser.mockRejectedValueOnce(bug());
    await expect(currentUserOrOutage()).rejects.toThrow(TypeError);
  });
  it("offers the page being shown to try again", async () => {
    expect(await outageRetryPath()).toBe("/queue?platform=shopee");
  });
});
