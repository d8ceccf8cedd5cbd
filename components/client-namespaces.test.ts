// Only the namespaces in CLIENT_NAMESPACES reach the browser (i18n/client-messages.ts). A
// component that calls useTranslations("x") under a layout whose list lacks "x" would show keys
// instead of words, so every call site is checked against the layouts its directory renders under.
// (Server components read the full catalog on the server; checking them too keeps this simple.)
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "@/messages/namespaces";

type Layout = keyof typeof CLIENT_NAMESPACES;
const ROOT = path.resolve(import.meta.dirname, "..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(entry) && !entry.endsWith(".test.ts") ? [full] : [];
  });
}

/** The layouts a file can render under, from where it lives. */
function layoutsOf(rel: string): Layout[] {
  if (rel.startsWith("app/seller/") || rel.startsWith("components/sellers/")) return ["seller"];
  if (rel.startsWith("components/appeals/")) return ["staff", "seller"];
  if (rel.startsWith("components/shell/") || rel.startsWith("components/ui/")) return ["root", "staff", "seller"];
  if (rel.startsWith("app/(staff)/")) return ["staff"];
  if (rel.startsWith("components/auth/") || rel.startsWith("app/")) return ["root"];
  return ["staff"];
}

describe("client message catalogs", () => {
  const uses = [...files(path.join(ROOT, "components")), ...files(path.join(ROOT, "app"))].flatMap((file) => {
    const rel = path.relative(ROOT, file).split(path.sep).join("/");
    return [...readFileSync(file, "utf8").matchAll(/useTranslations\(\s*["'`]([A-Za-z]+)/g)].map((m) => ({ rel, ns: m[1]! }));
  });

  it("finds the call sites", () => {
    expect(uses.length).toBeGreaterThan(20);
  });

  it("sends every namespace a component uses to the layouts it renders under", () => {
    const missing = uses.flatMap(({ rel, ns }) =>
      layoutsOf(rel)
        .filter((layout) => !(CLIENT_NAMESPACES[layout] as readonly string[]).includes(ns))
        .map((layout) => `${rel}: "${ns}" is not in CLIENT_NAMESPACES.${layout}`),
    );
    expect(missing).toEqual([]);
  });
});
