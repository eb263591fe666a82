// The public API of PairPac: `import { BranchStack, GatewayNode, DesktopNode, Placement } from "pairpac"`.
// This file only re-exports, and only what a user of the library needs: the stack, the constructs and their
// factories, their props and interfaces, the cloud-init element model, the policies and the error. Everything else
// (role content, serializers, limits, tables, cloud internals) is private to the package; tests import it from its
// module. test/public-surface.test.ts pins the runtime names (`node scripts/count-exports.mjs` lists them).

// Errors and the branch identity.
export { PairPacError } from "./errors";
export { BranchIdentity, type BranchIdentityJson, type BranchIdentityProps } from "./identity";
export { resolveBranches, type BranchChoice, type GitBranchReader } from "./settings/branch-source";

// The stack, one per branch, and its teardown.
export {
  BranchStack,
  type BranchCertificateSettings,
  type BranchDesktopSettings,
  type BranchGatewaySettings,
  type BranchStackProps,
} from "../stacks/branch-stack";
export { Teardown } from "../stacks/teardown";

// Machines and where they run.
export { GatewayNode, type GatewayCertificate, type GatewayNodeProps, type GatewayUser } from "../constructs/gateway-node";
export { DesktopNode, type DesktopGatewayInfo, type DesktopNodeProps } from "../constructs/desktop-node";
export { MachineDelivery, type DeliveryKey, type MachineDeliveryProps } from "../constructs/delivery/machine-delivery";
export { DeliveryBundle, type DeliveredFileOptions, type DeliveryRecord } from "../cloudinit/delivery/delivery-bundle";
export {
  Placement,
  type Architecture,
  type Cloud,
  type CloudFacts,
  type DataVolumeLimits,
  type DataVolumeSpec,
  type MachineContext,
  type MachineSpec,
  type PlacedMachine,
  type PublicPort,
  type UserDataSource,
  type AwsPlacement,
  type OciPlacement,
} from "../constructs/placement";
export type { MachineRecord, UserDataSizeRecord } from "../constructs/policies/policy-context";
export type { AwsPlacementProps } from "../constructs/aws/aws-placement";
export type { OciPlacementProps } from "../constructs/oci/oci-placement";
export { OciShape, type OciFlexShapeProps } from "../constructs/oci/oci-shape";
export { OciCompartment, type OciCompartmentProps } from "../constructs/oci/oci-compartment";

// DNS, certificate and state.
export { DnsZone, type OciZoneProps, type Rfc2136ZoneProps } from "../constructs/dns/dns-zone";
export { DnsParent, type OciParentProps, type Rfc2136ParentProps } from "../constructs/dns/dns-parent";
export { OciAcmeAuth, type OciAcmeApiKeyProps, type OciAcmeApiKeyVariablesProps } from "../constructs/dns/oci-acme-auth";
export type { Rfc2136ServerProps } from "../constructs/dns/rfc2136-server-props";
export type {
  AcmeDnsChallenge,
  AddressRecordSetData,
  BranchDnsZone,
  CaaRecord,
  CaaRecordSetData,
  CaaTag,
  GatewayRecordsOptions,
  MxRecord,
  MxRecordSetData,
  RecordOptions,
  RecordSetData,
  TxtRecordSetData,
} from "../constructs/dns/branch-dns-zone";
export { BranchCertificate, type BranchCertificateProps } from "../constructs/certificate/branch-certificate";
export { Backend, type HcpBackendProps, type LocalBackendProps, type S3BackendProps } from "../constructs/backend/backend";

// Policies checked at synth.
export { Policies, applyPolicies, type ApplyPoliciesOptions } from "../constructs/policies/policies";
export { PolicyAspect, type PolicyFinding, type SuppressedFinding } from "../constructs/policies/policy-aspect";
export { PolicyContext, type MachineEntry } from "../constructs/policies/policy-context";
export { PolicyRule, type PolicyLevel } from "../constructs/policies/policy-rule";
export { Imdsv2Required } from "../constructs/policies/rules/imdsv2-required";
export { NoRemoteDesktopPorts } from "../constructs/policies/rules/no-remote-desktop-ports";
export { OnlyDeclaredPorts } from "../constructs/policies/rules/only-declared-ports";
export { PersistentVolumeProtected } from "../constructs/policies/rules/persistent-volume-protected";
export { ProviderCredentialsFromEnvironment } from "../constructs/policies/rules/provider-credentials-from-environment";
export { SensitiveSecretOutputs } from "../constructs/policies/rules/sensitive-secret-outputs";
export { UserDataWithinBudget } from "../constructs/policies/rules/user-data-within-budget";

// The cloud-init element model (pure: no cdktf).
export { CloudConfig, type CloudConfigProps, type Contribution, type RenderOptions } from "../cloudinit/cloud-config";
export type { CloudInitElement, ElementTarget, UnitEntry, UserEntry, WriteFileEntry } from "../cloudinit/element";
export { Os, type OsFamily } from "../cloudinit/os";
export { AptSource, type AptSourceOptions } from "../cloudinit/elements/apt-source";
export { Command } from "../cloudinit/elements/command";
export { DataVolume, type DataVolumeFsType, type DataVolumeOptions } from "../cloudinit/elements/data-volume";
export { File, type FileEncoding, type FileOptions } from "../cloudinit/elements/file";
export { Group } from "../cloudinit/elements/group";
export { Hardening, type HardeningOptions } from "../cloudinit/elements/hardening";
export { Hostname, type HostnameOptions } from "../cloudinit/elements/hostname";
export { Locale } from "../cloudinit/elements/locale";
export { Packages } from "../cloudinit/elements/packages";
export { PowerState, type PowerStateOptions } from "../cloudinit/elements/power-state";
export { Script, type ScriptOptions, type ScriptRunAt } from "../cloudinit/elements/script";
export { SshHostKeys, type SshHostKeyPair, type SshHostKeysOptions } from "../cloudinit/elements/ssh-host-keys";
export { SwapFile, type SwapFileOptions } from "../cloudinit/elements/swap-file";
export { Sysctl } from "../cloudinit/elements/sysctl";
export {
  SystemdUnit,
  type EnvironmentFileRef,
  type MountOptions,
  type RawUnitOptions,
  type RestartPolicy,
  type ServiceOptions,
  type ServiceType,
  type TimerOptions,
  type UnitDependencies,
} from "../cloudinit/elements/systemd-unit";
export type { UnitSections, UnitValue } from "../cloudinit/serializers/systemd-unit";
export { Timezone } from "../cloudinit/elements/timezone";
export { User, type SystemUserOptions, type UserOptions } from "../cloudinit/elements/user";

// What a desktop offers.
export { Bundle } from "../cloudinit/desktop/bundle";
export { ScreenSize } from "../cloudinit/desktop/screen-size";
export type { DesktopMailProps } from "../cloudinit/desktop/desktop-role";
export type { DesktopRegistration } from "../cloudinit/gateway/desktop-registration";

// The clouds' user-data size limits (what checkBudget and the placements check a document against).
export { UserDataBudget, type BudgetMeasure } from "../cloudinit/user-data-budget";
