// Seeded statements of reasons come from the same builder as the decision flow
// (lib/moderation/statement.ts), so seeded and real decisions have one shape.
import {
  buildStatement,
  caseReference,
  draftFacts,
  findSignals,
  type FlagSource,
  type PolicyCode,
  type StatementOfReasons,
} from "@/lib/moderation";

export interface SeedStatementInput {
  decisionId: string;
  caseNumber: number;
  decision: "warn" | "takedown";
  policy: PolicyCode;
  points: number;
  listing: { externalId: string; title: string; description: string; url: string; priceIdr: number; stock: number };
  platform: { name: string; appealWindowDays: number; pointsExpireDays: number };
  flagSources: readonly FlagSource[];
  decidedAt: Date;
}

/** A seeded statement, in Indonesian (every seeded seller reads Indonesian). */
export function seedStatement(input: SeedStatementInput): StatementOfReasons {
  const { listing } = input;
  const signalWords = findSignals(`${listing.title} ${listing.description}`)
    .filter((m) => m.direction === "import")
    .map((m) => m.text);
  return buildStatement({
    kind: input.decision,
    locale: "id",
    reference: caseReference(input.caseNumber, input.decisionId),
    policyCode: input.policy,
    facts: draftFacts({ title: listing.title, priceIdr: listing.priceIdr, stock: listing.stock, signalWords, flagSources: input.flagSources }, "id"),
    points: input.points,
    pointsExpireDays: input.platform.pointsExpireDays,
    flagSources: input.flagSources,
    listing: { title: listing.title, url: listing.url, externalId: listing.externalId, platformName: input.platform.name },
    appealWindowDays: input.platform.appealWindowDays,
    decidedAt: input.decidedAt,
  });
}
