import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/users/create-user-form-client";
import { getDb } from "@/db/client";
import { listPlatforms } from "@/db/queries/api-keys";
import { requirePage } from "@/server/session";
import { createUserAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.create");
  return { title: t("title") };
}

export default async function NewUserPage() {
  await requirePage("admin:users");
  const t = await getTranslations("admin.create");
  const { db } = await getDb();
  const platforms = await listPlatforms(db);
  return (
    <div className="space-y-4">
      <Link href="/admin/users" className="text-sm font-medium text-brand-800 underline underline-offset-2">
        ← {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <CreateUserForm platforms={platforms} action={createUserAction} />
      </section>
    </div>
  );
}
