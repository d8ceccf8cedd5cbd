import { Placeholder } from "@/components/shell/placeholder";
import { requirePage } from "@/server/session";

export default async function AdminPlatformsPage() {
  await requirePage("admin:platforms");
  return <Placeholder titleKey="adminPlatforms" />;
}
