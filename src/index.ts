// The public API of PairPac: `import { BranchStack, GatewayNode, DesktopNode, Placement } from "pairpac"`.
// This file only re-exports.
export * from "./errors";
export * from "./identity";
export * from "./settings/settings";
export * from "./settings/branch-source";
export * from "../cloudinit";
export * from "../cloudinit/serializers";
export * from "../cloudinit/gateway";
export * from "../cloudinit/desktop";
export * from "../constructs/placement";
export * from "../constructs/aws";
export * from "../constructs/oci";
export * from "../constructs/dns";
export * from "../constructs/certificate";
export * from "../constructs/backend";
export * from "../constructs/gateway-node";
export * from "../constructs/desktop-node";
export * from "../constructs/delivery";
export * from "../constructs/policies";
export * from "../stacks/branch-stack";
export { Teardown } from "../stacks/teardown";
