// PairPac's own binding of Terraform's built-in terraform_data resource (used instead of cdktf's DataResource, whose
// validation runs `terraform version` at synth): what it writes, in JSON and in HCL.
import { TerraformOutput, TerraformStack, Testing } from "cdktf";
import { TerraformData } from "../../../constructs/private/terraform-data";

function stack(): { stack: TerraformStack; data: TerraformData } {
  const s = new TerraformStack(Testing.app(), "test");
  const first = new TerraformData(s, "First", { triggersReplace: { a: "1" } });
  const data = new TerraformData(s, "Second", {
    triggersReplace: { bundle: "${sha256(local.x)}", instance: "i-1" },
    dependsOn: [first],
    lifecycle: { precondition: [{ condition: "${true}", errorMessage: "never" }] },
    connection: { type: "ssh", host: "198.51.100.9", user: "admin" },
    provisioners: [{ type: "remote-exec", inline: ["true"] }],
  });
  new TerraformOutput(s, "Id", { value: data.getStringAttribute("id") });
  return { stack: s, data };
}

test("JSON: triggers_replace, depends_on, lifecycle, connection and provisioners as Terraform reads them", () => {
  const json = JSON.parse(Testing.synth(stack().stack)) as { resource: { terraform_data: Record<string, Record<string, unknown>> }; output: Record<string, { value: string }> };
  expect(json.resource.terraform_data.Second).toEqual({
    triggers_replace: { bundle: "${sha256(local.x)}", instance: "i-1" },
    depends_on: ["terraform_data.First"],
    lifecycle: { precondition: [{ condition: "${true}", error_message: "never" }] },
    connection: { type: "ssh", host: "198.51.100.9", user: "admin" },
    provisioner: [{ "remote-exec": { inline: ["true"] } }],
  });
  expect(json.output.Id.value).toBe("${terraform_data.Second.id}");
});

test("HCL: the same resource with its triggers_replace", () => {
  const hcl = Testing.synthHcl(stack().stack);
  expect(hcl).toMatch(/resource "terraform_data" "Second" \{\s*triggers_replace = \{\s*bundle = "\$\{sha256\(local\.x\)\}"\s*instance = "i-1"\s*\}/);
});

test("input instead of triggers_replace: only the attributes given are written", () => {
  const s = new TerraformStack(Testing.app(), "test");
  new TerraformData(s, "Guard", { input: "deployed", provisioners: [{ type: "local-exec", when: "destroy", command: "exit 0" }] });
  const json = JSON.parse(Testing.synth(s)) as { resource: { terraform_data: Record<string, Record<string, unknown>> } };
  expect(json.resource.terraform_data.Guard).toEqual({ input: "deployed", provisioner: [{ "local-exec": { when: "destroy", command: "exit 0" } }] });
  expect(Testing.synthHcl(s)).toMatch(/resource "terraform_data" "Guard" \{\s*input = "deployed"/);
});
