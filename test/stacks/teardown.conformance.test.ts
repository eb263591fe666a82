/**
 * Conformance tier: what Terraform 1.11 itself does with the teardown that PairPac synthesizes, on a real state.
 *
 * No provider can be downloaded here, so the branch's volumes, instances and volume attachments are stood in for by
 * `terraform_data` resources (built in, no provider): one per resource of the synthesized stack, under an address
 * derived from the real one, with the real lifecycle (the volumes' `prevent_destroy`) and the real dependencies
 * (each stand-in's `input` refers to the stand-ins of the resources the real block refers to); of the lifecycle, only
 * `prevent_destroy` is copied (the preconditions refer to resources that are not stood in for). The teardown is the
 * synthesized teardown JSON with its `removed` blocks pointed at the stand-ins, and without the providers and their
 * variables (they would need a download; a teardown has nothing else, which the test checks). Both configurations use
 * a local state file in the test's folder. Terraform must be on PATH; without it the test fails naming it.
 *
 * What it shows (and what the README's teardown runbook says):
 * - a plain `terraform destroy` of the deployed stack stops at the volumes' `prevent_destroy`;
 * - `terraform plan` / `apply` of the keep teardown (that is, `cdktf deploy`) forgets the volumes, destroys the
 *   rest and marks the teardown guard kept; a `terraform destroy` afterwards removes the guard;
 * - `terraform plan -destroy` / `terraform destroy` of the keep teardown (`cdktf destroy`) ignores the `removed`
 *   blocks in Terraform 1.11 and plans to delete the kept volumes; the guard (destroyed first, as it depends on
 *   them) fails with PairPac's message, so they survive, and a deploy then forgets them; without the guard (the
 *   control) the destroy deletes them;
 * - the delete teardown is destroyed by a plain `terraform destroy`, volumes included.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Testing } from "cdktf";
import { Backend } from "../../constructs/backend";
import { DnsZone } from "../../constructs/dns";
import { Placement } from "../../constructs/placement";
import { BranchIdentity } from "../../src/identity";
import { BranchStack, type BranchStackProps } from "../../stacks/branch-stack";
import { TEARDOWN_GUARD_ID, Teardown } from "../../stacks/teardown";
import { terraformRun } from "../support/terraform";

const TENANCY = "ocid1.tenancy.oc1..aaaaaaaaexampletenancy0000000000000000000000000000000000000";

/** The resources a branch's data hangs on: volumes, the machines they are attached to, and the attachments. */
const STOOD_IN = ["aws_ebs_volume", "oci_core_volume", "aws_instance", "oci_core_instance", "aws_volume_attachment", "oci_core_volume_attachment"];

type Json = Record<string, unknown>;
type Synth = Json & { terraform: Json; resource?: Record<string, Record<string, Json>>; removed?: { from: string; lifecycle: { destroy: boolean } }[] };

function props(teardown?: Teardown): BranchStackProps {
  return {
    branch: "main",
    parentDomain: "spaces.example.net",
    dns: DnsZone.rfc2136({ server: "ns1.example.net", keyName: "pairpac." }),
    certificate: { emailAddress: "hostmaster@example.net" },
    backend: Backend.local(),
    gateway: { placement: Placement.aws({ region: "eu-central-1" }) },
    desktops: [{ placement: Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY }), homeVolumeGb: 50 }],
    teardown,
  };
}

function synth(teardown?: Teardown): Synth {
  const stack = new BranchStack(Testing.app(), BranchIdentity.of({ branch: "main", parentDomain: "spaces.example.net" }).stackName, props(teardown));
  return JSON.parse(Testing.synth(stack)) as Synth;
}

/** `aws_ebs_volume.gateway_x` → `terraform_data.aws_ebs_volume__gateway_x`. */
const standIn = (address: string) => `terraform_data.${address.replace(".", "__")}`;

const localBackend = { backend: { local: { path: "terraform.tfstate" } } };

/** The guard's address (the same in the deployed stack and the keep teardown). */
const GUARD = `terraform_data.${TEARDOWN_GUARD_ID}`;

