import { Placeholder } from "@/components/shell/placeholder";
import { requirePage } from "@/server/session";

export default async function AuditPage() {
  await requirePage("audit:view");
  return <Placeholder titleKey="audit" />;
}
