export * from "./constants";
export * from "./permissions";
export * from "./policies";
export * from "./ladder";
export * from "./account-actions";
export * from "./guardrails";
export * from "./escalation-lifecycle";
export * from "./account-action-statement";
