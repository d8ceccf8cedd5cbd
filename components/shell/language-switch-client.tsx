"use client";

import { useTranslations } from "next-intl";
import { LOCALES, type Locale } from "@/lib/moderation";

export function LanguageSwitch({ current, action }: { current: string; action: (form: FormData) => Promise<void> }) {
  const t = useTranslations("common");
  return (
    <form action={action} className="flex items-center gap-1" aria-label={t("switchLanguage")}>
      {LOCALES.map((locale: Locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={current === locale}
          title={t(`languageNames.${locale}`)}
          className={`rounded px-2 py-1 text-xs font-semibold uppercase ${
            current === locale ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-200"
          }`}
        >
          {locale}
        </button>
      ))}
    </form>
  );
}
