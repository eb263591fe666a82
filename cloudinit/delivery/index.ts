export * from "./apply-command";
export * from "./delivery-bundle";
export * from "./provisioning";
export * from "./host-key";
export * from "./delivery-login";
