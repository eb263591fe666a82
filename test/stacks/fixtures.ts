import { join } from "node:path";
import { Testing } from "cdktf";
import { Bundle } from "../../cloudinit/desktop/bundle";
import { ScreenSize } from "../../cloudinit/desktop/screen-size";
import { Backend } from "../../constructs/backend";
import { DnsZone } from "../../constructs/dns";
import { OciShape } from "../../constructs/oci/oci-shape";
import { Placement } from "../../constructs/placement";
import { BranchIdentity } from "../../src/identity";
import { loadSettings } from "../../src/settings/settings";
import { BranchStack, type BranchStackProps } from "../../stacks/branch-stack";
import { stackPropsFromSettings } from "../../stacks/settings-to-props";

export const TENANCY = "ocid1.tenancy.oc1..aaaaaaaaexampletenancy0000000000000000000000000000000000000";

/** The embedded default's stack of branch main, as `npm run synth` builds it without settings. */
export function embeddedDefaultProps(): BranchStackProps {
  return stackPropsFromSettings("main", loadSettings({ env: {} }));
}

/** A stack across both clouds: the gateway on AWS, two desktops on OCI (A1.Flex) and one on AWS, HCP state. */
export function crossCloudProps(branch: string): BranchStackProps {
  const oci = Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY, shape: OciShape.a1Flex({ ocpus: 2, memoryInGbs: 12 }) });
  return {
    branch,
    parentDomain: "spaces.example.net",
    dns: DnsZone.rfc2136({ server: "ns1.example.net", keyName: "pairpac.", keyAlgorithm: "hmac-sha512" }),
    certificate: { emailAddress: "hostmaster@example.net", productionBranches: ["main"] },
    backend: Backend.hcp({ organization: "example-team", project: "pairpac" }),
    gateway: { placement: Placement.aws({ region: "eu-west-1" }), mail: true },
    desktops: [
      { placement: oci, bundles: [Bundle.OFFICE, Bundle.PODCASTS], screen: ScreenSize.FULL_HD },
      { placement: oci, bundles: [Bundle.DEVELOPMENT], homeVolumeGb: 50 },
      { placement: Placement.aws({ region: "eu-west-1" }) },
    ],
    timezone: "Europe/Berlin",
    locale: "de_DE.UTF-8",
  };
}

/** The synthesized JSON with the project folder (in the local backend's state path) replaced, for snapshots. */
export function portable(text: string): unknown {
  return JSON.parse(text.split(process.cwd()).join("<project>"));
}

/** Synthesizes the branch's stack in an app whose output folder is the one `npm run synth` uses. */
export function synth(props: BranchStackProps): string {
  // the app's output folder as `npm run synth` has it, so the local state path reads as it does there
  const app = Testing.app({ outdir: join(process.cwd(), "cdktf.out") });
  const stack = new BranchStack(app, BranchIdentity.of({ branch: props.branch, parentDomain: props.parentDomain }).stackName, props);
  return Testing.synth(stack, true);
}
