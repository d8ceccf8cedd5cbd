import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PlatformSettingsForm } from "@/components/admin/platform-settings-form-client";
import { getDb } from "@/db/client";
import { listPlatformSettings } from "@/db/queries/platform-settings";
import { requirePage } from "@/server/session";
import { updatePlatformSettingsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("platforms");
  return { title: t("title") };
}

export default async function AdminPlatformsPage() {
  await requirePage("admin:platforms");
  const t = await getTranslations("platforms");
  const { db } = await getDb();
  const platforms = await listPlatformSettings(db);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      <div className="grid gap-4 xl:grid-cols-2">
        {platforms.map((p) => (
          <PlatformSettingsForm key={p.id} platform={p} updatedAt={p.updatedAt} action={updatePlatformSettingsAction} />
        ))}
      </div>
    </div>
  );
}
