import { request, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "./session";

export const PERSONAS = {
  moderator: "moderator@timbang.test",
  senior_moderator: "senior@timbang.test",
  manager: "manager@timbang.test",
  admin: "admin@timbang.test",
  seller: "seller@timbang.test",
} as const;
export type PersonaRole = keyof typeof PERSONAS;

/** An API request context signed in through next-auth's credentials endpoint. */
export async function signedInRequest(baseURL: string, email: string | null): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  if (email) {
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await context.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password: DEMO_PASSWORD, callbackUrl: "/" },
      maxRedirects: 0,
    });
    const session = (await (await context.get("/api/auth/session")).json()) as { user?: unknown } | null;
    if (!session?.user) throw new Error(`sign-in as ${email} did not yield a session`);
  }
  return context;
}
