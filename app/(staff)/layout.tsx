import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { clientMessages } from "@/i18n/client-messages";
import { CLIENT_NAMESPACES } from "@/messages/namespaces";
import { AppHeader } from "@/components/shell/app-header";
import { DatabaseOutage } from "@/components/shell/database-outage";
import { currentUserOrOutage, outageRetryPath } from "@/server/database-outage";
import { signOutAction } from "../shell-actions";
import { switchLanguageAction } from "../language-actions";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await currentUserOrOutage();
  if (user === "outage") return <DatabaseOutage retryHref={await outageRetryPath()} />;
  if (!user) redirect("/login");
  return (
    <NextIntlClientProvider messages={await clientMessages(CLIENT_NAMESPACES.staff)}>
      <AppHeader user={user} signOutAction={signOutAction} switchLanguageAction={switchLanguageAction} />
      <main id="main" className="mx-auto max-w-screen-2xl px-4 py-4">
        {children}
      </main>
    </NextIntlClientProvider>
  );
}
