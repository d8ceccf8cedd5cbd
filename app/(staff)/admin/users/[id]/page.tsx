import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AuditEvents } from "@/components/audit/audit-events";
import { linkableSubjectsFor } from "@/components/audit/linkable";
import { AccessForm, RoleForm } from "@/components/users/user-account-forms-client";
import { LinkShopForm, ResetPasswordForm } from "@/components/users/user-credentials-forms-client";
import { getDb } from "@/db/client";
import { getAdminUser } from "@/db/queries/admin-users";
import { listPlatforms } from "@/db/queries/api-keys";
import { listAuditEvents } from "@/db/queries/audit";
import { auditSearch, EMPTY_AUDIT_FILTERS } from "@/lib/validation/audit";
import { isUuid } from "@/lib/validation/user";
import { requirePage } from "@/server/session";
import { changeUserRoleAction, linkUserShopAction, resetUserPasswordAction, setUserDisabledAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

const HISTORY_SIZE = 10;

export default async function AdminUserPage({ params, searchParams }: Props) {
  const me = await requirePage("admin:users");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const { db } = await getDb();
  const user = await getAdminUser(db, id.toLowerCase());
  if (!user) notFound();
  const [t, tc, format, platforms, history, query] = await Promise.all([
    getTranslations("admin"),
    getTranslations("common"),
    getFormatter(),
    user.role === "seller" ? listPlatforms(db) : Promise.resolve([]),
    listAuditEvents(db, { ...EMPTY_AUDIT_FILTERS, subjectType: "user", subjectId: user.id }, HISTORY_SIZE),
    searchParams,
  ]);
  const self = user.id === me.id;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const section = "rounded-lg border border-slate-200 bg-white p-4";
  const heading = "mb-2 text-lg font-semibold";
  return (
    <div className="space-y-4">
      <Link href="/admin/users" className="text-sm font-medium text-brand-800 underline underline-offset-2">
        ← {t("detail.back")}
      </Link>
      {query.created === "1" ? (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900">
          {t("detail.created")}
        </p>
      ) : null}
      <div>
        <h1 className="text-2xl font-semibold break-words">{user.name}</h1>
        <p className="break-all text-slate-700">{user.email}</p>
        {self ? <p className="text-sm text-slate-600">{t("detail.you")}</p> : null}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="facts-heading" className={section}>
          <h2 id="facts-heading" className={heading}>
            {t("detail.facts")}
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("users.table.role")}</dt>
            <dd>{tc(`roles.${user.role}`)}</dd>
            <dt className="text-slate-600">{t("users.table.language")}</dt>
            <dd>{tc(`languageNames.${user.locale}`)}</dd>
            <dt className="text-slate-600">{t("users.table.created")}</dt>
            <dd>{date(user.createdAt)}</dd>
            <dt className="text-slate-600">{t("detail.status")}</dt>
            <dd>{user.disabledAt ? t("users.table.disabledSince", { date: date(user.disabledAt) }) : t("users.table.active")}</dd>
            <dt className="text-slate-600">ID</dt>
            <dd className="font-mono text-xs break-all">{user.id}</dd>
          </dl>
        </section>
        <section aria-labelledby="role-heading" className={section}>
          <h2 id="role-heading" className={heading}>
            {t("detail.roleHeading")}
          </h2>
          <RoleForm userId={user.id} role={user.role} self={self} action={changeUserRoleAction} />
        </section>
        <section aria-labelledby="access-heading" className={section}>
          <h2 id="access-heading" className={heading}>
            {t("detail.accessHeading")}
          </h2>
          <AccessForm userId={user.id} name={user.name} disabledSince={user.disabledAt ? date(user.disabledAt) : null} self={self} action={setUserDisabledAction} />
        </section>
        <section aria-labelledby="password-heading" className={section}>
          <h2 id="password-heading" className={heading}>
            {t("detail.passwordHeading")}
          </h2>
          <p className="mb-3 text-sm text-slate-700">{t("detail.passwordHelp")}</p>
          <ResetPasswordForm userId={user.id} action={resetUserPasswordAction} />
        </section>
        {user.role === "seller" ? (
          <section aria-labelledby="shops-heading" className={`${section} lg:col-span-2`}>
            <h2 id="shops-heading" className={heading}>
              {t("detail.shopsHeading")}
            </h2>
            {user.shops.length === 0 ? (
              <p className="text-sm text-slate-600">{t("detail.shopsEmpty")}</p>
            ) : (
              <ul className="mb-3 list-disc pl-5 text-sm">
                {user.shops.map((s) => (
                  <li key={s.sellerId}>
                    <bdi>{s.shopName}</bdi> <span className="text-slate-600">· {s.platformName}</span>
                  </li>
                ))}
              </ul>
            )}
            <LinkShopForm userId={user.id} platforms={platforms} action={linkUserShopAction} />
          </section>
        ) : null}
      </div>
      <section aria-labelledby="history-heading" className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="history-heading" className="text-lg font-semibold">
            {t("detail.historyHeading")}
          </h2>
          <Link href={`/audit${auditSearch({ subjectType: "user", subjectId: user.id })}`} className="text-sm font-medium text-brand-800 underline underline-offset-2">
            {t("detail.historyAll")}
          </Link>
        </div>
        <AuditEvents events={history.rows} linkable={linkableSubjectsFor(me.role)} caption={t("detail.historyHeading")} empty={t("detail.historyEmpty")} />
      </section>
    </div>
  );
}
