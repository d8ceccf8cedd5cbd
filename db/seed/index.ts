// The deterministic demo seed: the same `now` gives the same rows and ids on every run. Everything
// is planned in memory first, then written in chunks; run it inside one transaction.
import { eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { hashPassword } from "@/lib/password";
import type { Db } from "../open";
import {
  accountActions,
  appeals,
  auditEvents,
  cases,
  decisions,
  escalations,
  evidenceFiles,
  flags,
  listings,
  notifications,
  platforms,
  sellerMembers,
  sellers,
  strikes,
  users,
} from "../schema";
import { endedNotices } from "./account-action-endings";
import { planPastAppeals } from "./appeal-history";
import { applyPastAppeals } from "./appeal-outcomes";
import { buildPendingWork } from "./appeals-and-escalation";
import { buildEscalationHistory, type EscalationReview } from "./escalation-history";
import { buildCases, finalizeCases, type CaseReversals } from "./flags-and-cases";
import { buildDecisionHistory, type DecisionHistory } from "./history";
import { buildListings } from "./listings";
import { buildPlatforms } from "./platforms";
import { DEMO_SEED, Random } from "./random";
import { buildSellers } from "./sellers";
import { ShopOwners } from "./shop-owners";
import { DEMO_PASSWORD, buildUsers } from "./users";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./users";

export interface SeedOptions {
  /** The moment the demo is "now"; every seeded time is relative to it. */
  now: Date;
}

export type SeedCounts = Record<string, number>;

const CHUNK = 250;

async function insertChunks<T extends PgTable>(db: Db, table: T, rows: readonly T["$inferInsert"][]): Promise<number> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.insert(table).values(rows.slice(i, i + CHUNK) as T["$inferInsert"][]);
  }
  return rows.length;
}

