export * from "./machine-delivery";
