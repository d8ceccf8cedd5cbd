import { getTranslations } from "next-intl/server";

/** A protected route whose feature issue has not filled it in yet. */
export async function Placeholder({ titleKey }: { titleKey: string }) {
  const t = await getTranslations("placeholders");
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t(`titles.${titleKey}`)}</h1>
      <p className="mt-2 text-slate-600">{t("pending")}</p>
    </div>
  );
}
