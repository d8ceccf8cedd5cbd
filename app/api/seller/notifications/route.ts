import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { countUnreadSellerNotifications, listSellerNotifications } from "@/db/queries/seller-notifications";
import { authorize } from "@/server/session";
import { answerDuringOutage } from "@/server/database-outage";

// Polled by the seller's inbox (React Query) so the unread count stays fresh without a reload.
export async function GET() {
  return answerDuringOutage(notifications);
}

async function notifications() {
  const auth = await authorize("seller:portal");
  if (!auth.ok) return NextResponse.json({ error: auth.error }, { status: auth.status });
  const { db } = await getDb();
  const [items, unread] = await Promise.all([
    listSellerNotifications(db, { userId: auth.user.id, limit: 30 }),
    countUnreadSellerNotifications(db, { userId: auth.user.id }),
  ]);
  return NextResponse.json({ unread, items }, { headers: { "Cache-Control": "private, no-store" } });
}
