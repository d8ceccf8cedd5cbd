import { getFormatter, getTranslations } from "next-intl/server";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form-client";
import { RevokeApiKeyButton } from "@/components/api-keys/revoke-api-key-button-client";
import { getDb } from "@/db/client";
import { listApiKeys, listPlatforms } from "@/db/queries/api-keys";
import { RATE_LIMITS } from "@/server/rate-limit";
import { requirePage } from "@/server/session";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export default async function AdminApiKeysPage() {
  await requirePage("admin:api_keys");
  const t = await getTranslations("apiKeys");
  const format = await getFormatter();
  const { db } = await getDb();
  const [keys, platforms] = await Promise.all([listApiKeys(db), listPlatforms(db)]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          {t("intro", { perMinute: RATE_LIMITS.ingest.limit })}{" "}
          <a href="/api/v1/openapi.json" className="font-medium text-brand-700 underline">
            {t("docsLink")}
          </a>
        </p>
      </header>

      <section aria-labelledby="create-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="create-heading" className="mb-3 text-lg font-semibold">
          {t("create.heading")}
        </h2>
        <CreateApiKeyForm platforms={platforms} action={createApiKeyAction} />
      </section>

      <section aria-labelledby="keys-heading">
        <h2 id="keys-heading" className="mb-3 text-lg font-semibold">
          {t("table.heading")}
        </h2>
        {keys.length === 0 ? (
          <p className="text-slate-600">{t("table.empty")}</p>
        ) : (
          <>
          <ul className="space-y-3 sm:hidden">
            {keys.map((k) => (
              <li key={k.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
                <div className="flex items-start justify-between gap-2">
                  <p className="font-medium">{k.label}</p>
                  {k.revokedAt ? null : (
                    <span className="rounded bg-brand-50 px-2 py-0.5 font-medium text-brand-800">{t("table.active")}</span>
                  )}
                </div>
                <p className="mt-1 text-slate-700">
                  {k.platformName} · <span className="font-mono">{k.prefix}…</span>
                </p>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-slate-700">
                  <dt>{t("table.createdBy")}</dt>
                  <dd>
                    {k.createdByName}, {when(k.createdAt)}
                  </dd>
                  <dt>{t("table.lastUsed")}</dt>
                  <dd>{k.lastUsedAt ? when(k.lastUsedAt) : t("table.never")}</dd>
                  {k.revokedAt ? (
                    <>
                      <dt>{t("table.status")}</dt>
                      <dd>{t("table.revokedAt", { date: when(k.revokedAt) })}</dd>
                    </>
                  ) : null}
                </dl>
                {k.revokedAt ? null : (
                  <div className="mt-3">
                    <RevokeApiKeyButton id={k.id} label={k.label} action={revokeApiKeyAction} />
                  </div>
                )}
              </li>
            ))}
          </ul>
          <div className="relative hidden overflow-x-auto rounded-lg border border-slate-200 bg-white sm:block">
            <table className="min-w-full text-left text-sm">
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2 font-semibold">{t("table.label")}</th>
                  <th scope="col" className="px-3 py-2 font-semibold">{t("table.platform")}</th>
                  <th scope="col" className="px-3 py-2 font-semibold">{t("table.prefix")}</th>
                  <th scope="col" className="px-3 py-2 font-semibold">{t("table.createdBy")}</th>
                  <th scope="col" className="px-3 py-2 font-semibold">{t("table.lastUsed")}</th>
                  <th scope="col" className="px-3 py-2 font-semibold">{t("table.status")}</th>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    <span className="sr-only">{t("table.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {keys.map((k) => (
                  <tr key={k.id} className={k.revokedAt ? "text-slate-500" : undefined}>
                    <th scope="row" className="px-3 py-2 font-medium">{k.label}</th>
                    <td className="px-3 py-2">{k.platformName}</td>
                    <td className="px-3 py-2 font-mono whitespace-nowrap">{k.prefix}…</td>
                    <td className="px-3 py-2">
                      {k.createdByName}
                      <span className="block text-xs text-slate-600">{when(k.createdAt)}</span>
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">{k.lastUsedAt ? when(k.lastUsedAt) : t("table.never")}</td>
                    <td className="px-3 py-2">
                      {k.revokedAt ? (
                        <span>{t("table.revokedAt", { date: when(k.revokedAt) })}</span>
                      ) : (
                        <span className="rounded bg-brand-50 px-2 py-0.5 font-medium text-brand-800">{t("table.active")}</span>
                      )}
                    </td>
                    <td className="px-3 py-2">
                      {k.revokedAt ? null : <RevokeApiKeyButton id={k.id} label={k.label} action={revokeApiKeyAction} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          </>
        )}
      </section>
    </div>
  );
}
