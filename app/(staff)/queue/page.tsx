import { Placeholder } from "@/components/shell/placeholder";
import { requirePage } from "@/server/session";

export default async function QueuePage() {
  await requirePage("queue:view");
  return <Placeholder titleKey="queue" />;
}
