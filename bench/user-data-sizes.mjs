#!/usr/bin/env node
// Prints (JSON on stdout) the encoded user-data size of every machine of a branch with every option on: mail,
// every desktop bundle, a persistent home volume per desktop, Full HD screens, 4 desktops. Once with every machine
// on AWS and once with every machine on OCI, so each role is measured against each cloud's limit.
//
// The sizes are the placements' own synth-time estimates (the numbers `npm run synth` prints and the policies
// check): tokens replaced by incompressible stand-ins of their declared worst-case length, gzip level 6; AWS
// counts gzip bytes, OCI the base64 text within the metadata limit left after the other metadata.
// Uses the built library (dist/), so run `npm run build` first.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DESKTOPS = 4;
const PARENT_COMPARTMENT = "ocid1.tenancy.oc1..aaaaaaaabenchmarkplaceholdertenancy00000000000000000000000";

async function load(relativePath) {
  const file = join(ROOT, "dist", relativePath);
  if (!existsSync(file)) throw new Error(`user-data-sizes: ${file} is missing; run \`npm run build\` first.`);
  const mod = await import(pathToFileURL(file).href);
  return mod.default ?? mod;
}

async function main() {
  const cdktf = (await import("cdktf")).default;
  // The public API, as a library user imports it; the size record is internal (the same one the synth summary reads).
  const { BranchStack, Bundle, DnsZone, OciShape, Placement, ScreenSize } = await load("src/index.js");
  const { owningMachine } = await load("constructs/private/machine-record.js");

  // A tenancy has two Always Free micro instances, so on OCI the gateway takes one and the four desktops share the
  // Always Free Ampere A1 allowance (1 OCPU and 6 GB each), the way a user running four desktops there would.
  const placements = {
    aws: () => Placement.aws({ region: "eu-central-1" }),
    oci: (role) =>
      Placement.oci({
        region: "eu-frankfurt-1",
        parentCompartmentId: PARENT_COMPARTMENT,
        ...(role === "desktop" ? { shape: OciShape.a1Flex({ ocpus: 1, memoryInGbs: 6 }) } : {}),
      }),
  };
  const machines = [];
  for (const cloud of ["aws", "oci"]) {
    const outdir = mkdtempSync(join(tmpdir(), `pairpac-bench-ud-${cloud}-`));
    try {
      const app = new cdktf.App({ outdir });
      const stack = new BranchStack(app, "main", {
        branch: "main",
        parentDomain: "spaces.example.net",
        dns: DnsZone.rfc2136({ server: "ns1.example.net", keyName: "pairpac." }),
        certificate: { emailAddress: "hostmaster@example.net", productionBranches: ["main"] },
        gateway: { placement: placements[cloud]("gateway"), mail: true },
        desktops: Array.from({ length: DESKTOPS }, () => ({
          placement: placements[cloud]("desktop"),
          bundles: Bundle.all(),
          screen: ScreenSize.FULL_HD,
          homeVolumeGb: 50,
        })),
        timezone: "Europe/Berlin",
        locale: "de_DE.UTF-8",
      });
      app.synth();
      for (const m of stack.machines) {
        const record = owningMachine(m.instance)?.record;
        if (!record) throw new Error(`user-data-sizes: machine ${m.name} on ${cloud} has no size record`);
        const size = record.userDataSize();
        machines.push({
          role: m.name === "gateway" ? "gateway" : "desktop",
          machine: m.name,
          cloud: m.cloud,
          budgetName: size.budgetName,
          unit: size.unit,
          limit: size.limit,
          estimate: size.estimate,
        });
      }
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  }
  // The same roles rendered with concrete values, as `npm run render` writes them for a real boot: generated keys and
  // passwords, and a certificate chain shaped like Let's Encrypt's (P-384 CA signing a P-256 leaf).
  const zlib = await import("node:zlib");
  const { Os } = await load("cloudinit/index.js");
  const local = await load("cloudinit/cli/local-values.js");
  const values = local.generateLocalValues(DESKTOPS);
  const rendered = [];
  for (const [role, index] of [["gateway", 1], ["desktop", 1]]) {
    const doc = local.renderRole({ role, os: Os.UBUNTU_24_04, desktops: DESKTOPS, index, allOptions: true }, values);
    const gzip = zlib.gzipSync(Buffer.from(doc.render()), { level: 6 });
    rendered.push({ role, gzipBytes: gzip.length, base64Bytes: gzip.toString("base64").length, awsLimit: 16384, ociLimit: 32000 });
  }
  const description = `mail on, ${DESKTOPS} desktops, every bundle (${Bundle.all().map((b) => b.id).join(", ")}), ` +
    "a 50 GB home volume per desktop, Full HD screens, production certificate; every machine on AWS, then every machine on OCI";
  process.stdout.write(`${JSON.stringify({ description, desktops: DESKTOPS, machines, rendered }, null, 2)}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 1;
});