export async function seedDemo(db: Db, options: SeedOptions): Promise<SeedCounts> {
  const { now } = options;
  const rng = new Random(DEMO_SEED);
  // argon2 is slow on purpose: hash once, share the hash between the demo accounts.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const seedUsers = buildUsers(rng.fork("users"), now, passwordHash);
  const platformRows = buildPlatforms(now);
  const sellerPlans = buildSellers(rng.fork("sellers"), now);
  const listingPlans = buildListings(rng.fork("listings"), now, sellerPlans);
  const casePlans = buildCases(rng.fork("cases"), now, listingPlans, platformRows);
  const history = buildDecisionHistory(rng.fork("history"), now, casePlans, seedUsers, platformRows);
  const pending = buildPendingWork(rng.fork("pending"), now, listingPlans, casePlans, history.decisionByCase, seedUsers, platformRows);
  // The reviewed past: appeals decided, escalations approved or rejected, and what grants undid.
  const intents = planPastAppeals(rng.fork("past-appeals"), now, listingPlans, casePlans, history.decisions);
  const past = buildEscalationHistory(rng.fork("past-escalations"), now, listingPlans, casePlans, history, intents, seedUsers, platformRows);
  const owners = new ShopOwners(rng.fork("shop-owners"), passwordHash);
  const outcomes = applyPastAppeals(rng.fork("past-outcomes"), now, intents, {
    history,
    plans: casePlans,
    accountActions: past.accountActions,
    users: seedUsers,
    owners,
    platforms: platformRows,
  });
  const ended = endedNotices(rng.fork("ended"), now, past.accountActions, new Map([...outcomes.lifted].map(([id, l]) => [id, l.at])));
  const caseRows = finalizeCases(casePlans, platformRows, now, caseReversals(history, outcomes.reversedAt));

  const members = [
    ...sellerPlans.flatMap((s) => s.members.map((key) => ({ userId: seedUsers[key].id, sellerId: s.row.id, createdAt: s.row.joinedAt }))),
    ...owners.members,
  ];
  const flagRows = casePlans.flatMap((plan) => plan.flags.map((f) => ({ ...f, caseId: plan.id })));
  const notificationRows = [...history.notifications, ...pending.notifications, ...past.notifications, ...outcomes.notifications, ...ended.notifications].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  const auditRows = [...history.audit, ...pending.audit, ...past.audit, ...outcomes.audit, ...ended.audit].sort((a, b) => a.at.getTime() - b.at.getTime());
  auditRows.push({
    actorKind: "system",
    actorId: null,
    action: "seed.demo_loaded",
    subjectType: "database",
    subjectId: "demo",
    data: { seed: DEMO_SEED, sellers: sellerPlans.length, listings: listingPlans.length, cases: caseRows.length },
    at: now,
  });

  const counts: SeedCounts = {};
  counts.users = await insertChunks(db, users, [...Object.values(seedUsers), ...owners.users]);
  counts.platforms = await insertChunks(db, platforms, Object.values(platformRows));
  counts.sellers = await insertChunks(db, sellers, sellerPlans.map((s) => s.row));
  counts.seller_members = await insertChunks(db, sellerMembers, members);
  counts.listings = await insertChunks(db, listings, listingPlans.map((l) => l.row));
  counts.cases = await insertChunks(db, cases, caseRows);
  counts.flags = await insertChunks(db, flags, flagRows);
  counts.decisions = await insertChunks(db, decisions, history.decisions);
  counts.strikes = await insertChunks(db, strikes, history.strikes);
  // Escalations are written as proposed; their reviews follow once the seller's warnings exist.
  counts.escalations = await insertChunks(db, escalations, [...pending.escalations, ...past.escalations]);
  counts.appeals = await insertChunks(db, appeals, [...pending.appeals, ...outcomes.appeals]);
  counts.evidence_files = await insertChunks(db, evidenceFiles, [...pending.evidence, ...outcomes.evidence]);
  counts.notifications = await insertChunks(db, notifications, notificationRows);
  await applyPastReviews(db, past.reviews);
  counts.account_actions = await insertChunks(db, accountActions, past.accountActions.map((a) => a.row));
  // What granted appeals undid, as the app writes it (the platform feed triggers see the changes).
  for (const [decisionId, at] of outcomes.reversedAt) await db.update(decisions).set({ reversedAt: at }).where(eq(decisions.id, decisionId));
  for (const [id, lift] of outcomes.lifted) await db.update(accountActions).set({ liftedAt: lift.at, liftedReason: lift.reason }).where(eq(accountActions.id, id));
  counts.audit_events = await insertChunks(db, auditEvents, auditRows);
  // Case numbers were given explicitly; move the sequence past them for cases created later.
  await db.execute(sql`SELECT setval(pg_get_serial_sequence('cases', 'number'), (SELECT coalesce(max(number), 1) FROM cases))`);
  return counts;
}

/** Approvals and rejections, by UPDATE: the database checks the prior warning and four eyes here. */
async function applyPastReviews(db: Db, reviews: readonly EscalationReview[]): Promise<void> {
  for (const r of reviews) {
    await db
      .update(escalations)
      .set({ state: r.state, reviewerId: r.reviewerId, reviewedAt: r.reviewedAt, reviewReason: r.reviewReason, overrideReason: r.overrideReason, guardrails: r.guardrails, version: 2 })
      .where(eq(escalations.id, r.id));
  }
}

/** Per case: when its takedown was reversed, and when its points were revoked, by an appeal. */
function caseReversals(history: DecisionHistory, reversedAt: ReadonlyMap<string, Date>): CaseReversals {
  const out = new Map<string, { reversedAt: Date | null; revokedAt: Date | null }>();
  for (const strike of history.strikes) {
    if (!strike.revokedAt) continue;
    const decision = history.decisions.find((d) => d.id === strike.decisionId);
    if (decision) out.set(decision.caseId, { reversedAt: reversedAt.get(decision.id) ?? null, revokedAt: strike.revokedAt as Date });
  }
  return out;
}
