import Image from "next/image";
import { getFormatter, getTranslations } from "next-intl/server";
import { isImageEvidence } from "@/lib/moderation/evidence";

export interface EvidenceItem {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

/** Evidence files: photos shown inline, PDFs as download links. Served by /api/evidence/[id] only to staff and the owning seller. */
export async function EvidenceList({ files, emptyText, large = false }: { files: EvidenceItem[]; emptyText: string; large?: boolean }) {
  const t = await getTranslations("appeals.evidence");
  const format = await getFormatter();
  if (files.length === 0) return <p className="text-sm text-slate-600">{emptyText}</p>;
  const size = (bytes: number) => t("size", { size: format.number(Math.max(1, Math.round(bytes / 1024))) });
  const images = files.filter((f) => isImageEvidence(f.mimeType));
  const others = files.filter((f) => !isImageEvidence(f.mimeType));
  const px = large ? 320 : 160;
  return (
    <div className="space-y-3">
      {images.length > 0 ? (
        <ul className="flex flex-wrap gap-3">
          {images.map((f) => (
            <li key={f.id} className="max-w-full">
              <a href={`/api/evidence/${f.id}`} target="_blank" rel="noopener" className="block">
                <Image
                  src={`/api/evidence/${f.id}`}
                  alt={t("image", { name: f.fileName })}
                  width={px}
                  height={px}
                  unoptimized
                  className="max-w-full rounded-md border border-slate-300 bg-slate-100 object-contain"
                  style={{ width: px, height: px }}
                />
                <span className="mt-1 block max-w-[10rem] truncate text-xs text-slate-700"><bdi>{f.fileName}</bdi> · {size(f.sizeBytes)}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {others.length > 0 ? (
        <ul className="space-y-1">
          {others.map((f) => (
            <li key={f.id}>
              <a href={`/api/evidence/${f.id}`} download={f.fileName} className="inline-flex min-h-11 items-center gap-2 font-semibold text-brand-700 underline break-all">
                <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4 flex-none fill-current">
                  <path d="M3 1h6l4 4v10H3V1zm6 1v3h3L9 2zM5 8h6v1H5V8zm0 2h6v1H5v-1zm0 2h4v1H5v-1z" />
                </svg>
                {t("download", { name: f.fileName })} ({size(f.sizeBytes)})
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
