import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getCaseDetail } from "@/db/queries/case-detail";
import { can, draftFacts, findSignals, policyPointsTable } from "@/lib/moderation";
import { CaseHeader } from "@/components/cases/case-header";
import { CaseTimeline } from "@/components/cases/case-timeline";
import { DecisionForm } from "@/components/cases/decision-form-client";
import { DecisionsOnCase } from "@/components/cases/decisions-on-case";
import { FlagsList } from "@/components/cases/flags-list";
import { ListingPanel } from "@/components/cases/listing-panel";
import { SellerPanel } from "@/components/cases/seller-panel";
import { requirePage } from "@/server/session";
import { reviewNextAction } from "../../queue/actions";
import { decideAction } from "./actions";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JAKARTA_MS = 7 * 3_600_000;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations("cases");
  const { id } = await params;
  return { title: t("pageTitle", { id: id.slice(0, 8) }) };
}

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("case:view");
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const { db } = await getDb();
  const now = new Date();
  const detail = await getCaseDetail(db, id.toLowerCase(), now);
  if (!detail) notFound();

  const t = await getTranslations("cases");
  const sellerLocale = detail.seller.locale;
  const tSeller = await getTranslations({ locale: sellerLocale, namespace: "cases" });
  const importWords = findSignals(`${detail.listing.title}\n${detail.listing.description}`)
    .filter((m) => m.direction === "import")
    .map((m) => m.text);
  const facts = draftFacts(
    {
      title: detail.listing.title,
      priceIdr: detail.listing.priceIdr,
      stock: detail.listing.stock,
      signalWords: importWords,
      flagSources: detail.flags.map((f) => f.source),
    },
    sellerLocale,
  );
  const defaultDeadline = new Date(now.getTime() + 3 * 86_400_000 + JAKARTA_MS).toISOString().slice(0, 16);
  const heldByOther = detail.case.reviewer && detail.case.reviewer.id !== user.id ? detail.case.reviewer.name : null;

  return (
    <div className="space-y-2">
      <CaseHeader detail={detail} now={now} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-3 lg:h-[calc(100vh-8.75rem)] lg:grid-cols-[minmax(0,1fr)_20rem_26rem] lg:overflow-hidden">
        <div className="space-y-3 lg:overflow-y-auto lg:pr-1" tabIndex={-1}>
          <ListingPanel listing={detail.listing} platformName={detail.platform.name} />
          <FlagsList flags={detail.flags} />
          <CaseTimeline detail={detail} />
        </div>
        <aside className="lg:overflow-y-auto" aria-label={t("seller.panelLabel")}>
          <SellerPanel detail={detail} now={now} />
        </aside>
        <div className="space-y-3 lg:overflow-y-auto">
          {detail.decisions.length > 0 ? <DecisionsOnCase detail={detail} /> : null}
          <DecisionForm
            key={detail.case.id}
            caseId={detail.case.id}
            version={detail.case.version}
            open={detail.case.state === "open"}
            heldByOther={heldByOther}
            canDecide={can(user.role, "case:decide")}
            suggestedPolicy={detail.case.suggestedPolicy}
            policyPoints={policyPointsTable(detail.platform.ladder)}
            sellerLocale={sellerLocale}
            draftFacts={facts}
            draftInfoMessage={tSeller("form.infoTemplate")}
            defaultDeadline={defaultDeadline}
            flagSources={detail.case.flagSources}
            listing={{ title: detail.listing.title, url: detail.listing.url, externalId: detail.listing.externalId }}
            platform={{ name: detail.platform.name, ladder: detail.platform.ladder, appealWindowDays: detail.platform.appealWindowDays }}
            activePoints={detail.seller.activePoints}
            now={now}
            action={decideAction}
            reviewNextAction={reviewNextAction}
          />
        </div>
      </div>
    </div>
  );
}
