/**
 * Conformance tier: what the user sees when Oracle's image list for a machine is empty. The OCI instance's
 * `source_id` indexes the first image of its `oci_core_images` data source (`images[0].id`), guarded by a
 * precondition on the list's length. Terraform documents that it checks a resource's preconditions before it
 * evaluates the resource's arguments (language docs, "Custom conditions: preconditions and postconditions"), so the
 * precondition's message, not "Invalid index", must be the error. This test lets Terraform 1.11 show it.
 *
 * The oci provider cannot be downloaded here, so the instance is stood in for by a `terraform_data` whose input is
 * the synthesized `source_id` expression and whose precondition is the synthesized image precondition, both
 * verbatim but for the data source: `data.oci_core_images.<name>.images` becomes the `images` output of a
 * `terraform_remote_state` (the built-in provider's data source, read at plan time as `oci_core_images` is) from a
 * local state file. Terraform must be on PATH; without it the test fails naming it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Testing } from "cdktf";
import { loadSettings } from "../../../src/settings/settings";
import { BranchStack } from "../../../stacks/branch-stack";
import { stackPropsFromSettings } from "../../../stacks/settings-to-props";
import { terraformRun } from "../../support/terraform";

type Precondition = { condition: string; error_message: string };
type Instance = { source_details: { source_id: string }; lifecycle: { precondition: Precondition[] } };

const props = stackPropsFromSettings("main", loadSettings({ env: {} })); // the default: desktop-1 on OCI
const json = JSON.parse(Testing.synth(new BranchStack(Testing.app(), props.identity.stackName, props))) as { resource: { oci_core_instance: Record<string, Instance> } };
const [instance] = Object.values(json.resource.oci_core_instance);
const imagePrecondition = instance.lifecycle.precondition.find((p) => p.error_message.startsWith("PairPac: no ubuntu-24.04 platform image"));

const IMAGES = /\bdata\.oci_core_images\.[A-Za-z0-9_-]+\.images\b/g;
const standIn = (expression: string) => expression.replace(IMAGES, "data.terraform_remote_state.images.outputs.images");

function configIn(dir: string, images: { id: string }[], withPrecondition = true): void {
  fs.writeFileSync(path.join(dir, "images.tfstate"), JSON.stringify({
    version: 4, terraform_version: "1.11.4", serial: 1, lineage: "pairpac-images",
    outputs: { images: { value: images, type: images.length === 0 ? ["tuple", []] : ["list", ["object", { id: "string" }]] } },
    resources: [],
  }));
  fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify({
    data: { terraform_remote_state: { images: { backend: "local", config: { path: "images.tfstate" } } } },
    resource: {
      terraform_data: {
        instance: {
          input: { source_id: standIn(instance.source_details.source_id) },
          ...(withPrecondition ? { lifecycle: { precondition: [{ condition: standIn(imagePrecondition!.condition), error_message: imagePrecondition!.error_message }] } } : {}),
        },
      },
    },
  }));
}

describe("an empty OCI image list at plan time", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const folder = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pairpac-image-"));
    dirs.push(dir);
    return dir;
  };

  test("the synthesized instance indexes the first image and guards it with the length precondition", () => {
    expect(instance.source_details.source_id).toMatch(/^\$\{data\.oci_core_images\.[A-Za-z0-9_-]+\.images\[0\]\.id\}$/);
    expect(imagePrecondition?.condition).toMatch(/^\$\{length\(data\.oci_core_images\.[A-Za-z0-9_-]+\.images\) > 0\}$/);
  });

  test("stops the plan with the precondition's message (naming the fix), not Terraform's Invalid index", () => {
    const dir = folder();
    configIn(dir, []);
    expect(terraformRun(dir, ["init", "-input=false"]).status).toBe(0);
    const { status, output } = terraformRun(dir, ["plan", "-input=false"]);
    expect(status).not.toBe(0);
    expect(output).toContain("Resource precondition failed");
    expect(output.replace(/\s+/g, " ")).toContain(imagePrecondition!.error_message.replace(/\s+/g, " "));
    expect(output).not.toContain("Invalid index");
  });

  test("control: without the precondition the same list fails with Terraform's Invalid index", () => {
    const dir = folder();
    configIn(dir, [], false);
    expect(terraformRun(dir, ["init", "-input=false"]).status).toBe(0);
    const { status, output } = terraformRun(dir, ["plan", "-input=false"]);
    expect(status).not.toBe(0);
    expect(output).toContain("Invalid index");
  });

  test("with images, the plan takes the first (the newest: the data source sorts by creation time, descending)", () => {
    const dir = folder();
    configIn(dir, [{ id: "ocid1.image.oc1.eu-frankfurt-1.newest" }, { id: "ocid1.image.oc1.eu-frankfurt-1.older" }]);
    expect(terraformRun(dir, ["init", "-input=false"]).status).toBe(0);
    const { status, output } = terraformRun(dir, ["plan", "-input=false"]);
    expect({ status, output }).toEqual({ status: 0, output: expect.stringContaining('"ocid1.image.oc1.eu-frankfurt-1.newest"') });
  });
});
