import { Placeholder } from "@/components/shell/placeholder";
import { requirePage } from "@/server/session";

export default async function AppealPage() {
  await requirePage("appeal:review");
  return <Placeholder titleKey="appeal" />;
}
