import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { adminOverview } from "@/db/queries/admin-users";
import { can, ROLES } from "@/lib/moderation";
import { requirePage } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.overview");
  return { title: t("title") };
}

const CARDS = [
  { key: "users", href: "/admin/users", permission: "admin:users" },
  { key: "apiKeys", href: "/admin/api-keys", permission: "admin:api_keys" },
  { key: "platforms", href: "/admin/platforms", permission: "admin:platforms" },
  { key: "import", href: "/admin/import", permission: "import:flags" },
  { key: "audit", href: "/audit", permission: "audit:view" },
] as const;

export default async function AdminPage() {
  const me = await requirePage("admin:users");
  const [t, tc] = await Promise.all([getTranslations("admin.overview"), getTranslations("common")]);
  const { db } = await getDb();
  const overview = await adminOverview(db);
  const activeTotal = Object.values(overview.activeByRole).reduce((a, b) => a + b, 0);
  const stat = "rounded-lg border border-slate-200 bg-white p-4";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
      </div>

      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading" className="sr-only">
          {t("statsHeading")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div className={`${stat} sm:col-span-2 lg:col-span-1`}>
            <dt className="text-sm text-slate-600">{t("activeUsers")}</dt>
            <dd className="text-3xl font-semibold tabular-nums">{activeTotal}</dd>
            <dd className="mt-2">
              <ul aria-label={t("byRole")} className="grid grid-cols-2 gap-x-3 text-sm text-slate-700">
                {ROLES.map((role) => (
                  <li key={role} className="flex justify-between gap-2">
                    <Link href={`/admin/users?role=${role}&status=active`} className="underline underline-offset-2 hover:text-brand-800">
                      {tc(`roles.${role}`)}
                    </Link>
                    <span className="tabular-nums">{overview.activeByRole[role] ?? 0}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
          <div className={stat}>
            <dt className="text-sm text-slate-600">{t("disabledUsers")}</dt>
            <dd className="text-3xl font-semibold tabular-nums">
              <Link href="/admin/users?status=disabled" className="underline underline-offset-4 hover:text-brand-800">
                {overview.disabled}
              </Link>
            </dd>
          </div>
          <div className={stat}>
            <dt className="text-sm text-slate-600">{t("activeApiKeys")}</dt>
            <dd className="text-3xl font-semibold tabular-nums">{overview.activeApiKeys}</dd>
          </div>
          <div className={stat}>
            <dt className="text-sm text-slate-600">{t("platforms")}</dt>
            <dd className="text-3xl font-semibold tabular-nums">{overview.platforms}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="sections-heading">
        <h2 id="sections-heading" className="mb-3 text-lg font-semibold">
          {t("sectionsHeading")}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {CARDS.filter((c) => can(me.role, c.permission)).map((card) => (
            <li key={card.key}>
              <Link
                href={card.href}
                className="block h-full rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600 hover:bg-brand-50"
              >
                <span className="block font-semibold text-brand-800 underline underline-offset-2">{t(`cards.${card.key}.title`)}</span>
                <span className="mt-1 block text-sm text-slate-700">{t(`cards.${card.key}.body`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
