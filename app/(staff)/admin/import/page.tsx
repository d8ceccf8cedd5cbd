import { getTranslations } from "next-intl/server";
import { ImportClient } from "@/components/import/import-client";
import { getDb } from "@/db/client";
import { listPlatforms } from "@/db/queries/api-keys";
import { CSV_COLUMNS } from "@/lib/validation/ingest-csv";
import { requirePage } from "@/server/session";
import { importFlagsChunkAction } from "./actions";

export default async function AdminImportPage() {
  await requirePage("import:flags");
  const t = await getTranslations("import");
  const { db } = await getDb();
  const platforms = await listPlatforms(db);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      </header>

      <section aria-labelledby="upload-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="upload-heading" className="mb-3 text-lg font-semibold">
          {t("upload")}
        </h2>
        <ImportClient platforms={platforms} importChunk={importFlagsChunkAction} />
      </section>

      <section aria-labelledby="columns-heading">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="columns-heading" className="text-lg font-semibold">
            {t("columns.heading")}
          </h2>
          <a
            href="/admin/import/template"
            download
            className="rounded-md border border-brand-700 px-4 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t("columns.template")}
          </a>
        </div>
        <p className="mb-3 max-w-3xl text-sm text-slate-700">
          {t("columns.rules", { platforms: platforms.map((p) => p.id).join(", ") })}
        </p>
        <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
          {CSV_COLUMNS.map((c) => (
            <div key={c.name} className="grid gap-1 px-3 py-2 sm:grid-cols-[13rem_7rem_1fr] sm:gap-3">
              <dt className="font-mono font-medium break-all">{c.name}</dt>
              <dd className={c.required ? "font-medium text-slate-900" : "text-slate-600"}>
                {c.required ? t("columns.requiredYes") : t("columns.optional")}
              </dd>
              <dd className="text-slate-700">{t(`columns.describe.${c.name}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
