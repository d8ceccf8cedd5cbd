import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Role } from "@/lib/moderation";
import { LanguageSwitch } from "./language-switch-client";
import { navItemsFor } from "./nav-items";
import { NavLinks } from "./nav-links-client";

export interface HeaderUser {
  name: string;
  role: Role;
}

export async function AppHeader({
  user,
  signOutAction,
  switchLanguageAction,
}: {
  user: HeaderUser;
  signOutAction: () => Promise<void>;
  switchLanguageAction: (form: FormData) => Promise<void>;
}) {
  const t = await getTranslations("nav");
  const tc = await getTranslations("common");
  const items = navItemsFor(user.role);
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {tc("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-800">
          {tc("appName")}
        </Link>
        <NavLinks label={t("label")} menuLabel={t("menu")} items={items.map((item) => ({ href: item.href, label: t(item.labelKey) }))} />
        <div className="flex items-center gap-3 text-sm">
          <span className="hidden text-slate-600 sm:inline">
            {tc("signedInAs", { name: user.name })} · {tc(`roles.${user.role}`)}
          </span>
          <LanguageSwitch current={await getLocale()} action={switchLanguageAction} />
          <form action={signOutAction}>
            <button type="submit" className="rounded border border-slate-300 px-2 py-1 text-slate-700 hover:bg-slate-100">
              {tc("signOut")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
