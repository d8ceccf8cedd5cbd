// Runs server actions and route handlers outside Next.js, on a test database: the pieces of the
// request they read (session, translations, cookies, revalidation, redirects) are stood in for
// here, and db/actions/audited-mutations.test.ts points vi.mock at them. Nothing else is faked:
// the action, its zod parsing, the domain rules and the queries run as in production.
import { can, type Permission, type Role } from "@/lib/moderation";
import type { Db } from "../open";

export interface HarnessUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: "id" | "en";
}

export const harness: { db: Db | null; user: HarnessUser | null; cookies: Map<string, string> } = {
  db: null,
  user: null,
  cookies: new Map(),
};

export function signInAs(user: HarnessUser | null): void {
  harness.user = user;
}

function database(): Db {
  if (!harness.db) throw new Error("harness.db is not set");
  return harness.db;
}

/** Thrown by the stand-in for next/navigation's redirect(), as Next throws NEXT_REDIRECT. */
export class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirected to ${url}`);
  }
}

export const dbClientMock = {
  getDb: async () => ({ db: database(), kind: "pglite" as const, migrate: async () => {}, close: async () => {} }),
};

/** The real guard's answers, from the one permission table, for the harness's signed-in user. */
export const sessionMock = {
  getCurrentUser: async () => harness.user,
  requirePage: async () => {
    if (!harness.user) throw new Error("signed out");
    return harness.user;
  },
  authorize: async (permission: Permission) => {
    const user = harness.user;
    if (!user) return { ok: false as const, status: 401 as const, error: "errors.signedOut" };
    if (!can(user.role, permission)) return { ok: false as const, status: 403 as const, error: "errors.forbidden" };
    return { ok: true as const, user };
  },
};

/** Translations answer with their key, so a test can read which message an action chose. */
function translator(namespace?: string) {
  const t = (key: string) => (namespace ? `${namespace}.${key}` : key);
  return Object.assign(t, { rich: t, markup: t, raw: t, has: () => true });
}

export const intlServerMock = {
  getTranslations: async (namespace?: string | { namespace?: string }) =>
    translator(typeof namespace === "string" ? namespace : namespace?.namespace),
  getFormatter: async () => ({ dateTime: (d: Date) => d.toISOString(), number: (n: number) => String(n), relativeTime: (d: Date) => d.toISOString() }),
  getLocale: async () => "id",
  getMessages: async () => ({}),
};

export const headersMock = {
  cookies: async () => ({
    get: (name: string) => (harness.cookies.has(name) ? { name, value: harness.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void harness.cookies.set(name, value),
    delete: (name: string) => void harness.cookies.delete(name),
    has: (name: string) => harness.cookies.has(name),
  }),
  headers: async () => new Headers(),
};

export const cacheMock = { revalidatePath: () => undefined, revalidateTag: () => undefined };

export const navigationMock = {
  redirect: (url: string): never => {
    throw new Redirected(url);
  },
  forbidden: (): never => {
    throw new Error("forbidden()");
  },
  notFound: (): never => {
    throw new Error("notFound()");
  },
};

/** Auth.js is out of the walk (sign-in and sign-out are exempt): stubs so the modules load. */
export const authMock = {
  auth: async () => null,
  signIn: async () => undefined,
  signOut: async () => undefined,
  handlers: { GET: async () => new Response(null, { status: 204 }), POST: async () => new Response(null, { status: 204 }) },
};

export const nextAuthMock = {
  AuthError: class AuthError extends Error {},
  CredentialsSignin: class CredentialsSignin extends Error {},
};

/** Runs an action that may end in a redirect; the redirect becomes its answer. */
export async function settle(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Redirected) return { redirected: error.url };
    throw error;
  }
}

export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  }
  return data;
}
