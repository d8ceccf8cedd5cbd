import { Placeholder } from "@/components/shell/placeholder";
import { requirePage } from "@/server/session";

export default async function SellerPage() {
  await requirePage("seller:portal");
  return <Placeholder titleKey="seller" />;
}
