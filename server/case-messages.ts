import "server-only";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CLEAR_REASONS, POLICIES, POLICY_CODES, type DomainError, type Locale } from "@/lib/moderation";
import type { FieldError } from "@/lib/validation/decision";

/** A case DomainError in the reader's language (namespace `cases`, key errors.<code>). */
export async function caseErrorMessage(error: DomainError): Promise<string> {
  const t = await getTranslations("cases");
  if (error.code === "conflict") {
    const { kind, author, at, policy } = error.params;
    if (!kind) return t("errors.conflictUnknown");
    const format = await getFormatter();
    return t("errors.conflict", {
      author: String(author ?? ""),
      kind: t(`kinds.${String(kind)}`),
      detail: await policyOrReasonLabel(String(policy ?? "")).then((label) => (label ? `: ${label}` : "")),
      at: format.dateTime(new Date(String(at)), { dateStyle: "medium", timeStyle: "short" }),
    });
  }
  const known = [
    "forbidden",
    "resolved",
    "awaiting_seller",
    "claimed_by_other",
    "not_claimed",
    "not_awaiting",
    "deadline_not_passed",
    "deadline_required",
    "not_found",
    "bulk_mixed_sellers",
    "points_out_of_bounds",
  ];
  return known.includes(error.code) ? t(`errors.${error.code}`, error.params) : t("errors.unexpected");
}

/** Field errors of a decision form, translated. */
export async function decisionFieldMessages(fieldErrors: Record<string, FieldError>): Promise<Record<string, string>> {
  const t = await getTranslations("cases");
  const out: Record<string, string> = {};
  for (const [field, error] of Object.entries(fieldErrors)) out[field] = t(`fieldErrors.${error.key}`, error.params);
  return out;
}

async function policyOrReasonLabel(code: string): Promise<string> {
  if ((POLICY_CODES as readonly string[]).includes(code)) {
    const locale = (await getLocale()) as Locale;
    return POLICIES[code as keyof typeof POLICIES].title[locale];
  }
  if ((CLEAR_REASONS as readonly string[]).includes(code)) {
    const t = await getTranslations("cases");
    return t(`clearReasons.${code}`);
  }
  return "";
}
