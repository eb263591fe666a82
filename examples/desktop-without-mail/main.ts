/**
 * Example (c): one desktop with application bundles, and no mail.
 *
 * Per branch it creates the gateway on AWS without Dovecot and Postfix (ports 25 and 993 stay closed, no MX
 * records) and one desktop on Oracle Cloud's Arm shape (A1.Flex, 2 OCPU / 12 GB) with a Full HD screen, the
 * office, education and graphics bundles, a German locale and a persistent home volume. Two Guacamole logins: a
 * teacher with full control and a class that may only watch.
 *
 *   npx cdktf synth
 *   npx cdktf deploy main
 */
import { App } from "cdktf";
import {
  BranchIdentity, BranchStack, Bundle, DnsZone, OciShape, Placement, ScreenSize, resolveBranches,
} from "pairpac";

const parentDomain = "classroom.example.net";
const app = new App();

for (const branch of resolveBranches(process.env, () => undefined).branches) {
  new BranchStack(app, BranchIdentity.of({ branch, parentDomain }).stackName, {
    branch,
    parentDomain,
    dns: DnsZone.rfc2136({ server: "ns1.example.net", keyName: "pairpac." }),
    certificate: { emailAddress: "teacher@example.net", productionBranches: ["main"] },
    gateway: {
      placement: Placement.aws({ region: "eu-central-1" }),
      mail: false,
      users: [
        { name: "teacher", access: "collaborate" },
        { name: "class", access: "watch" },
      ],
    },
    desktops: [
      {
        placement: Placement.oci({
          region: "eu-frankfurt-1",
          parentCompartmentId: "ocid1.compartment.oc1..aaaaaaaaexampleclassroomcompartment000000000000000000",
          shape: OciShape.a1Flex({ ocpus: 2, memoryInGbs: 12 }),
        }),
        bundles: [Bundle.OFFICE, Bundle.EDUCATION, Bundle.GRAPHICS],
        screen: ScreenSize.FULL_HD,
        homeVolumeGb: 50,
      },
    ],
    timezone: "Europe/Berlin",
    locale: "de_DE.UTF-8",
  });
}

app.synth();
