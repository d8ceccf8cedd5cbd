import { expect, test, type APIRequestContext } from "@playwright/test";
import { can } from "../../lib/moderation/permissions";
import { AUDITED_ACTIONS } from "../../lib/moderation/audited-mutations";
import { ACTION_ACCESS, ROUTE_ACCESS } from "../../lib/moderation/route-access";
import { PERSONAS, signedInRequest, type PersonaRole } from "../support/personas";
import { actionName, actionPagePath, concrete, serverActions } from "./support";

// The authorization matrix: every page, route handler and server action × every role and the
// signed-out visitor, against the expected table in lib/moderation/route-access.ts. The "another
// seller" column is cross-seller.spec.ts, the "another platform's key" column cross-platform.spec.ts.
const ROLES = Object.keys(PERSONAS) as PersonaRole[];

let contexts: Record<PersonaRole | "anonymous", APIRequestContext>;

test.beforeAll(async ({ baseURL }) => {
  const entries = await Promise.all(
    [...ROLES.map((r) => [r, PERSONAS[r]] as const), ["anonymous", null] as const].map(
      async ([name, email]) => [name, await signedInRequest(baseURL!, email)] as const,
    ),
  );
  contexts = Object.fromEntries(entries) as typeof contexts;
});
test.afterAll(async () => {
  await Promise.all(Object.values(contexts).map((c) => c.dispose()));
});

for (const [pattern, access] of Object.entries(ROUTE_ACCESS)) {
  if (access.kind !== "permission") continue;
  const url = concrete(pattern);
  const isApi = pattern.startsWith("/api/");
  test(`route ${pattern}`, async () => {
    const anonymous = await contexts.anonymous.get(url, { maxRedirects: 0 });
    if (isApi) expect(anonymous.status(), "signed out").toBe(401);
    else {
      expect(anonymous.status(), "signed out").toBe(307);
      expect(anonymous.headers().location).toContain("/login?callbackUrl=");
    }
    for (const role of ROLES) {
      const response = await contexts[role].get(url, { maxRedirects: 0 });
      if (can(role, access.permission)) expect([200, 404], `${role} may open ${url}`).toContain(response.status());
      else expect(response.status(), `${role} may not open ${url}`).toBe(403);
    }
  });
}

test("every server action has an access entry", () => {
  const names = serverActions().map(([, a]) => actionName(a));
  expect(names.filter((n) => !ACTION_ACCESS[n])).toEqual([]);
});

// The build's own list, as a second net under db/actions/audited-mutations.test.ts (which reads app/).
test("every server action has an audit entry", () => {
  const names = serverActions().map(([, a]) => `${a.filename}#${a.exportedName}`);
  expect(names.filter((n) => !AUDITED_ACTIONS[n])).toEqual([]);
});

// The action's own answer ({ ok: false, error }), not the message catalogs a revalidated page carries.
const DENIED = /"error":"(Anda tidak memiliki izin|Sesi Anda berakhir|You are not allowed|Your session has ended)/;

for (const [id, action] of serverActions()) {
  const name = actionName(action);
  const access = ACTION_ACCESS[name];
  if (access?.kind !== "permission") continue;
  const pagePath = actionPagePath(action);
  test(`action ${name}`, async ({ baseURL }) => {
    for (const who of [...ROLES, "anonymous"] as const) {
      const response = await contexts[who].post(pagePath, {
        headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", origin: baseURL! },
        data: "[]",
        maxRedirects: 0,
      });
      const body = await response.text();
      const allowed = who !== "anonymous" && can(who, access.permission);
      if (allowed) expect(body, `${who} may call ${name}`).not.toMatch(DENIED);
      else expect(body, `${who} may not call ${name}`).toMatch(DENIED);
    }
  });
}
