import { Placeholder } from "@/components/shell/placeholder";
import { requirePage } from "@/server/session";

export default async function EscalationPage() {
  await requirePage("escalation:propose");
  return <Placeholder titleKey="escalation" />;
}
