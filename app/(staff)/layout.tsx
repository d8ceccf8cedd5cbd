import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { AppHeader } from "@/components/shell/app-header";
import { getCurrentUser } from "@/server/session";
import { signOutAction } from "../shell-actions";
import { switchLanguageAction } from "../language-actions";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return (
    <>
      <AppHeader user={user} signOutAction={signOutAction} switchLanguageAction={switchLanguageAction} />
      <main id="main" className="mx-auto max-w-screen-2xl px-4 py-4">
        {children}
      </main>
    </>
  );
}
