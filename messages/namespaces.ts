// One catalog file per namespace and language: messages/<locale>/<namespace>.json.
// Add a namespace here when you add its files.
export const NAMESPACES = ["common", "auth", "nav", "errors", "placeholders", "seller", "appeals"] as const;
