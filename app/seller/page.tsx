import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { notifyEndedAccountActions } from "@/db/queries/account-actions";
import { sellerIdsOfUser } from "@/db/queries/users";
import { countUnreadSellerNotifications, listSellerNotifications } from "@/db/queries/seller-notifications";
import { listOpenInfoRequests, listSellerAppeals, listSellerDecisions, listSellerShops } from "@/db/queries/seller-portal";
import { InboxClient } from "@/components/sellers/inbox-client";
import { AppealList, DecisionList, InfoRequestList } from "@/components/sellers/portal-lists";
import { ShopCard } from "@/components/sellers/shop-card";
import { requirePage } from "@/server/session";
import { markNotificationsReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seller"))("title") };
}

export default async function SellerPage() {
  const user = await requirePage("seller:portal");
  const t = await getTranslations("seller");
  const { db } = await getDb();
  const now = new Date();
  const scope = { userId: user.id };
  // Ended restrictions and suspensions are announced lazily, once each, when the seller looks.
  await notifyEndedAccountActions(db, now, await sellerIdsOfUser(db, user.id));
  const [shops, requests, decisions, appeals, notifications, unread] = await Promise.all([
    listSellerShops(db, { ...scope, now }),
    listOpenInfoRequests(db, scope),
    listSellerDecisions(db, { ...scope, limit: 10 }),
    listSellerAppeals(db, { ...scope, limit: 10 }),
    listSellerNotifications(db, { ...scope, limit: 30 }),
    countUnreadSellerNotifications(db, scope),
  ]);
  const inbox = {
    unread,
    items: notifications.map((n) => ({ ...n, readAt: n.readAt?.toISOString() ?? null, createdAt: n.createdAt.toISOString() })),
  };
  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("intro")}</p>
      </header>
      <section aria-labelledby="shops-heading" className="space-y-3">
        <h2 id="shops-heading" className="sr-only">{t("shops.heading")}</h2>
        {shops.length === 0 ? <p className="text-slate-600">{t("shops.none")}</p> : null}
        {shops.map((shop) => (
          <ShopCard key={shop.id} shop={shop} now={now} />
        ))}
      </section>
      <InfoRequestList requests={requests} now={now} />
      <InboxClient initial={inbox} markRead={markNotificationsReadAction} />
      <DecisionList decisions={decisions} now={now} />
      <AppealList appeals={appeals} />
    </div>
  );
}
