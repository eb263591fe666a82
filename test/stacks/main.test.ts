import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runApp } from "../../stacks/main";
import { formatSummary } from "../../stacks/summary";
import { expectValidTerraform } from "../support/terraform";
import { type ExpectedPairPacError, expectPairPacError } from "../support/pairpac-error";

const noGit = (): string | undefined => undefined;
let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "pairpac-app-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function stacksIn(outdir: string): string[] {
  return readdirSync(join(outdir, "stacks")).sort();
}

describe("runApp", () => {
  // One synth of the embedded default, shared by the tests that only read it (each synth takes a few hundred ms).
  let shared: string;
  let sharedResult: ReturnType<typeof runApp>;
  beforeAll(() => {
    shared = mkdtempSync(join(tmpdir(), "pairpac-app-shared-"));
    sharedResult = runApp({ env: {}, outdir: join(shared, "out"), context: {}, git: noGit });
  });
  afterAll(() => rmSync(shared, { recursive: true, force: true }));

  test("the embedded default writes one complete stack that passes the schema check", () => {
    const outdir = join(shared, "out");
    const result = sharedResult;
    expect(result.branchSource).toBe("default");
    expect(stacksIn(outdir)).toEqual(["main"]);
    const text = readFileSync(join(outdir, "stacks", "main", "cdk.tf.json"), "utf8");
    expectValidTerraform(text);
    const json = JSON.parse(text);
    expect(Object.keys(json.resource).sort()).toEqual(expect.arrayContaining(["aws_instance", "oci_core_instance", "acme_certificate", "dns_a_record_set"]));
    const summary = formatSummary(result);
    expect(summary).toContain("stack main  (branch \"main\")");
    expect(summary).toMatch(/user-data gateway\s+aws: \d+ of 16384 bytes after gzip/);
    expect(summary).toMatch(/user-data desktop-1\s+oci: \d+ of \d+ bytes of base64/);
    expect(summary).toContain("Placeholders in use (fine for synth, not for deploy): PAIRPAC_PARENT_DOMAIN, PAIRPAC_ACME_EMAIL, PAIRPAC_DNS_SERVER, PAIRPAC_OCI_PARENT_COMPARTMENT_ID");
    // the compartment's full name, as in the JSON (prefix and branch part), not the branch part alone
    const compartment = Object.values(json.resource.oci_identity_compartment as Record<string, { name: string }>)[0].name;
    expect(compartment).toBe("pairpac-example-org.main");
    expect(summary).toMatch(/\n {2}compartment +pairpac-example-org\.main\n/);
    expect(summary).not.toContain("teardown");
  });

  test("the summary says when nothing is on OCI, and how to run a teardown", () => {
    const outdir = join(work, "out");
    const aws = runApp({ env: { PAIRPAC_GATEWAY_CLOUD: "aws", PAIRPAC_DESKTOPS: "aws" }, outdir, context: {}, git: noGit });
    expect(formatSummary(aws)).toMatch(/\n {2}compartment +none \(nothing on OCI\)\n/);
    const keep = formatSummary(runApp({ env: { PAIRPAC_TEARDOWN: "keep" }, outdir, context: {}, git: noGit }));
    expect(keep).toMatch(/\n {2}teardown +keep data: run `cdktf deploy main` \(a `cdktf destroy` first ignores the removed blocks; the teardown guard stops it before the volumes\)\n/);
    expect(keep).toMatch(/\n {2}compartment +pairpac-example-org\.main\n/);
    const del = formatSummary(runApp({ env: { PAIRPAC_TEARDOWN: "delete:main" }, outdir, context: {}, git: noGit }));
    expect(del).toContain("delete data: `cdktf deploy main` or `cdktf destroy main` deletes everything, volumes included");
  });

  test("PAIRPAC_BRANCHES synthesizes one stack per branch, each schema-valid", () => {
    const outdir = join(work, "out");
    runApp({ env: { PAIRPAC_BRANCHES: "main,feature/Audio_Fix" }, outdir, context: {}, git: noGit });
    expect(stacksIn(outdir)).toEqual(["feature-audio_fix--e106d182", "main"]);
    for (const s of stacksIn(outdir)) expectValidTerraform(readFileSync(join(outdir, "stacks", s, "cdk.tf.json"), "utf8"));
  });

  test("two runs write byte-identical stacks", () => {
    const a = join(shared, "out");
    const b = join(work, "b");
    runApp({ env: {}, outdir: b, context: {}, git: noGit });
    expect(readFileSync(join(b, "stacks", "main", "cdk.tf.json"), "utf8")).toBe(readFileSync(join(a, "stacks", "main", "cdk.tf.json"), "utf8"));
  });

  test.each<[string, Record<string, string>, ExpectedPairPacError]>([
    ["a bad setting", { PAIRPAC_DNS_PORT: "abc" }, { field: "PAIRPAC_DNS_PORT", value: "abc", problem: "must be an integer from 1 to 65535" }],
    ["a bad branch", { PAIRPAC_BRANCH: "feature..x" }, { field: "branch", value: "feature..x" }],
    ["a bad branch in a list", { PAIRPAC_BRANCHES: "main,bad..name" }, { field: "branch", value: "bad..name" }],
    ["a typo in a variable", { PAIRPAC_MAIL_ON: "1" }, { field: "PAIRPAC_MAIL_ON", value: "1", problem: "is not a PairPac setting" }],
  ])("fails on %s and leaves no output, not even an old one", (_name, env, expected) => {
    const outdir = join(work, "out");
    cpSync(join(shared, "out"), outdir, { recursive: true }); // an earlier, complete output
    expectPairPacError(() => runApp({ env, outdir, context: {}, git: noGit }), expected);
    // the previous output is untouched and no partial folder is left behind
    expect(stacksIn(outdir)).toEqual(["main"]);
    expect(readdirSync(work)).toEqual(["out"]);
  });

  test("fails on a bad setting before writing anything at all", () => {
    const outdir = join(work, "out");
    expectPairPacError(() => runApp({ env: { PAIRPAC_SCREEN: "big" }, outdir, context: {}, git: noGit }), { field: "PAIRPAC_SCREEN", problem: /^/ });
    expect(existsSync(outdir)).toBe(false);
    expect(readdirSync(work)).toEqual([]);
  });

  test("a new synth keeps what Terraform wrote beside a stack and removes the stacks of branches that are gone", () => {
    const outdir = join(work, "out");
    runApp({ env: { PAIRPAC_BRANCHES: "main,topic" }, outdir, context: {}, git: noGit });
    mkdirSync(join(outdir, "stacks", "main", ".terraform", "providers"), { recursive: true });
    writeFileSync(join(outdir, "stacks", "main", ".terraform.lock.hcl"), "# lock\n");
    writeFileSync(join(outdir, "stacks", "main", "terraform.tfstate"), "{}\n");
    runApp({ env: { PAIRPAC_BRANCHES: "main" }, outdir, context: {}, git: noGit });
    expect(stacksIn(outdir)).toEqual(["main"]);
    expect(readdirSync(join(outdir, "stacks", "main")).sort()).toEqual([".terraform", ".terraform.lock.hcl", "cdk.tf.json", "terraform.tfstate"]);
    expect(readFileSync(join(outdir, "stacks", "main", "cdk.tf.json"), "utf8")).toBe(readFileSync(join(shared, "out", "stacks", "main", "cdk.tf.json"), "utf8"));
    expect(Object.keys(JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")).stacks)).toEqual(["main"]);
    expect(readdirSync(work)).toEqual(["out"]);
  });

  test("under the cdktf CLI the stacks of branches that are gone stay for the CLI to remove (it fails when one is already gone)", () => {
    const outdir = join(work, "out");
    runApp({ env: { PAIRPAC_BRANCHES: "main,topic" }, outdir, context: {}, git: noGit });
    runApp({ env: { PAIRPAC_BRANCHES: "main" }, outdir, context: { cdktfRelativeModules: [] }, git: noGit });
    expect(stacksIn(outdir)).toEqual(["main", "topic"]);
    expect(Object.keys(JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")).stacks)).toEqual(["main"]);
  });

  test("reads settings from cdktf context", () => {
    const outdir = join(work, "out");
    const result = runApp({ env: {}, outdir, context: { parentDomain: "spaces.example.net", desktops: ["aws", "aws"] }, git: () => "topic" });
    expect(result.branchSource).toBe("git rev-parse --abbrev-ref HEAD");
    expect(result.stacks[0].identity.zoneName).toBe("topic.spaces.example.net");
    expect(result.stacks[0].desktops.map((d) => d.machine.cloud)).toEqual(["aws", "aws"]);
  });
});

describe("the OCI settings reach the synthesized JSON (through loadSettings, stackPropsFromSettings and runApp)", () => {
  type Block = Record<string, unknown>;
  type Stack = { provider: { oci: Block[] }; resource: Record<string, Record<string, Block>>; data: Record<string, Record<string, Block>> };
  const synthMain = (env: Record<string, string>): Stack => {
    const outdir = join(work, "out");
    runApp({ env, outdir, context: {}, git: noGit });
    const text = readFileSync(join(outdir, "stacks", "main", "cdk.tf.json"), "utf8");
    expectValidTerraform(text);
    return JSON.parse(text) as Stack;
  };
  const only = (json: Stack, type: string): Block => {
    const blocks = Object.values(json.resource[type] ?? {});
    expect(blocks).toHaveLength(1);
    return blocks[0];
  };
  /** The region of the provider configuration a block names (`oci` or `oci.<alias>`). */
  const regionOf = (json: Stack, block: Block): unknown => {
    const alias = String(block.provider).split(".")[1];
    return json.provider.oci.find((p) => p.alias === alias)?.region;
  };
  const sleeps = (json: Stack) => Object.keys(json.resource.time_sleep ?? {}).filter((k) => k.includes("HomeRegionPropagation"));

  test("PAIRPAC_OCI_HOME_REGION: the compartment is written through the home region's provider, then a 180 s wait", () => {
    const region = { PAIRPAC_OCI_REGION: "eu-amsterdam-1" };
    const json = synthMain({ ...region, PAIRPAC_OCI_HOME_REGION: "eu-frankfurt-1" });
    expect(regionOf(json, only(json, "oci_identity_compartment"))).toBe("eu-frankfurt-1");
    expect(regionOf(json, only(json, "oci_core_instance"))).toBe("eu-amsterdam-1");
    const [wait] = sleeps(json);
    expect(json.resource.time_sleep[wait]).toMatchObject({ create_duration: "180s", triggers: { compartment_id: expect.stringMatching(/^\$\{oci_identity_compartment\.[^.]+\.id\}$/) } });
    // without it: the placement's region, no wait
    const without = synthMain(region);
    expect(regionOf(without, only(without, "oci_identity_compartment"))).toBe("eu-amsterdam-1");
    expect(sleeps(without)).toEqual([]);
  });

  test("PAIRPAC_OCI_AVAILABILITY_DOMAIN: the instance is pinned to it and no AD lookup is synthesized", () => {
    const json = synthMain({ PAIRPAC_OCI_AVAILABILITY_DOMAIN: "Uocm:EU-FRANKFURT-1-AD-3" });
    expect(only(json, "oci_core_instance").availability_domain).toBe("Uocm:EU-FRANKFURT-1-AD-3");
    expect(json.data.oci_core_shapes).toBeUndefined();
    expect(json.data.oci_limits_limit_values).toBeUndefined();
    // without it: chosen at plan time from the shape lists
    const without = synthMain({});
    expect(only(without, "oci_core_instance").availability_domain).toMatch(/^\$\{try\(local\.OciNetwork-eu-frankfurt-1_AvailabilityDomains-/);
    expect(Object.keys(without.data.oci_core_shapes).length).toBeGreaterThan(0);
  });

  test("PAIRPAC_OCI_COMPARTMENT_PREFIX: the compartment is named <prefix>.<branch>", () => {
    expect(only(synthMain({ PAIRPAC_OCI_COMPARTMENT_PREFIX: "team-a" }), "oci_identity_compartment").name).toBe("team-a.main");
    expect(only(synthMain({}), "oci_identity_compartment").name).toBe("pairpac-example-org.main");
  });
});
