// Audit-walk scenarios for the seller portal's actions and for the route handlers that change
// something (POST, and the two GETs that do: the queue counts poll and the statement export).
import { NextRequest } from "next/server";
import { generateApiKey } from "@/lib/api-keys";
import { addDays } from "@/lib/moderation";
import { createApiKey } from "../queries/api-keys";
import { flagItem } from "../test-flag-items";
import { form, settle } from "./harness";
import { awaitingCase, openCase, person, PLATFORM, sellerWithTakedown, unreadNotification } from "./fixtures";
import { okResult, redirectedTo, status200, type Scenario } from "./scenario";

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const origin = "http://127.0.0.1:3000";

export const SELLER_AND_API_SCENARIOS: Record<string, Scenario> = {
  "app/seller/actions.ts#fileAppealAction": async (db, call) => {
    const w = await sellerWithTakedown(db);
    const fields = { subject: "decision", subjectId: w.decisionId, explanation: "Kemeja jahitan lokal, nota terlampir.", declaration: "on" };
    return { as: w.seller, run: () => settle(() => call(form(fields))), succeeded: redirectedTo(/^\/seller\/appeals\//), writes: ["appeal.filed"] };
  },

  "app/seller/actions.ts#answerInfoRequestAction": async (db, call) => {
    const w = await awaitingCase(db, addDays(new Date(), 3));
    return {
      as: w.seller,
      run: () => call(form({ caseId: w.caseId, body: "Nota pembelian dari penjahit lokal terlampir." })),
      succeeded: okResult,
      writes: ["info_response.filed", "case.seller_answered"],
    };
  },

  "app/seller/actions.ts#markNotificationsReadAction": async (db, call) => {
    const w = await sellerWithTakedown(db);
    await unreadNotification(db, w.shopId);
    return { as: w.seller, run: () => call("all"), succeeded: (answer) => okResult(answer), writes: ["notifications.read"] };
  },

  "POST /api/cases/[id]/lease": async (db, call) => {
    const as = await person(db, "moderator");
    const c = await openCase(db);
    const url = (op: string) => `${origin}/api/cases/${c.caseId}/lease?op=${op}`;
    return {
      as,
      // Claim, then release: both ends of the lease are audited.
      run: async () => {
        const claimed = (await call(new Request(url("claim"), { method: "POST" }), params(c.caseId))) as Response;
        if (claimed.status !== 200) return claimed;
        return call(new Request(url("release"), { method: "POST" }), params(c.caseId));
      },
      succeeded: status200,
      writes: ["case.claimed", "case.released"],
    };
  },

  "POST /api/queue/claim-next": async (db, call) => {
    const as = await person(db, "moderator");
    await openCase(db);
    return { as, run: () => call(new Request(`${origin}/api/queue/claim-next`, { method: "POST" })), succeeded: status200, writes: ["case.claimed"] };
  },

  "GET /api/queue/counts": async (db, call) => {
    const as = await person(db, "moderator");
    await awaitingCase(db, addDays(new Date(), -1));
    return { as, run: () => call(new Request(`${origin}/api/queue/counts`)), succeeded: status200, writes: ["case.info_deadline_passed"] };
  },

  "GET /api/exports/statements": async (db, call) => {
    const as = await person(db, "manager");
    return {
      as,
      run: () => call(new NextRequest(`${origin}/api/exports/statements?format=csv`)),
      succeeded: status200,
      writes: ["export.statements"],
      auditOnly: true,
    };
  },

  "POST /api/v1/flags": async (db, call) => {
    const admin = await person(db, "admin");
    const k = generateApiKey();
    await createApiKey(db, { platformId: PLATFORM, label: "Feed", prefix: k.prefix, hash: k.hash, createdBy: admin.id, now: new Date() });
    const n = Math.floor(Math.random() * 1e9);
    const body = JSON.stringify({ flags: [flagItem(n, { ref: `api-walk-${n}` })] });
    const request = () =>
      new Request(`${origin}/api/v1/flags`, { method: "POST", headers: { authorization: `Bearer ${k.key}`, "content-type": "application/json" }, body });
    return {
      as: null,
      run: () => call(request()),
      succeeded: status200,
      writes: ["flags.ingested", "case.opened"],
      // The key's last use is stamped on every authenticated request, before the batch.
      bookkeeping: ["api_keys"],
    };
  },
};
