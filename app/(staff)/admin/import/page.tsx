import { Placeholder } from "@/components/shell/placeholder";
import { requirePage } from "@/server/session";

export default async function AdminImportPage() {
  await requirePage("import:flags");
  return <Placeholder titleKey="adminImport" />;
}
