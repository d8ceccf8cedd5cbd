export * from "./constants";
export * from "./permissions";
export * from "./policies";
export * from "./ladder";
export * from "./signals";
export * from "./priority";
