import { Placeholder } from "@/components/shell/placeholder";
import { requirePage } from "@/server/session";

export default async function AdminPage() {
  await requirePage("admin:users");
  return <Placeholder titleKey="admin" />;
}
