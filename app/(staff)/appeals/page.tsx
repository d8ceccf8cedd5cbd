import { Placeholder } from "@/components/shell/placeholder";
import { requirePage } from "@/server/session";

export default async function AppealsPage() {
  await requirePage("appeal:review");
  return <Placeholder titleKey="appeals" />;
}
