import { Placeholder } from "@/components/shell/placeholder";
import { requirePage } from "@/server/session";

export default async function TransparencyPage() {
  await requirePage("dashboard:view");
  return <Placeholder titleKey="transparency" />;
}
