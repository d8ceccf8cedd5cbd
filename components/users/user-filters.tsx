import Link from "next/link";
import { useTranslations } from "next-intl";
import { ROLES } from "@/lib/moderation/constants";
import { USER_STATUSES, type UserFilters } from "@/lib/validation/user";

/** A plain GET form: the filters are the URL, so a view can be bookmarked and shared. */
export function UserFiltersForm({ filters }: { filters: UserFilters }) {
  const t = useTranslations("admin.users.filters");
  const tc = useTranslations("common");
  const field = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";
  return (
    <form method="get" action="/admin/users" aria-label={t("label")} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-[1fr_12rem_10rem_auto] sm:items-end">
      <div>
        <label htmlFor="filter-q" className="block text-sm font-medium">
          {t("search")}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("searchPlaceholder")} className={field} />
      </div>
      <div>
        <label htmlFor="filter-role" className="block text-sm font-medium">
          {t("role")}
        </label>
        <select id="filter-role" name="role" defaultValue={filters.role ?? ""} className={field}>
          <option value="">{t("allRoles")}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tc(`roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-status" className="block text-sm font-medium">
          {t("status")}
        </label>
        <select id="filter-status" name="status" defaultValue={filters.status} className={field}>
          {USER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        {filters.q || filters.role || filters.status !== "all" ? (
          <Link href="/admin/users" className="text-sm font-medium text-brand-800 underline underline-offset-2">
            {t("reset")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