/** The deployed stack as terraform_data stand-ins, with the real lifecycle and dependencies. */
function deployedStandIns(deployed: Synth): { config: Json; addresses: string[]; volumes: string[] } {
  const blocks = STOOD_IN.flatMap((type) => Object.entries(deployed.resource?.[type] ?? {}).map(([name, block]) => ({ address: `${type}.${name}`, block })));
  const resources: Record<string, Json> = {};
  // the guard as synthesized (it is a terraform_data already), its dependencies pointed at the stand-ins
  const guard = deployed.resource?.terraform_data?.[TEARDOWN_GUARD_ID] as { depends_on: string[] } | undefined;
  if (guard === undefined) throw new Error(`the deployed stack has no terraform_data.${TEARDOWN_GUARD_ID}`);
  resources[TEARDOWN_GUARD_ID] = { ...guard, depends_on: guard.depends_on.map(standIn) };
  for (const { address, block } of blocks) {
    const text = JSON.stringify(block);
    const refersTo = blocks.filter((other) => other.address !== address && text.includes(`${other.address}.`)).map((other) => `\${${standIn(other.address)}.id}`);
    // only prevent_destroy: the preconditions refer to resources that are not stood in for
    const preventDestroy = (block.lifecycle as { prevent_destroy?: boolean } | undefined)?.prevent_destroy;
    resources[standIn(address).split(".")[1]] = { input: refersTo, ...(preventDestroy === undefined ? {} : { lifecycle: { prevent_destroy: preventDestroy } }) };
  }
  return {
    config: { terraform: { required_version: deployed.terraform.required_version, ...localBackend }, resource: { terraform_data: resources } },
    addresses: [...blocks.map((b) => standIn(b.address)), GUARD].sort(),
    volumes: blocks.filter((b) => b.address.startsWith("aws_ebs_volume.") || b.address.startsWith("oci_core_volume.")).map((b) => standIn(b.address)).sort(),
  };
}

/** The synthesized teardown, its removed blocks pointed at the stand-ins, without providers and variables. */
function teardownStandIn(teardown: Synth): Json {
  const { provider: _provider, variable: _variable, removed, terraform, resource, ...rest } = teardown;
  const { required_providers: _rp, backend: _backend, ...terraformRest } = terraform;
  expect(Object.keys(rest).filter((k) => k !== "//")).toEqual([]); // nothing else in a teardown
  if (resource !== undefined) expect(resource).toEqual({ terraform_data: { [TEARDOWN_GUARD_ID]: expect.anything() } }); // but the guard
  return {
    terraform: { ...terraformRest, ...localBackend },
    ...(resource === undefined ? {} : { resource }),
    ...(removed === undefined ? {} : { removed: removed.map((r) => ({ ...r, from: standIn(r.from) })) }),
  };
}

function run(dir: string, args: string[], expectSuccess = true): string {
  const { status, output } = terraformRun(dir, args);
  if (expectSuccess && status !== 0) throw new Error(`terraform ${args.join(" ")} failed (${status}):\n${output}`);
  if (!expectSuccess && status === 0) throw new Error(`terraform ${args.join(" ")} succeeded, expected a failure:\n${output}`);
  return output;
}

function write(dir: string, config: Json): void {
  fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify(config, null, 2));
}

function stateList(dir: string): string[] {
  const out = run(dir, ["state", "list"]);
  return out.split("\n").map((l) => l.trim()).filter((l) => l.startsWith("terraform_data.")).sort();
}

/** Actions per address of a saved plan (`terraform show -json`). */
function planActions(dir: string, planArgs: string[]): Record<string, string[]> {
  run(dir, ["plan", "-input=false", "-out=tf.plan", ...planArgs]);
  const shown = run(dir, ["show", "-json", "tf.plan"]);
  const plan = JSON.parse(shown.slice(shown.indexOf("{"), shown.lastIndexOf("}") + 1)) as {
    resource_changes?: { address: string; change: { actions: string[] } }[];
  };
  return Object.fromEntries((plan.resource_changes ?? []).map((r) => [r.address, r.change.actions]));
}

