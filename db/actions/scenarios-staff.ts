// Audit-walk scenarios for the moderators' and seniors' actions: queue, cases, escalations and
// appeals. Each builds its own rows, so they run in any order on one database.
import { claimAppeal } from "../queries/appeal-queue";
import { flagItem } from "../test-flag-items";
import type { Db } from "../open";
import { form, settle, type HarnessUser } from "./harness";
import { escalationReady, heldCase, openCase, pendingAppeal, pendingEscalation, person, PLATFORM, RATIONALE, returnedEscalation } from "./fixtures";
import { okResult, okState, redirectedTo, type Scenario } from "./scenario";

const CLEAR = { kind: "clear", clearReason: "cleared_local_preloved" };
const LONG_REASON = "Nota pembelian lokal diperiksa dan sah.";

export const STAFF_SCENARIOS: Record<string, Scenario> = {
  "app/language-actions.ts#switchLanguageAction": async (db, call) => {
    const as = await person(db, "moderator");
    return { as, run: () => call(form({ locale: "en" })), succeeded: () => {}, writes: ["user.locale_changed"] };
  },

  "app/(staff)/queue/actions.ts#reviewNextAction": async (db, call) => {
    const as = await person(db, "moderator");
    await openCase(db);
    return { as, run: () => settle(() => call(null, form({}))), succeeded: redirectedTo(/^\/cases\//), writes: ["case.claimed"] };
  },

  "app/(staff)/queue/actions.ts#bulkDecideAction": async (db, call) => {
    const as = await person(db, "moderator");
    const a = await openCase(db);
    const b = await openCase(db, a.sellerId);
    return {
      as,
      run: () => call(null, form({ caseIds: [a.caseId, b.caseId], ...CLEAR })),
      succeeded: (answer) => okResult(answer),
      writes: ["case.claimed", "case.decided"],
    };
  },

  "app/(staff)/cases/[id]/actions.ts#decideAction": async (db, call) => {
    const as = await person(db, "moderator");
    const c = await heldCase(db, as);
    return { as, run: () => call(null, form({ caseId: c.caseId, version: String(c.version), ...CLEAR })), succeeded: okResult, writes: ["case.decided"] };
  },

  "app/(staff)/admin/import/actions.ts#importFlagsChunkAction": async (db, call) => {
    const as = await person(db, "admin");
    const n = Math.floor(Math.random() * 1e9);
    const rows = [{ row: 2, platformId: PLATFORM, item: flagItem(n, { ref: `walk-${n}` }) }];
    return { as, run: () => call(rows), succeeded: okResult, writes: ["flags.ingested", "case.opened"] };
  },

  "app/(staff)/escalations/actions.ts#proposeEscalationAction": async (db, call) => {
    const { moderator: as, sellerId, caseIds } = await escalationReady(db);
    const fields = { sellerId, action: "suspend", durationDays: "28", rationale: RATIONALE, reliedCaseIds: caseIds };
    return { as, run: () => settle(() => call({ result: null, values: {} }, form(fields))), succeeded: redirectedTo(/^\/escalations\//), writes: ["escalation.proposed"] };
  },

  "app/(staff)/escalations/actions.ts#approveEscalationAction": async (db, call) => {
    const e = await pendingEscalation(db);
    const as = await person(db, "senior_moderator");
    const fields = { escalationId: e.escalationId, version: "1", overrideReason: "Pola impor bal berulang, penangguhan proporsional." };
    return { as, run: () => call({ result: null, values: {} }, form(fields)), succeeded: okState, writes: ["escalation.approved", "account_action.applied"] };
  },

  "app/(staff)/escalations/actions.ts#rejectEscalationAction": async (db, call) => {
    const e = await pendingEscalation(db);
    const as = await person(db, "senior_moderator");
    const fields = { escalationId: e.escalationId, version: "1", reason: "Poin bertumpu pada satu listing yang disengketakan." };
    return { as, run: () => call({ result: null, values: {} }, form(fields)), succeeded: okState, writes: ["escalation.rejected"] };
  },

  "app/(staff)/escalations/actions.ts#returnEscalationAction": async (db, call) => {
    const e = await pendingEscalation(db);
    const as = await person(db, "senior_moderator");
    const fields = { escalationId: e.escalationId, version: "1", question: "Apakah listing kedua benar bal atau satuan?" };
    return { as, run: () => call({ result: null, values: {} }, form(fields)), succeeded: okState, writes: ["escalation.returned"] };
  },

  "app/(staff)/escalations/actions.ts#resubmitEscalationAction": async (db, call) => {
    const e = await returnedEscalation(db);
    const as = e.moderator;
    const fields = { escalationId: e.escalationId, version: "2", rationale: `${RATIONALE} Listing kedua berisi bal 100 kg.` };
    return { as, run: () => call({ result: null, values: {} }, form(fields)), succeeded: okState, writes: ["escalation.resubmitted"] };
  },

  "app/(staff)/appeals/actions.ts#claimNextAppealAction": async (db, call) => {
    await pendingAppeal(db);
    const as = await person(db, "moderator");
    return { as, run: () => call(), succeeded: okResult, writes: ["appeal.claimed"] };
  },

  "app/(staff)/appeals/actions.ts#claimAppealAction": async (db, call) => {
    const { appealId } = await pendingAppeal(db);
    const as = await person(db, "moderator");
    return { as, run: () => call(appealId), succeeded: okResult, writes: ["appeal.claimed"] };
  },

  "app/(staff)/appeals/actions.ts#releaseAppealClaimAction": async (db, call) => {
    const { appealId } = await pendingAppeal(db);
    const as = await person(db, "moderator");
    await claimOrThrow(db, appealId, as);
    return { as, run: () => call(appealId), succeeded: okResult, writes: ["appeal.released"] };
  },

  "app/(staff)/appeals/actions.ts#decideAppealAction": async (db, call) => {
    const { appealId } = await pendingAppeal(db);
    const as = await person(db, "moderator");
    await claimOrThrow(db, appealId, as);
    return {
      as,
      run: () => call({ appealId, version: 1, outcome: "grant", reason: LONG_REASON }),
      succeeded: okResult,
      writes: ["appeal.granted", "decision.reversed", "listing.reinstated", "strikes.revoked"],
    };
  },
};

async function claimOrThrow(db: Db, appealId: string, reviewer: HarnessUser) {
  const claimed = await claimAppeal(db, { appealId, reviewer, now: new Date() });
  if (!claimed.ok) throw new Error(`claim refused: ${claimed.error}`);
}
