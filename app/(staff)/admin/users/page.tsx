import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserFiltersForm } from "@/components/users/user-filters";
import { UsersTable } from "@/components/users/users-table";
import { getDb } from "@/db/client";
import { listUsers } from "@/db/queries/admin-users";
import { parseUserFilters, userSearch } from "@/lib/validation/user";
import { requirePage } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage("admin:users");
  const t = await getTranslations("admin.users");
  const filters = parseUserFilters(await searchParams);
  const { db } = await getDb();
  const { rows, nextAfter } = await listUsers(db, filters);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
        </div>
        <Link href="/admin/users/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("add")}
        </Link>
      </div>
      <UserFiltersForm filters={filters} />
      <UsersTable rows={rows} />
      {nextAfter || filters.after ? (
        <nav aria-label={t("table.caption")} className="flex flex-wrap gap-4 text-sm">
          {filters.after ? (
            <Link href={`/admin/users${userSearch({ ...filters, after: null })}`} className="font-medium text-brand-800 underline underline-offset-2">
              {t("table.first")}
            </Link>
          ) : null}
          {nextAfter ? (
            <Link href={`/admin/users${userSearch({ ...filters, after: nextAfter })}`} className="font-medium text-brand-800 underline underline-offset-2">
              {t("table.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
