// One catalog file per namespace and language: messages/<locale>/<namespace>.json.
// Add a namespace here when you add its files.
export const NAMESPACES = [
  "common",
  "auth",
  "nav",
  "errors",
  "queue",
  "cases",
  "apiKeys",
  "import",
  "escalations",
  "platforms",
  "dashboard",
  "transparency",
  "seller",
  "appeals",
  "admin",
  "audit",
] as const;

export type Namespace = (typeof NAMESPACES)[number];

/**
 * The namespaces sent to the browser, per layout. Server components read every catalog on the
 * server; only client components need messages in the page, and each catalog sent is parsed on
 * every page load (sellers are on phones). A client component's namespace must be listed for
 * every layout it renders under (components/client-namespaces.test.ts checks the directories).
 */
export const CLIENT_NAMESPACES = {
  /** Sign-in, home, error and not-found pages. */
  root: ["common", "auth"],
  /** Everything under app/(staff). */
  staff: ["common", "auth", "queue", "cases", "apiKeys", "import", "escalations", "platforms", "dashboard", "appeals", "admin", "audit"],
  /** The seller portal (app/seller). */
  seller: ["common", "seller", "appeals"],
} as const satisfies Record<string, readonly Namespace[]>;
