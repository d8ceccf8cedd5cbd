import { useTranslations } from "next-intl";
import { segmentBySignals } from "@/lib/moderation";

/**
 * Text with signal words as <mark> elements: toward import in amber with "↑", toward local/legal
 * in green with "↓". The direction is also spelled out for screen readers, not given by colour alone.
 */
export function HighlightedText({ text }: { text: string }) {
  const t = useTranslations("cases");
  return (
    <>
      {segmentBySignals(text).map((segment, i) =>
        segment.signal ? (
          <mark key={i} data-direction={segment.signal.direction} className={markClass(segment.signal.direction)}>
            {segment.text}
            <span aria-hidden className="ml-px align-super text-[0.65em] font-bold">
              {segment.signal.direction === "import" ? "↑" : "↓"}
            </span>
            <span className="sr-only"> ({t(`signals.${segment.signal.direction}`)})</span>
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}

export function markClass(direction: "import" | "legal"): string {
  return direction === "import"
    ? "rounded-sm bg-amber-200 px-0.5 text-amber-950 underline decoration-amber-700 decoration-2 underline-offset-2"
    : "rounded-sm bg-emerald-100 px-0.5 text-emerald-950 underline decoration-emerald-700 decoration-dotted decoration-2 underline-offset-2";
}

export function SignalLegend() {
  const t = useTranslations("cases");
  return (
    <div className="flex flex-wrap items-center gap-3 text-xs text-slate-700" aria-label={t("signals.legendLabel")} role="note">
      <span>
        <mark className={markClass("import")}>
          {t("signals.sample")}
          <span aria-hidden className="ml-px align-super text-[0.65em] font-bold">↑</span>
        </mark>{" "}
        {t("signals.importLegend")}
      </span>
      <span>
        <mark className={markClass("legal")}>
          {t("signals.sample")}
          <span aria-hidden className="ml-px align-super text-[0.65em] font-bold">↓</span>
        </mark>{" "}
        {t("signals.legalLegend")}
      </span>
      <span className="text-slate-600">{t("signals.notAVerdict")}</span>
    </div>
  );
}
