import { redirect } from "next/navigation";
import { HOME_BY_ROLE } from "@/lib/moderation";
import { DatabaseOutage } from "@/components/shell/database-outage";
import { currentUserOrOutage } from "@/server/database-outage";

export default async function HomePage() {
  const user = await currentUserOrOutage();
  if (user === "outage") return <DatabaseOutage retryHref="/" />;
  redirect(user ? HOME_BY_ROLE[user.role] : "/login");
}
