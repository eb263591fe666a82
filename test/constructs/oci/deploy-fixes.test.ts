import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { TerraformStack, Testing } from "cdktf";
import { CloudConfig, File, Os } from "../../../cloudinit";
import { OciCompartment, OciShape, type OciMachine } from "../../../constructs/oci";
import { Placement, type MachineSpec } from "../../../constructs/placement";
import { BranchIdentity } from "../../../src/identity";
import { conformanceTest, expectValidTerraform, terraformConsole } from "../../support/terraform";
import { expectPairPacError } from "../../support/pairpac-error";

const TENANCY = "ocid1.tenancy.oc1..aaaaaaaaexampletenancy0000000000000000000000000000000000000";
const COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaaexamplecompartment00000000000000000000000000000000";
const IDENTITY = BranchIdentity.of({ branch: "main", parentDomain: "pairpac.example.org" });
type Json = { locals: Record<string, string>; resource: Record<string, Record<string, Record<string, unknown>>>; data: Record<string, Record<string, Record<string, unknown>>> };

function spec(name: string): MachineSpec {
  return { name, identity: IDENTITY, publicPorts: [], adminSshPublicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleExampleExampleExampleExampleExample admin", userData: "#cloud-config\n{}\n" };
}

function synth(place: (stack: TerraformStack) => void): Json {
  const stack = new TerraformStack(Testing.app(), "branch");
  place(stack);
  const text = Testing.synth(stack, true);
  expectValidTerraform(text);
  return JSON.parse(text) as Json;
}

/** Evaluates a Terraform expression with `terraform console` over a configuration holding only `locals`. */
function evaluate(expression: string, locals: Record<string, unknown>): unknown {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pairpac-eval-"));
  try {
    fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify({ locals }));
    const out = terraformConsole(dir, `jsonencode(${expression})\n`);
    return JSON.parse(JSON.parse(out.trim()) as string);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}


describe("OCI availability domain chosen at plan time", () => {
  const json = synth((stack) => Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY }).place(stack, "Desktop1", spec("desktop-1")));
  const local = Object.entries(json.locals).find(([k]) => k.includes("AvailabilityDomains-VM-Standard-E2-1-Micro"))!;
  const shapesId = Object.keys(json.data.oci_core_shapes)[0];
  const limitsId = Object.keys(json.data.oci_limits_limit_values)[0];

  test("one oci_core_shapes and one free-limit lookup per availability domain, filtered on the shape", () => {
    const shapes = json.data.oci_core_shapes[shapesId];
    expect(shapes.for_each).toMatch(/^\$\{toset\(local\.[^}]*AvailabilityDomainNames[^}]*\)\}$/);
    expect(shapes.availability_domain).toBe("${each.value}");
    expect(shapes.filter).toEqual([{ name: "name", values: ["VM.Standard.E2.1.Micro"] }]);
    const limits = json.data.oci_limits_limit_values[limitsId];
    expect(limits).toMatchObject({ compartment_id: TENANCY, service_name: "compute", name: "vm-standard-e2-1-micro-count", scope_type: "AD", availability_domain: "${each.value}" });
    const instance = Object.values(json.resource.oci_core_instance)[0];
    expect(instance.availability_domain).toBe(`\${try(local.${local[0]}[0], "")}`);
  });

  conformanceTest("evaluated by Terraform: the AD whose free count is above zero wins, else the first that lists the shape, else none", () => {
    const expression = local[1].slice(2, -1)
      .split(`data.oci_core_shapes.${shapesId}`).join("local.shapes")
      .split(`data.oci_limits_limit_values.${limitsId}`).join("local.limits");
    const ads = ["Uocm:EU-FRANKFURT-1-AD-1", "Uocm:EU-FRANKFURT-1-AD-2", "Uocm:EU-FRANKFURT-1-AD-3"];
    const shapes = (offered: boolean[]) => Object.fromEntries(ads.map((ad, i) => [ad, { shapes: offered[i] ? [{ name: "VM.Standard.E2.1.Micro" }] : [] }]));
    const limits = (values: (string | undefined)[]) => Object.fromEntries(ads.map((ad, i) => [ad, { limit_values: values[i] === undefined ? [] : [{ value: values[i] }] }]));
    // Frankfurt with the micro in AD-2 only: the limit says so even where the shape list is not helpful
    expect(evaluate(expression, { shapes: shapes([true, true, true]), limits: limits(["0", "2", "0"]) })).toEqual([ads[1]]);
    // no limit value anywhere (e.g. a region with one AD): the shape list decides
    expect(evaluate(expression, { shapes: shapes([false, false, true]), limits: limits([undefined, undefined, undefined]) })).toEqual([ads[2]]);
    // offered nowhere: empty, and the precondition stops the plan
    expect(evaluate(expression, { shapes: shapes([false, false, false]), limits: limits(["0", "0", "0"]) })).toEqual([]);
    expect(evaluate(`length(${expression}) > 0`, { shapes: shapes([false, false, false]), limits: limits(["0", "0", "0"]) })).toBe(false);
  });

  test("a parent compartment that is not the tenancy: no limit lookup (the limits API wants the tenancy), the shape list decides", () => {
    const j = synth((stack) => Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: COMPARTMENT }).place(stack, "Desktop1", spec("desktop-1")));
    expect(j.data.oci_limits_limit_values).toBeUndefined();
    const [, value] = Object.entries(j.locals).find(([k]) => k.includes("AvailabilityDomains-VM-Standard-E2-1-Micro"))!;
    expect(value).toMatch(/^\$\{\[for ad, s in data\.oci_core_shapes\.[^ ]+ : ad if length\(s\.shapes\) > 0\]\}$/);
  });

  test("a pinned availability domain is used as it is, with no lookup; a malformed one is rejected", () => {
    const j = synth((stack) => Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY, availabilityDomain: "Uocm:EU-FRANKFURT-1-AD-2" }).place(stack, "Desktop1", spec("desktop-1")));
    expect(Object.values(j.resource.oci_core_instance)[0].availability_domain).toBe("Uocm:EU-FRANKFURT-1-AD-2");
    expect(j.data.oci_core_shapes).toBeUndefined();
    expectPairPacError(() => Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY, availabilityDomain: "AD-2" }),
      { field: "availabilityDomain", value: "AD-2", problem: "is not an availability domain name", fix: /^Use the name `oci iam availability-domain list` prints/ });
    expectPairPacError(() => Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY, availabilityDomain: "Uocm:EU-FRANKFURT-1-AD-2", availabilityDomainIndex: 1 }),
      { field: "availabilityDomainIndex", problem: /^is given together with availabilityDomain/ });
  });
});

