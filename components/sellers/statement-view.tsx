import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale, PolicyCode } from "@/lib/moderation/constants";
import { POLICIES } from "@/lib/moderation/policies";
import { readStatement } from "./statement-fields";

// The statement of reasons in plain language, in the reader's language: what was decided, what
// was found, the rule and the law, whether automation was involved, and what the seller can do.
// The findings (facts) stay in the language the moderator wrote them in, and say so.

export interface StatementDecision {
  kind: "clear" | "request_info" | "warn" | "takedown";
  clearReason: string | null;
  policyCode: string | null;
  points: number;
  sellerMessage: string | null;
  statement: Record<string, unknown> | null;
  statementLocale: Locale | null;
  appealDeadline: Date | null;
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-slate-200 pt-3">
      <h3 className="text-sm font-semibold tracking-wide text-slate-600 uppercase">{title}</h3>
      <div className="mt-1 space-y-1 text-base leading-relaxed break-words">{children}</div>
    </div>
  );
}

export async function StatementView({ decision, appealOpen }: { decision: StatementDecision; appealOpen: boolean }) {
  const t = await getTranslations("seller.statement");
  const tc = await getTranslations("common");
  const locale = (await getLocale()) as Locale;
  const format = await getFormatter();
  const fields = readStatement(decision.statement);
  const policy = decision.policyCode && decision.policyCode in POLICIES ? POLICIES[decision.policyCode as PolicyCode] : null;
  const writtenIn = fields.locale ?? decision.statementLocale;
  const deadline = decision.appealDeadline ? format.dateTime(decision.appealDeadline, { day: "numeric", month: "long", year: "numeric" }) : null;
  const clearKey = decision.clearReason && ["cleared_local_preloved", "cleared_personal_item", "cleared_jastip", "cleared_new_goods", "cleared_insufficient_evidence"].includes(decision.clearReason) ? decision.clearReason : null;
  return (
    <section aria-labelledby="statement-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="statement-heading" className="text-lg font-semibold">{t("heading")}</h2>
      <Section title={t("what")}>
        <p>{t(`summary.${decision.kind}`, { points: decision.points })}</p>
        {clearKey ? <p>{t(`clearReason.${clearKey}`)}</p> : null}
      </Section>
      {fields.facts || decision.sellerMessage ? (
        <Section title={t("why")}>
          {fields.facts ? <p className="whitespace-pre-line">{fields.facts}</p> : null}
          {decision.sellerMessage ? <p className="whitespace-pre-line">{decision.sellerMessage}</p> : null}
          {writtenIn && writtenIn !== locale ? <p className="text-sm text-slate-600">{t("writtenIn", { language: tc(`languageNames.${writtenIn}`) })}</p> : null}
        </Section>
      ) : null}
      {policy ? (
        <>
          <Section title={t("rule")}>
            <p className="font-medium">{policy.title[locale]}</p>
          </Section>
          <Section title={t("meaning")}>
            <p>{policy.explanation[locale]}</p>
          </Section>
          <Section title={t("law")}>
            <p className="text-sm">{policy.legalGround[locale]}</p>
          </Section>
        </>
      ) : null}
      {fields.automatedDetection !== null || fields.sourceType ? (
        <Section title={t("automation")}>
          {fields.automatedDetection !== null ? <p>{fields.automatedDetection ? t("automatedYes") : t("automatedNo")}</p> : null}
          {fields.sourceType ? <p>{t(`source.${fields.sourceType}`)}</p> : null}
        </Section>
      ) : null}
      {decision.kind === "warn" || decision.kind === "takedown" ? (
        <Section title={t("canDo")}>
          {decision.kind === "warn" ? <p>{t("canDoFix")}</p> : null}
          {appealOpen && deadline ? <p>{t("canDoAppeal", { date: deadline })}</p> : null}
        </Section>
      ) : null}
      {fields.reference ? <p className="border-t border-slate-200 pt-3 text-sm text-slate-600">{t("reference", { reference: fields.reference })}</p> : null}
    </section>
  );
}
