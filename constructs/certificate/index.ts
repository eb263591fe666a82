export * from "./branch-certificate";
export * from "./certificate-sizes";
export * from "./lets-encrypt";
