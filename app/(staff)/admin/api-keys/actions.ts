"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { createApiKey, listPlatforms, revokeApiKey } from "@/db/queries/api-keys";
import { generateApiKey } from "@/lib/api-keys";
import { fail, ok, type ActionResult } from "@/lib/validation/action-result";
import { createApiKeySchema } from "@/lib/validation/api-keys";
import { authorize } from "@/server/session";

export interface CreatedKey {
  key: string;
  prefix: string;
  label: string;
  platformName: string;
}

export async function createApiKeyAction(_prev: ActionResult<CreatedKey> | null, form: FormData): Promise<ActionResult<CreatedKey>> {
  const auth = await authorize("admin:api_keys");
  if (!auth.ok) return fail(auth.error);
  const t = await getTranslations("apiKeys");
  if (!(form instanceof FormData)) return fail(t("errors.invalid"));
  const parsed = createApiKeySchema.safeParse({ label: form.get("label"), platformId: form.get("platformId") });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= t(`errors.${issue.message}`);
    return fail(t("errors.invalid"), fieldErrors);
  }
  try {
    const { db } = await getDb();
    const platform = (await listPlatforms(db)).find((p) => p.id === parsed.data.platformId);
    if (!platform) return fail(t("errors.invalid"), { platformId: t("errors.platformRequired") });
    const generated = generateApiKey();
    await createApiKey(db, {
      platformId: platform.id,
      label: parsed.data.label,
      prefix: generated.prefix,
      hash: generated.hash,
      createdBy: auth.user.id,
      now: new Date(),
    });
    revalidatePath("/admin/api-keys");
    return ok({ key: generated.key, prefix: generated.prefix, label: parsed.data.label, platformName: platform.name });
  } catch (error) {
    console.error("createApiKeyAction failed", error);
    return fail((await getTranslations("errors"))("unexpected"));
  }
}

export async function revokeApiKeyAction(id: unknown): Promise<ActionResult<null>> {
  const auth = await authorize("admin:api_keys");
  if (!auth.ok) return fail(auth.error);
  const t = await getTranslations("apiKeys");
  const parsedId = z.uuid().safeParse(id);
  if (!parsedId.success) return fail(t("errors.notFound"));
  try {
    const { db } = await getDb();
    const revoked = await revokeApiKey(db, parsedId.data, { kind: "user", id: auth.user.id }, new Date());
    if (!revoked) return fail(t("errors.notFound"));
    revalidatePath("/admin/api-keys");
    return ok(null);
  } catch (error) {
    console.error("revokeApiKeyAction failed", error);
    return fail((await getTranslations("errors"))("unexpected"));
  }
}
