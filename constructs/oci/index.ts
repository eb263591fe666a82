export * from "./oci-compartment";
export * from "./oci-machine";
export * from "./oci-network";
export * from "./oci-placement";
export * from "./oci-providers";
export * from "./oci-shape";
