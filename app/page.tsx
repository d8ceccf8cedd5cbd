import { redirect } from "next/navigation";
import { HOME_BY_ROLE } from "@/lib/moderation";
import { getCurrentUser } from "@/server/session";

export default async function HomePage() {
  const user = await getCurrentUser();
  redirect(user ? HOME_BY_ROLE[user.role] : "/login");
}
