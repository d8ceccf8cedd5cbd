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

export default async function SellerLayout({ children }: { children: ReactNode }) {
  const user = await currentUserOrOutage();
  if (user === "outage") return <DatabaseOutage retryHref={await outageRetryPath()} />;
  if (!user) redirect("/login");
  return (
    <NextIntlClientProvider messages={await clientMessages(CLIENT_NAMESPACES.seller)}>
      <AppHeader user={user} signOutAction={signOutAction} switchLanguageAction={switchLanguageAction} />
      <main id="main" className="mx-auto max-w-3xl px-3 py-4">
        {children}
      </main>
    </NextIntlClientProvider>
  );
}
