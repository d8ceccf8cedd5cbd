// The shape of one audit-walk scenario: rows to start from, who is signed in, the call that
// mutates, and how to tell it succeeded.
import { expect } from "vitest";
import type { Db } from "../open";
import type { HarnessUser } from "./harness";

/** A walked action or handler; scenarios pass the arguments Next.js would. */
export type AnyCall = (...args: unknown[]) => Promise<unknown>;

export interface Prepared {
  /** Who is signed in while `run` runs; null for signed out (API-key routes). */
  as: HarnessUser | null;
  run: () => Promise<unknown>;
  /** Fails unless the answer is a success, so a missing event cannot hide behind a refusal. */
  succeeded: (answer: unknown) => void | Promise<void>;
  /** Audit actions this run must write, each at least once. */
  writes: string[];
  /** Tables the call may touch outside its audited transaction (bookkeeping), besides rate-limit hits. */
  bookkeeping?: string[];
  /** The audit event is the whole change (a read that is recorded, like an export). */
  auditOnly?: boolean;
}

export type Scenario = (db: Db, call: AnyCall) => Promise<Prepared>;

export const okResult = (answer: unknown) => expect(answer).toMatchObject({ ok: true });
export const okState = (answer: unknown) => expect(answer).toMatchObject({ result: { ok: true } });
export const redirectedTo = (pattern: RegExp) => (answer: unknown) => expect(answer).toMatchObject({ redirected: expect.stringMatching(pattern) });
export const status200 = async (answer: unknown) => {
  expect(answer).toBeInstanceOf(Response);
  const response = answer as Response;
  expect(response.status, await response.clone().text()).toBe(200);
};
