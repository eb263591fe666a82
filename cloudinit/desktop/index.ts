export * from "./bundle";
export * from "./desktop-local-ports";
export * from "./desktop-role";
export * from "./screen-size";