describe("Terraform 1.11 on a deployed branch's state and its synthesized teardown", () => {
  const deployed = deployedStandIns(synth());
  const keep = teardownStandIn(synth(Teardown.keepData()));
  const del = teardownStandIn(synth(Teardown.deleteData(["main"])));
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  /** A folder with the deployed stand-ins applied: a real state. */
  function deployedState(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pairpac-teardown-"));
    dirs.push(dir);
    write(dir, deployed.config);
    run(dir, ["init", "-input=false"]);
    run(dir, ["apply", "-input=false", "-auto-approve"]);
    expect(stateList(dir)).toEqual(deployed.addresses);
    return dir;
  }

  test("the stand-ins carry the real volumes' prevent_destroy and the attachments' and the guard's dependencies", () => {
    expect(deployed.volumes).toHaveLength(2);
    const guard = (deployed.config.resource as { terraform_data: Record<string, { depends_on: string[] }> }).terraform_data[TEARDOWN_GUARD_ID];
    expect(guard.depends_on.sort()).toEqual(deployed.volumes);
    const resources = (deployed.config.resource as { terraform_data: Record<string, { input: string[]; lifecycle?: { prevent_destroy?: boolean } }> }).terraform_data;
    for (const volume of deployed.volumes) expect(resources[volume.split(".")[1]].lifecycle?.prevent_destroy).toBe(true);
    const attachments = Object.entries(resources).filter(([name]) => name.includes("volume_attachment__"));
    expect(attachments).toHaveLength(2);
    for (const [, block] of attachments) expect(block.input).toHaveLength(2); // the volume and the instance
    expect((keep.removed as unknown[]).length).toBe(2);
  });

  test("a plain destroy of the deployed stack stops at prevent_destroy and destroys nothing", () => {
    const dir = deployedState();
    const out = run(dir, ["destroy", "-input=false", "-auto-approve"], false);
    expect(out).toMatch(/Instance cannot be destroyed/);
    expect(stateList(dir)).toEqual(deployed.addresses);
  });

  test("keep, run as a deploy (plan and apply): the volumes are forgotten, everything else destroyed, the guard marked kept; a destroy afterwards removes only the guard", () => {
    const dir = deployedState();
    write(dir, keep);
    const actions = planActions(dir, []);
    const expected = Object.fromEntries(deployed.addresses.map((a) => [a, a === GUARD ? ["update"] : deployed.volumes.includes(a) ? ["forget"] : ["delete"]]));
    expect(actions).toEqual(expected);
    // what the user reads in the plan of `cdktf deploy` (the README quotes it)
    const shown = run(dir, ["show", "tf.plan"]);
    for (const volume of deployed.volumes) expect(shown).toContain(`# ${volume} will no longer be managed by Terraform, but will not be destroyed`);
    expect(shown).toContain(`# ${GUARD} will be updated in-place`);
    const applied = run(dir, ["apply", "-input=false", "tf.plan"]);
    expect(applied).toContain(`Resources: 0 added, 1 changed, ${deployed.addresses.length - deployed.volumes.length - 1} destroyed`);
    expect(stateList(dir)).toEqual([GUARD]);
    expect(run(dir, ["destroy", "-input=false", "-auto-approve"])).toContain("Resources: 1 destroyed");
    expect(stateList(dir)).toEqual([]);
  });

  test("keep, run as a destroy first: Terraform 1.11 ignores the removed blocks and plans to delete the volumes, but the guard stops the destroy before them", () => {
    const dir = deployedState();
    write(dir, keep);
    // Terraform's own plan: every object deleted, the kept volumes included (removed blocks ignored)
    expect(planActions(dir, ["-destroy"])).toEqual(Object.fromEntries(deployed.addresses.map((a) => [a, ["delete"]])));
    const out = run(dir, ["destroy", "-input=false", "-auto-approve"], false);
    expect(out.replace(/\s+/g, " ")).toContain("PairPac: the data volumes were not destroyed. A keep teardown must run as cdktf deploy main first,");
    for (const volume of deployed.volumes) expect(out).not.toContain(`${volume}: Destruction complete`);
    // the volumes (and the guard) are still in the state; then the deploy forgets them, and a destroy finishes
    expect(stateList(dir)).toEqual([...deployed.volumes, GUARD].sort());
    run(dir, ["apply", "-input=false", "-auto-approve"]);
    expect(stateList(dir)).toEqual([GUARD]);
    run(dir, ["destroy", "-input=false", "-auto-approve"]);
    expect(stateList(dir)).toEqual([]);
  });

  test("control: without the guard, a destroy of the keep teardown DESTROYS the kept volumes", () => {
    const dir = deployedState();
    const { resource: _guard, ...unguarded } = keep;
    write(dir, unguarded);
    const out = run(dir, ["destroy", "-input=false", "-auto-approve"]);
    for (const volume of deployed.volumes) expect(out).toContain(`${volume}: Destruction complete`);
    expect(stateList(dir)).toEqual([]);
  });

  test("delete: a plain destroy of the delete teardown destroys everything, volumes included", () => {
    const dir = deployedState();
    write(dir, del);
    expect(del.removed).toBeUndefined();
    const out = run(dir, ["destroy", "-input=false", "-auto-approve"]);
    expect(out).toContain(`Resources: ${deployed.addresses.length} destroyed`);
    expect(stateList(dir)).toEqual([]);
  });
});
