/**
 * The runtime names of the package entry point, pinned: a new export (or a lost one) fails here and is a decision,
 * not an accident. Type-only exports (props, interfaces) do not exist at run time and are not listed.
 * `npm run -s build && node scripts/count-exports.mjs` prints the same list from the built package.
 */
import * as api from "../src/index";

const PUBLIC_RUNTIME_NAMES = [
  "AptSource",
  "Backend",
  "BranchCertificate",
  "BranchIdentity",
  "BranchStack",
  "Bundle",
  "CloudConfig",
  "Command",
  "DataVolume",
  "DeliveryBundle",
  "DesktopNode",
  "DnsParent",
  "DnsZone",
  "File",
  "GatewayNode",
  "Group",
  "Hardening",
  "Hostname",
  "Imdsv2Required",
  "Locale",
  "MachineDelivery",
  "NoRemoteDesktopPorts",
  "OciAcmeAuth",
  "OciCompartment",
  "OciShape",
  "OnlyDeclaredPorts",
  "Os",
  "Packages",
  "PairPacError",
  "PersistentVolumeProtected",
  "Placement",
  "Policies",
  "PolicyAspect",
  "PolicyContext",
  "PolicyRule",
  "PowerState",
  "ProviderCredentialsFromEnvironment",
  "ScreenSize",
  "Script",
  "SensitiveSecretOutputs",
  "SshHostKeys",
  "SwapFile",
  "Sysctl",
  "SystemdUnit",
  "Teardown",
  "Timezone",
  "User",
  "UserDataBudget",
  "UserDataWithinBudget",
  "applyPolicies",
  "resolveBranches",
];

describe("public surface", () => {
  test("the entry point exports exactly the pinned runtime names", () => {
    expect(Object.keys(api).filter((name) => name !== "__esModule").sort()).toEqual([...PUBLIC_RUNTIME_NAMES].sort());
  });

  test("every runtime export is defined (no export of an undefined binding through a cycle)", () => {
    for (const name of PUBLIC_RUNTIME_NAMES) {
      expect([name, (api as Record<string, unknown>)[name]]).not.toEqual([name, undefined]);
    }
  });

  test("internals stay private", () => {
    for (const name of ["IMAGE_UIDS", "GATEWAY_PATHS", "NFT_TABLE", "LANDING_CSP", "AwsMachine", "AwsNetwork", "AwsProviders", "OciMachine", "OciNetwork", "OciProviders", "invalid", "renderGatewayRole", "splitTokens"]) {
      expect(Object.keys(api)).not.toContain(name);
    }
  });
});
