import { Placeholder } from "@/components/shell/placeholder";
import { requirePage } from "@/server/session";

export default async function DashboardPage() {
  await requirePage("dashboard:view");
  return <Placeholder titleKey="dashboard" />;
}
