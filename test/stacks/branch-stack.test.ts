import { TerraformStack, Testing } from "cdktf";
import { Placement } from "../../constructs/placement";
import { BranchStack, type BranchStackProps } from "../../stacks/branch-stack";
import { BranchIdentity } from "../../src/identity";
import { type ExpectedPairPacError, expectPairPacError } from "../support/pairpac-error";
import { readableStack } from "../support/readable-snapshot";
import { expectValidTerraform } from "../support/terraform";
import { crossCloudProps, embeddedDefaultProps, portable, synth } from "./fixtures";

/** The cross-cloud stack of branch main, synthesized once per file and shared by the tests that only read it. */
let mainCrossCloud: string | undefined;
function mainCrossCloudText(): string {
  mainCrossCloud ??= synth(crossCloudProps("main"));
  return mainCrossCloud;
}

describe("BranchStack snapshots", () => {
  // Each machine's user-data stands here as its hash and length; test/stacks/user-data.test.ts snapshots the YAML.
  test("the embedded default stack", () => {
    const text = synth(embeddedDefaultProps());
    expectValidTerraform(text);
    expect(readableStack(portable(text)).json).toMatchSnapshot();
  });

  test("a cross-cloud stack with three desktops and an HCP Terraform backend", () => {
    const text = synth(crossCloudProps("feature/Audio_Fix"));
    expectValidTerraform(text);
    const json = JSON.parse(text);
    expect(json.terraform.cloud).toEqual({ organization: "example-team", workspaces: { name: "feature-audio_fix--e106d182", project: "pairpac" } });
    expect(Object.keys(json.provider).sort()).toEqual(["acme", "aws", "dns", "oci", "random", "tls"]);
    expect(json.resource.aws_instance && Object.keys(json.resource.aws_instance)).toHaveLength(2);
    expect(Object.keys(json.resource.oci_core_instance)).toHaveLength(2);
    expect(readableStack(portable(text)).json).toMatchSnapshot();
  });

  test("synthesizes byte-identical JSON twice", () => {
    expect(synth(crossCloudProps("main"))).toBe(mainCrossCloudText());
  });
});

describe("BranchStack", () => {
  test("outputs every URL and marks every credential sensitive", () => {
    const json = JSON.parse(mainCrossCloudText());
    const outputs = json.output as Record<string, { value: unknown; sensitive?: boolean }>;
    expect(outputs.landing_url.value).toBe("https://main.spaces.example.net/");
    expect(outputs.guacamole_url.value).toBe("https://main.spaces.example.net/guacamole/");
    expect(outputs.mumble_url.value).toBe("mumble://main.spaces.example.net:64738/?version=1.5");
    expect(outputs.imap.value).toEqual(expect.objectContaining({ host: "main.spaces.example.net", port: 993, security: "SSL/TLS" }));
    expect(outputs.certificate_staging.value).toBe(false);
    for (const name of ["mail_password", "guacamole_passwords", "mumble_password", "mumble_superuser_password", "admin_private_key"]) {
      expect(outputs[name].sensitive).toBe(true);
    }
    for (const name of ["landing_url", "guacamole_url", "ssh_gateway", "ssh_desktop_1", "ssh_desktop_3", "zone", "workspace"]) {
      expect(outputs[name].sensitive).toBe(false);
    }
    expect(Object.keys(json.check).sort()).toEqual(["desktop_1_running", "desktop_2_running", "desktop_3_running", "gateway_running"]);
    expect(json.check.gateway_running.assert[0].condition).toMatch(/^\$\{aws_instance\.gateway_Machine_Instance_[0-9A-F]{8}\.instance_state == "running"\}$/);
    expect(json.check.desktop_1_running.assert[0].condition).toMatch(/^\$\{oci_core_instance\.desktop-1_Machine_Instance_[0-9A-F]{8}\.state == "RUNNING"\}$/);
  });

  test("without mail there is no mailbox output and no mail port", () => {
    const props = { ...crossCloudProps("main"), gateway: { placement: Placement.aws({ region: "eu-west-1" }), mail: false } };
    const json = JSON.parse(synth(props));
    expect(json.output.mail_password).toBeUndefined();
    expect(json.output.imap).toBeUndefined();
    const ports = Object.values(json.resource.aws_vpc_security_group_ingress_rule as Record<string, { from_port: number }>).map((r) => r.from_port);
    expect(ports).not.toContain(25);
    expect(ports).not.toContain(993);
  });

  test.each<[string, (p: BranchStackProps) => BranchStackProps, ExpectedPairPacError]>([
    ["no desktops", (p) => ({ ...p, desktops: [] }), { field: "desktops", value: 0, problem: "must list 1 to 8 desktops" }],
    ["nine desktops", (p) => ({ ...p, desktops: Array(9).fill(p.desktops[0]) }), { field: "desktops", value: 9, problem: "must list 1 to 8 desktops" }],
    ["a bad branch", (p) => ({ ...p, branch: "a..b" }), { field: "branch", value: "a..b" }],
  ])("fails on %s", (_name, change, expected) => {
    const props = change(crossCloudProps("main"));
    expectPairPacError(() => new BranchStack(Testing.app(), "main", props), expected);
  });

  test("fails when the id is not the branch's stack name", () => {
    expectPairPacError(() => new BranchStack(Testing.app(), "my-stack", crossCloudProps("main")),
      { field: "id", value: "my-stack", problem: 'must be the branch identity\'s stack name "main"' });
  });
});

describe("BranchStack.prepareStack", () => {
  const stackOf = (app: ReturnType<typeof Testing.app>, branch: string) => {
    const props = { ...embeddedDefaultProps(), branch };
    return new BranchStack(app, BranchIdentity.of({ branch, parentDomain: props.parentDomain }).stackName, props);
  };
  afterEach(() => jest.restoreAllMocks());

  test("a stack alone in its app skips cdktf's preparing resolve (no other stack to refer to) and keeps its backend", () => {
    const pass = jest.spyOn(TerraformStack.prototype, "prepareStack");
    const stack = stackOf(Testing.app(), "main");
    const backend = stack.ensureBackendExists();
    stack.prepareStack();
    expect(pass).not.toHaveBeenCalled();
    expect(stack.ensureBackendExists()).toBe(backend);
  });

  test("stacks sharing an app run the whole pass", () => {
    const pass = jest.spyOn(TerraformStack.prototype, "prepareStack");
    const app = Testing.app();
    const stacks = [stackOf(app, "main"), stackOf(app, "feature/x")];
    stacks.forEach((s) => s.prepareStack());
    expect(pass).toHaveBeenCalledTimes(2);
  });
});
