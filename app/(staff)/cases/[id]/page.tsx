import { Placeholder } from "@/components/shell/placeholder";
import { requirePage } from "@/server/session";

export default async function CasePage() {
  await requirePage("case:view");
  return <Placeholder titleKey="case" />;
}
