import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form-client";
import { LanguageSwitch } from "@/components/shell/language-switch-client";
import { HOME_BY_ROLE } from "@/lib/moderation";
import { getCurrentUser } from "@/server/session";
import { safeCallbackPath } from "@/server/safe-redirect";
import { signInAction } from "./actions";
import { switchLanguageAction } from "../language-actions";
import { getLocale } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const safe = safeCallbackPath(callbackUrl);
  const user = await getCurrentUser();
  if (user) redirect(safe ?? HOME_BY_ROLE[user.role]);
  const t = await getTranslations("auth");
  const tc = await getTranslations("common");
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <div className="mb-6 flex items-center justify-between">
        <p className="text-2xl font-bold tracking-tight text-brand-800">{tc("appName")}</p>
        <LanguageSwitch current={await getLocale()} action={switchLanguageAction} />
      </div>
      <section className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        <LoginForm action={signInAction} callbackUrl={safe ?? ""} />
      </section>
      <p className="mt-4 text-xs text-slate-600">{t("demoHint")}</p>
    </main>
  );
}
