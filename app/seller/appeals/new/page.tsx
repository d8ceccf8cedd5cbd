import { Placeholder } from "@/components/shell/placeholder";
import { requirePage } from "@/server/session";

export default async function SellerAppealnewPage() {
  await requirePage("seller:appeal");
  return <Placeholder titleKey="sellerAppealNew" />;
}
