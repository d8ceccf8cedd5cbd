"use client";

import id from "@/messages/id/common.json";
import en from "@/messages/en/common.json";
import "./globals.css";

// Shown only when the root layout itself fails, so no translation provider is available: the
// notice is given in both languages, Indonesian first, from the same catalogs.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="id">
      <body className="min-h-screen font-sans antialiased">
        <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center">
          <h1 className="text-2xl font-semibold">{id.errorTitle}</h1>
          <p className="mt-3 text-slate-700">{id.errorBody}</p>
          <p className="mt-3 text-slate-700" lang="en">
            {en.errorBody}
          </p>
          <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
            {id.tryAgain} · <span lang="en">{en.tryAgain}</span>
          </button>
        </main>
      </body>
    </html>
  );
}
