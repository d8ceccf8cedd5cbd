"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { PlatformFormState } from "@/components/admin/platform-form-state";
import { getDb } from "@/db/client";
import { getPlatformSettings, updatePlatformSettings } from "@/db/queries/platform-settings";
import { fail, ok } from "@/lib/validation/action-result";
import { platformSettingsSchema } from "@/lib/validation/ladder";
import { zodFieldErrors } from "@/lib/validation/zod-field-errors";
import { authorize } from "@/server/session";

/** Admin edit of one platform's ladder, windows and SLAs. */
export async function updatePlatformSettingsAction(_prev: PlatformFormState, form: FormData): Promise<PlatformFormState> {
  const auth = await authorize("admin:platforms");
  if (!auth.ok) return { result: fail(auth.error) };
  const t = await getTranslations("platforms");
  if (!(form instanceof FormData)) return { result: fail(t("errors.invalid")) };
  const points = form.getAll("stepPoints");
  const actions = form.getAll("stepAction");
  const durations = form.getAll("stepDuration");
  const parsed = platformSettingsSchema.safeParse({
    platformId: form.get("platformId") ?? "",
    ladder: {
      steps: points.map((p, i) => ({ points: p, action: actions[i], durationDays: durations[i] ?? "" })),
      warningMargin: form.get("warningMargin"),
      pointsExpireDays: form.get("pointsExpireDays"),
    },
    appealWindowDays: form.get("appealWindowDays"),
    secondAppealWindowDays: form.get("secondAppealWindowDays"),
    appealSlaHours: form.get("appealSlaHours"),
    caseSlaHours: form.get("caseSlaHours"),
  });
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(Object.entries(zodFieldErrors(parsed.error)).map(([k, code]) => [k, t(`errors.${code}`)]));
    return { result: fail(t("errors.invalid"), fieldErrors) };
  }
  try {
    const { db } = await getDb();
    const r = await updatePlatformSettings(db, parsed.data, { kind: "user", id: auth.user.id }, new Date());
    if (!r.ok) return { result: fail(t(`errors.${r.error}`)) };
    const platform = await getPlatformSettings(db, parsed.data.platformId);
    revalidatePath("/admin/platforms");
    return { result: ok({ message: t("saved", { platform: platform?.name ?? parsed.data.platformId }) }) };
  } catch (error) {
    console.error("platform settings update failed", error);
    const te = await getTranslations("errors");
    return { result: fail(te("unexpected")) };
  }
}
