import { getTranslations } from "next-intl/server";

/**
 * What a page shows while the database is unreachable (rendered on the server, so it works
 * without JavaScript): a plain notice and a link that loads the same page again.
 */
export async function DatabaseOutage({ retryHref }: { retryHref: string }) {
  const t = await getTranslations("common");
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center" data-database-outage="">
      <h1 className="text-2xl font-semibold">{t("outageTitle")}</h1>
      <p role="alert" className="mt-3 text-slate-700">
        {t("outageBody")}
      </p>
      <a href={retryHref} className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        {t("tryAgain")}
      </a>
    </main>
  );
}
