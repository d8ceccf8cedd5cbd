import { Placeholder } from "@/components/shell/placeholder";
import { requirePage } from "@/server/session";

export default async function AdminApikeysPage() {
  await requirePage("admin:api_keys");
  return <Placeholder titleKey="adminApiKeys" />;
}