describe("OCI limits and images at synth and plan time", () => {
  test("a third E2.1.Micro in a branch is rejected at synth with the fix; A1 machines do not count", () => {
    const micro = Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY });
    const a1 = Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY, shape: OciShape.a1Flex() });
    const stack = new TerraformStack(Testing.app(), "branch");
    micro.place(stack, "Gateway", spec("gateway"));
    a1.place(stack, "Desktop2", spec("desktop-2"));
    micro.place(stack, "Desktop1", spec("desktop-1"));
    expect(() => micro.place(stack, "Desktop3", spec("desktop-3")))
      .toThrow(/shape: would be OCI micro instance number 3 of the branch \(gateway, desktop-1 already are\).*Put this machine on VM\.Standard\.A1\.Flex/);
  });

  test("an empty image list stops the plan with a clear precondition instead of \"Invalid index\"", () => {
    const j = synth((stack) => Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY, os: Os.UBUNTU_24_04 }).place(stack, "Desktop1", spec("desktop-1")));
    const images = Object.keys(j.data.oci_core_images)[0];
    const pre = (Object.values(j.resource.oci_core_instance)[0].lifecycle as { precondition: { condition: string; error_message: string }[] }).precondition;
    expect(pre).toContainEqual({
      condition: `\${length(data.oci_core_images.${images}.images) > 0}`,
      error_message: expect.stringContaining("PairPac: no ubuntu-24.04 platform image for VM.Standard.E2.1.Micro in eu-frankfurt-1 (desktop-1)"),
    });
  });
});

