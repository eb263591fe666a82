export * from "./branch-identity";
