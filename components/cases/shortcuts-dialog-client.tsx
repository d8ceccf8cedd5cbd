"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

export interface Shortcut {
  keys: string;
  label: string;
}

/** The "?" dialog listing every shortcut of the page. Esc closes it (native <dialog>). */
export function ShortcutsDialog({ open, onClose, shortcuts }: { open: boolean; onClose: () => void; shortcuts: Shortcut[] }) {
  const t = useTranslations("cases");
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="shortcuts-title"
      className="m-auto w-full max-w-md rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <div className="p-4">
        <h2 id="shortcuts-title" className="text-lg font-semibold">
          {t("shortcuts.title")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("shortcuts.hint")}</p>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
          {shortcuts.map((s) => (
            <div key={s.keys} className="contents">
              <dt>
                <kbd className="rounded border border-slate-300 bg-slate-100 px-1.5 py-0.5 font-mono text-xs">{s.keys}</kbd>
              </dt>
              <dd>{s.label}</dd>
            </div>
          ))}
        </dl>
        <div className="mt-4 text-right">
          <button type="button" onClick={onClose} className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100" autoFocus>
            {t("shortcuts.close")}
          </button>
        </div>
      </div>
    </dialog>
  );
}