describe("OCI branch compartment", () => {
  test("named <prefix>.<branch>: unique per project, the branch readable; a bad prefix is rejected", () => {
    expect(OciCompartment.nameOf(IDENTITY, "pairpac-team-a")).toBe("pairpac-team-a.main");
    expect(OciCompartment.nameOf(IDENTITY)).toBe("pairpac.main");
    const long = BranchIdentity.of({ branch: `feature/${"x".repeat(90)}`, parentDomain: "pairpac.example.org" });
    const name = OciCompartment.nameOf(long, "p".repeat(40));
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name).toMatch(/^p{40}\.feature-x+--[0-9a-f]{8}$/);
    expect(BranchIdentity.branchFromTags({ ...long.tags })).toBe(long.branch);
    expectPairPacError(() => OciCompartment.nameOf(IDENTITY, "team.a"), { field: "namePrefix", value: "team.a", problem: "must be 1-40 lower-case letters, digits, - or _, without a dot" });
    const j = synth((stack) => Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY, compartmentNamePrefix: "pairpac-team-a" }).place(stack, "Desktop1", spec("desktop-1")));
    const compartment = Object.values(j.resource.oci_identity_compartment)[0];
    expect(compartment.name).toBe("pairpac-team-a.main");
    expect(compartment.timeouts).toEqual({ delete: "3h" });
    expect(compartment.freeform_tags).toEqual(IDENTITY.tags);
  });

  test("a home region other than the region: resources there wait for the IAM write (time_sleep) and use the id through it", () => {
    const j = synth((stack) => Placement.oci({ region: "eu-amsterdam-1", homeRegion: "eu-frankfurt-1", parentCompartmentId: TENANCY }).place(stack, "Desktop1", spec("desktop-1")));
    const [sleepId, sleep] = Object.entries(j.resource.time_sleep)[0];
    const compartmentId = Object.keys(j.resource.oci_identity_compartment)[0];
    expect(sleep).toMatchObject({ create_duration: "180s", triggers: { compartment_id: `\${oci_identity_compartment.${compartmentId}.id}` } });
    const vcn = Object.values(j.resource.oci_core_vcn)[0];
    expect(vcn.compartment_id).toBe(`\${time_sleep.${sleepId}.triggers["compartment_id"]}`);
    expect((Object.values(j.resource.oci_core_instance)[0] as OciMachine | Record<string, unknown> as Record<string, unknown>).compartment_id).toBe(`\${time_sleep.${sleepId}.triggers["compartment_id"]}`);
    // same region: no wait
    const same = synth((stack) => Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY }).place(stack, "Desktop1", spec("desktop-1")));
    expect(same.resource.time_sleep).toBeUndefined();
  });
});

describe("OCI machines wait for outbound access", () => {
  const userDataOf = (j: Json) => Object.entries(j.locals).find(([k]) => k.includes("UserData"))![1];

  test("a CloudConfig user-data gets the apt retry file, written before the package stage; a string is left alone", () => {
    const doc = new CloudConfig({ machine: "desktop-1" }).add("role", File.text("/etc/pairpac/role", "desktop\n"));
    const j = synth((stack) => Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY }).place(stack, "Desktop1", { ...spec("desktop-1"), userData: () => doc }));
    const text = userDataOf(j);
    expect(text).toContain("path: /etc/apt/apt.conf.d/80-pairpac-retries");
    expect(doc.render()).toContain('      Acquire::Retries "20";\n      Acquire::Retries::Delay "true";\n      Acquire::Retries::Delay::Maximum "30";\n');
    const object = doc.toObject() as { write_files: { path: string; defer?: boolean }[] };
    const entry = object.write_files.find((f) => f.path === "/etc/apt/apt.conf.d/80-pairpac-retries")!;
    expect(entry.defer).toBeUndefined(); // init stage, before packages
    const plain = synth((stack) => Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY }).place(stack, "Desktop1", spec("desktop-1")));
    expect(userDataOf(plain)).not.toContain("80-pairpac-retries");
  });

  test("AWS machines (Elastic IP attached before boot) do not get it", () => {
    const doc = new CloudConfig({ machine: "gateway" }).add("role", File.text("/etc/pairpac/role", "gateway\n"));
    const j = synth((stack) => Placement.aws({ region: "eu-central-1" }).place(stack, "Gateway", { ...spec("gateway"), userData: () => doc }));
    expect(userDataOf(j)).not.toContain("80-pairpac-retries");
  });
});
