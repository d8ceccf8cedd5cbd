// The case queries, split by concern: the queue, claim leases, decisions and the case page.
export * from "./queue";
export * from "./claims";
export * from "./decide";
export * from "./bulk-decide";
export * from "./case-detail";
export * from "./case-state";
export * from "./case-priority";
