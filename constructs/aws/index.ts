export * from "./aws-machine";
export * from "./aws-network";
export * from "./aws-placement";
export * from "./aws-providers";
