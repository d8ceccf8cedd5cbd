import { readFileSync } from "node:fs";
import type { APIRequestContext, APIResponse } from "@playwright/test";

// The matrix specs' plumbing: route patterns made concrete, and server actions called the way a
// hostile client would (Next's wire format, straight to the action id) rather than through forms.

export const PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000";

export const concrete = (pattern: string, id = PLACEHOLDER_ID) =>
  pattern.replace(/\[\.\.\.[^\]]+\]/, "session").replace(/\[[^\]]+\]/g, id);

export interface ManifestEntry {
  filename: string;
  exportedName: string;
  workers: Record<string, unknown>;
}

/** Every server action of the build, by its id. */
export function serverActions(): [string, ManifestEntry][] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node);
}

export const actionName = (action: ManifestEntry) => `${action.filename}#${action.exportedName}`;

/** A page that renders the action (where a browser would post it). */
export function actionPagePath(action: ManifestEntry): string {
  const worker = Object.keys(action.workers)[0] ?? "app/page";
  return concrete(worker.replace(/^app/, "").replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "")) || "/";
}

export type ActionArgs = { json: unknown[] } | { form: Record<string, string> };

/** Calls the action "file#export" with arguments: JSON values, or one FormData (React's `$K` reference). */
export async function callAction(context: APIRequestContext, name: string, args: ActionArgs, origin: string): Promise<APIResponse> {
  const found = serverActions().find(([, a]) => actionName(a) === name);
  if (!found) throw new Error(`no server action ${name} in the build`);
  const [id, action] = found;
  const headers = { "next-action": id, origin };
  if ("json" in args) {
    return context.post(actionPagePath(action), {
      headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
      data: JSON.stringify(args.json),
      maxRedirects: 0,
    });
  }
  // As React's encodeReply writes it: the form's fields first, then the root "0" that points at
  // them (in this order: the server reads the fields it has when "0" arrives).
  const multipart = new FormData();
  for (const [key, value] of Object.entries(args.form)) multipart.append(`_1_${key}`, value);
  multipart.append("0", JSON.stringify(["$K1"]));
  return context.post(actionPagePath(action), { headers, multipart, maxRedirects: 0 });
}
