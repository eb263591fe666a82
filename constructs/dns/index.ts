export * from "./branch-dns-zone";
export * from "./dns-parent";
export * from "./dns-zone";
export * from "./oci-acme-auth";
export * from "./rfc2136-server-props";
