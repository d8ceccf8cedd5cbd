import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { Locale, Role } from "@/lib/moderation/constants";

export interface UserRowView {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  createdAt: Date;
  disabledAt: Date | null;
  shops: { sellerId: string; shopName: string; platformName: string }[];
}

function Status({ disabledAt }: { disabledAt: Date | null }) {
  const t = useTranslations("admin.users.table");
  const format = useFormatter();
  if (!disabledAt) return <span className="shrink-0 rounded bg-brand-50 px-2 py-0.5 text-sm font-medium text-brand-800">{t("active")}</span>;
  return <span className="shrink-0 rounded bg-red-50 px-2 py-0.5 text-sm font-medium text-red-800">{t("disabledSince", { date: format.dateTime(disabledAt, { dateStyle: "medium" }) })}</span>;
}

function Shops({ row }: { row: UserRowView }) {
  const t = useTranslations("admin.users.table");
  if (row.role !== "seller") return null;
  if (row.shops.length === 0) return <span className="text-slate-600">{t("noShops")}</span>;
  return (
    <ul>
      {row.shops.map((s) => (
        <li key={s.sellerId}>
          <bdi>{s.shopName}</bdi> <span className="text-slate-600">· {s.platformName}</span>
        </li>
      ))}
    </ul>
  );
}

export function UsersTable({ rows }: { rows: readonly UserRowView[] }) {
  const t = useTranslations("admin.users.table");
  const tc = useTranslations("common");
  const format = useFormatter();
  if (rows.length === 0) return <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-slate-600">{t("empty")}</p>;
  const created = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const nameLink = (row: UserRowView) => (
    <Link href={`/admin/users/${row.id}`} aria-label={t("manageNamed", { name: row.name })} className="min-w-0 font-semibold text-brand-800 underline underline-offset-2">
      {row.name}
    </Link>
  );
  return (
    <>
      {/* Phones: one card per user. */}
      <ul className="space-y-2 md:hidden" aria-label={t("caption")}>
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <div className="flex items-start justify-between gap-2">
              {nameLink(row)}
              <Status disabledAt={row.disabledAt} />
            </div>
            <p className="break-all text-slate-700">{row.email}</p>
            <p className="mt-1 text-slate-700">
              {tc(`roles.${row.role}`)} · {tc(`languageNames.${row.locale}`)} · {created(row.createdAt)}
            </p>
            {row.role === "seller" ? (
              <div className="mt-1">
                <Shops row={row} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">{t("name")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("role")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("language")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("created")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("status")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("shops")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((row) => (
              <tr key={row.id} className={row.disabledAt ? "bg-slate-50" : undefined}>
                <th scope="row" className="px-3 py-2 font-normal">
                  {nameLink(row)}
                  <span className="block text-slate-700">{row.email}</span>
                </th>
                <td className="px-3 py-2 whitespace-nowrap">{tc(`roles.${row.role}`)}</td>
                <td className="px-3 py-2">{tc(`languageNames.${row.locale}`)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{created(row.createdAt)}</td>
                <td className="px-3 py-2">
                  <Status disabledAt={row.disabledAt} />
                </td>
                <td className="px-3 py-2">
                  <Shops row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
