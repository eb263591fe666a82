/**
 * Turns validated app settings into the props of a {@link BranchStack}: the embedded default and every
 * `PAIRPAC_*` setting end up here, so `stacks/main.ts` stays a thin runner.
 */
import { Bundle } from "../cloudinit/desktop/bundle";
import { ScreenSize } from "../cloudinit/desktop/screen-size";
import { Os } from "../cloudinit/os";
import { Backend } from "../constructs/backend";
import { DnsParent, DnsZone, OciAcmeAuth } from "../constructs/dns";
import { OciCompartment } from "../constructs/oci/oci-compartment";
import { OciShape } from "../constructs/oci/oci-shape";
import { Placement } from "../constructs/placement";
import { BranchIdentity } from "../src/identity";
import type { CloudName, PairPacSettings } from "../src/settings/settings";
import type { BranchStackProps } from "./branch-stack";
import { Teardown } from "./teardown";

/** Props for the stack of `branch`, plus its identity (whose stack name is the stack id). */
export function stackPropsFromSettings(branch: string, s: PairPacSettings): BranchStackProps & { identity: BranchIdentity } {
  const identity = BranchIdentity.of({ branch, parentDomain: s.parentDomain });
  const os = Os.fromId(s.os);
  const placement = (cloud: CloudName): Placement =>
    cloud === "aws"
      ? Placement.aws({ region: s.awsRegion, instanceType: s.awsInstanceType, os })
      : Placement.oci({
          region: s.ociRegion,
          parentCompartmentId: s.ociParentCompartmentId,
          homeRegion: s.ociHomeRegion,
          availabilityDomain: s.ociAvailabilityDomain,
          compartmentNamePrefix: s.ociCompartmentPrefix,
          shape: s.ociShape === "VM.Standard.A1.Flex" ? OciShape.a1Flex() : OciShape.E2_1_MICRO,
          os,
        });
  const rfc2136 = { server: s.dnsServer, port: s.dnsPort, keyName: s.dnsKeyName, keyAlgorithm: s.dnsKeyAlgorithm };
  const dns: BranchStackProps["dns"] =
    s.dns === "rfc2136"
      ? DnsZone.rfc2136(rfc2136)
      : (stack) =>
          DnsZone.oci({
            parent: DnsParent.rfc2136(rfc2136),
            region: s.ociRegion,
            compartmentId: OciCompartment.of(stack, { identity: stack.identity, parentCompartmentId: s.ociParentCompartmentId, homeRegion: s.ociHomeRegion, namePrefix: s.ociCompartmentPrefix }).compartmentIdFor(s.ociRegion),
            acmeAuth: OciAcmeAuth.apiKeyVariables({ region: s.ociRegion }),
          });
  const backend =
    s.backend === "hcp"
      ? Backend.hcp({ organization: s.hcpOrganization as string, ...(s.hcpProject ? { project: s.hcpProject } : {}) })
      : s.backend === "s3"
        ? Backend.s3({ bucket: s.s3Bucket as string, region: s.s3Region, keyPrefix: s.s3KeyPrefix })
        : Backend.local();
  return {
    identity,
    branch,
    parentDomain: s.parentDomain,
    dns,
    certificate: { emailAddress: s.acmeEmail, productionBranches: s.productionBranches },
    backend,
    gateway: { placement: placement(s.gatewayCloud), mail: s.mail },
    desktops: s.desktops.map((d) => ({
      placement: placement(d.cloud),
      bundles: s.bundles.map((b) => Bundle.fromId(b)),
      screen: ScreenSize.of(s.screen.width, s.screen.height, "PAIRPAC_SCREEN"),
    })),
    timezone: s.timezone,
    locale: s.locale,
    teardown: s.teardown === undefined ? undefined : s.teardown.data === "keep" ? Teardown.keepData() : Teardown.deleteData(s.teardown.stackNames),
  };
}
