/**
 * Example (a): a space entirely on AWS, with one desktop.
 *
 * Per branch it creates a VPC with a public subnet in eu-central-1, the gateway and one desktop (both t3.micro,
 * Ubuntu 24.04, each with an Elastic IP and its own firewall), the gateway's data volume, the branch's DNS records
 * on your RFC 2136 server (`TF_VAR_dns_tsig_secret` holds the TSIG secret) and a Let's Encrypt certificate:
 * production for `main`, staging for every other branch. State: one local file per branch.
 *
 *   npx cdktf synth                      # the branch comes from PAIRPAC_BRANCH, the CI variables, else "main"
 *   npx cdktf deploy main
 */
import { App } from "cdktf";
import { BranchIdentity, BranchStack, DnsZone, Placement, resolveBranches } from "pairpac";

const parentDomain = "spaces.example.net";
const app = new App();

// One placement object serves both machines: the network is created once per stack and region.
const frankfurt = Placement.aws({ region: "eu-central-1", instanceType: "t3.micro" });

for (const branch of resolveBranches(process.env, () => undefined).branches) {
  new BranchStack(app, BranchIdentity.of({ branch, parentDomain }).stackName, {
    branch,
    parentDomain,
    dns: DnsZone.rfc2136({ server: "ns1.example.net", keyName: "pairpac." }),
    certificate: { emailAddress: "hostmaster@example.net", productionBranches: ["main"] },
    gateway: { placement: frankfurt },
    desktops: [{ placement: frankfurt }],
  });
}

app.synth();
