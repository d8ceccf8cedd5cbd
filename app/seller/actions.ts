"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { fileAppeal } from "@/db/queries/appeals";
import { respondToInfoRequest } from "@/db/queries/info-responses";
import { markSellerNotificationsRead } from "@/db/queries/seller-notifications";
import { appealFormSchema, fieldErrorKeys, infoResponseSchema } from "@/lib/validation/appeal";
import { fail, ok, type ActionResult } from "@/lib/validation/action-result";
import { readEvidence } from "@/server/evidence-upload";
import { authorize } from "@/server/session";

// Seller actions. Each checks the seller's permission first, then the input (zod, then the
// files by content), then lets the query decide inside one transaction. Another shop's id is
// answered exactly like an unknown one.

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : undefined;
};

async function translatedFieldErrors(error: z.ZodError): Promise<Record<string, string>> {
  const t = await getTranslations("appeals.errors");
  return Object.fromEntries(Object.entries(fieldErrorKeys(error)).map(([field, key]) => [field, t(key)]));
}

export async function fileAppealAction(form: FormData): Promise<ActionResult<{ appealId: string }>> {
  const auth = await authorize("seller:appeal");
  if (!auth.ok) return fail(auth.error);
  const tf = await getTranslations("appeals.form");
  const te = await getTranslations("appeals.errors");
  if (!(form instanceof FormData)) return fail((await getTranslations("errors"))("invalidInput"));
  const parsed = appealFormSchema.safeParse({
    subject: text(form, "subject"),
    subjectId: text(form, "subjectId"),
    explanation: text(form, "explanation") ?? "",
    references: text(form, "references") ?? "",
    declaration: text(form, "declaration") === "on",
  });
  const fieldErrors = parsed.success ? {} : await translatedFieldErrors(parsed.error);
  const evidence = await readEvidence(form);
  if (!evidence.ok) fieldErrors.files = evidence.message;
  if (!parsed.success || !evidence.ok) return fail(tf("fixErrors"), fieldErrors);

  const { db } = await getDb();
  const result = await fileAppeal(db, {
    userId: auth.user.id,
    subject: parsed.data.subject,
    subjectId: parsed.data.subjectId,
    explanation: parsed.data.explanation,
    references: parsed.data.references,
    files: evidence.files,
    now: new Date(),
  });
  if (!result.ok) return fail(te(`refused.${result.reason}`));
  revalidatePath("/seller", "layout");
  redirect(`/seller/appeals/${result.appealId}`);
}

export async function answerInfoRequestAction(form: FormData): Promise<ActionResult> {
  const auth = await authorize("seller:portal");
  if (!auth.ok) return fail(auth.error);
  if (!(form instanceof FormData)) return fail((await getTranslations("errors"))("invalidInput"));
  const parsed = infoResponseSchema.safeParse({ caseId: text(form, "caseId"), body: text(form, "body") ?? "" });
  const fieldErrors = parsed.success ? {} : await translatedFieldErrors(parsed.error);
  const evidence = await readEvidence(form);
  if (!evidence.ok) fieldErrors.files = evidence.message;
  if (!parsed.success || !evidence.ok) return fail((await getTranslations("appeals.form"))("fixErrors"), fieldErrors);

  const { db } = await getDb();
  const result = await respondToInfoRequest(db, {
    userId: auth.user.id,
    caseId: parsed.data.caseId,
    body: parsed.data.body,
    files: evidence.files,
    now: new Date(),
  });
  if (!result.ok) {
    const message = result.reason === "not_found" ? (await getTranslations("errors"))("notFound") : (await getTranslations("seller.info"))("notAwaiting");
    return fail(message);
  }
  revalidatePath(`/seller/cases/${parsed.data.caseId}`);
  revalidatePath("/seller");
  return ok(undefined);
}

const markReadSchema = z.union([z.literal("all"), z.array(z.uuid()).max(200)]);

export async function markNotificationsReadAction(ids: unknown): Promise<ActionResult<{ changed: number }>> {
  const auth = await authorize("seller:portal");
  if (!auth.ok) return fail(auth.error);
  const parsed = markReadSchema.safeParse(ids);
  if (!parsed.success) return fail((await getTranslations("errors"))("invalidInput"));
  const { db } = await getDb();
  const changed = await markSellerNotificationsRead(db, { userId: auth.user.id, ids: parsed.data, now: new Date() });
  if (changed === null) return fail((await getTranslations("errors"))("notFound"));
  return ok({ changed });
}
