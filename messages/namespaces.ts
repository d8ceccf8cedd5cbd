// One catalog file per namespace and language: messages/<locale>/<namespace>.json.
// Add a namespace here when you add its files.
export const NAMESPACES = [
  "common",
  "auth",
  "nav",
  "errors",
  "placeholders",
  "queue",
  "cases",
  "apiKeys",
  "import",
  "escalations",
  "platforms",
  "seller",
  "appeals",
  "admin",
  "audit",
  "dashboard",
  "transparency",
] as const;
