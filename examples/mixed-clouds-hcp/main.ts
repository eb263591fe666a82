/**
 * Example (b): the gateway on AWS, two desktops on Oracle Cloud's Always Free tier, state in HCP Terraform.
 *
 * Per branch it creates the gateway on a t3.micro in eu-central-1 (VPC, Elastic IP, data volume), the branch's
 * compartment under your tenancy with a VCN and two VM.Standard.E2.1.Micro desktops (reserved public IPs, a 50 GB
 * home volume each), an OCI DNS zone for the branch delegated from your RFC 2136 parent zone, and the certificate.
 * Every branch has its own HCP Terraform workspace (named by `BranchIdentity.workspaceName`) in the project
 * "pairpac" of the organization "my-club"; log in with `terraform login` first.
 *
 *   npx cdktf synth
 *   npx cdktf deploy main
 */
import { App } from "cdktf";
import {
  Backend, BranchIdentity, BranchStack, DnsParent, DnsZone, OciCompartment, OciShape, Placement, resolveBranches,
} from "pairpac";

const parentDomain = "spaces.example.net";
const tenancy = "ocid1.tenancy.oc1..aaaaaaaaexampletenancyforthepairpacexamples0000000000000";
const ociRegion = "eu-frankfurt-1";
const parentZoneServer = { server: "ns1.example.net", keyName: "pairpac." };

const app = new App();
const gatewayPlacement = Placement.aws({ region: "eu-central-1" });
const desktopPlacement = Placement.oci({ region: ociRegion, parentCompartmentId: tenancy, shape: OciShape.E2_1_MICRO });

for (const branch of resolveBranches(process.env, () => undefined).branches) {
  new BranchStack(app, BranchIdentity.of({ branch, parentDomain }).stackName, {
    branch,
    parentDomain,
    backend: Backend.hcp({ organization: "my-club", project: "pairpac" }),
    // The zone lives in the branch's compartment, which the OCI placement creates (or finds) in the stack. lego
    // answers the certificate's DNS-01 challenge with the API key in the sensitive Terraform variables
    // pairpac_acme_oci_tenancy_ocid, _user_ocid, _fingerprint, _private_key (PEM) and _private_key_password
    // (the default acmeAuth): set them as sensitive workspace variables.
    dns: (stack) =>
      DnsZone.oci({
        parent: DnsParent.rfc2136(parentZoneServer),
        region: ociRegion,
        compartmentId: OciCompartment.of(stack, { identity: stack.identity, parentCompartmentId: tenancy, homeRegion: ociRegion }).compartmentId,
      }),
    certificate: { emailAddress: "hostmaster@example.net", productionBranches: ["main"] },
    gateway: { placement: gatewayPlacement },
    desktops: [
      { placement: desktopPlacement, homeVolumeGb: 50 },
      { placement: desktopPlacement, homeVolumeGb: 50 },
    ],
  });
}

app.synth();
