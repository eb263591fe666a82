import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Testing } from "cdktf";
import { Backend } from "../../constructs/backend";
import { DnsZone } from "../../constructs/dns";
import { Placement } from "../../constructs/placement";
import { BranchIdentity } from "../../src/identity";
import { loadSettings } from "../../src/settings/settings";
import { BranchStack, type BranchStackProps } from "../../stacks/branch-stack";
import { stackPropsFromSettings } from "../../stacks/settings-to-props";
import { TEARDOWN_GUARD_ID, Teardown, teardownGuardCommand } from "../../stacks/teardown";
import { conformanceTest, expectValidTerraform, terraformConsole } from "../support/terraform";
import { expectPairPacError } from "../support/pairpac-error";

const TENANCY = "ocid1.tenancy.oc1..aaaaaaaaexampletenancy0000000000000000000000000000000000000";

function props(branch: string, teardown?: Teardown): BranchStackProps {
  return {
    branch,
    parentDomain: "spaces.example.net",
    dns: DnsZone.rfc2136({ server: "ns1.example.net", keyName: "pairpac." }),
    certificate: { emailAddress: "hostmaster@example.net" },
    backend: Backend.s3({ bucket: "team-state", region: "eu-central-1" }),
    gateway: { placement: Placement.aws({ region: "eu-central-1" }) },
    desktops: [{ placement: Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY }), homeVolumeGb: 50 }],
    teardown,
  };
}

type Json = Record<string, unknown> & { terraform: Record<string, unknown>; removed?: { from: string; lifecycle: { destroy: boolean } }[] };

function synth(p: BranchStackProps): Json {
  const stack = new BranchStack(Testing.app(), BranchIdentity.of({ branch: p.branch, parentDomain: p.parentDomain }).stackName, p);
  const text = Testing.synth(stack, true);
  expectValidTerraform(text);
  return JSON.parse(text) as Json;
}

describe("Teardown", () => {
  const deployed = synth(props("main"));
  const volumes = ["aws_ebs_volume", "oci_core_volume"].flatMap((type) =>
    Object.keys((deployed.resource as Record<string, Record<string, unknown>>)[type]).map((id) => `${type}.${id}`));

  test("keep: only backend, providers, variables and the guard stay, and each data volume gets removed { lifecycle { destroy = false } }", () => {
    const json = synth(props("main", Teardown.keepData()));
    expect(Object.keys(json).filter((k) => k !== "//").sort()).toEqual(["provider", "removed", "resource", "terraform", "variable"]);
    expect(Object.keys(json.resource as Record<string, unknown>)).toEqual(["terraform_data"]);
    expect(Object.keys((json.resource as Record<string, Record<string, unknown>>).terraform_data)).toEqual([TEARDOWN_GUARD_ID]);
    expect(volumes).toHaveLength(2);
    expect(json.removed).toEqual(volumes.map((from) => ({ from, lifecycle: { destroy: false } })));
    expect(json.terraform.backend).toEqual(deployed.terraform.backend);
    expect(json.terraform.required_providers).toEqual(deployed.terraform.required_providers);
    expect(json.provider).toEqual(deployed.provider);
    expect(json.variable).toEqual(deployed.variable);
  });

  conformanceTest("the removed blocks are valid Terraform JSON (Terraform itself loads them)", () => {
    const json = synth(props("main", Teardown.keepData()));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pairpac-removed-"));
    try {
      fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify({ removed: json.removed }));
      const out = terraformConsole(dir, "1\n");
      expect(out.trim()).toBe("1");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the guard: in the deployed stack it depends on every data volume; in the keep teardown (same address) its destroy fails unless the teardown ran as a deploy", () => {
    const guard = (j: Json) => (j.resource as Record<string, Record<string, Record<string, unknown>>>).terraform_data[TEARDOWN_GUARD_ID];
    expect(guard(deployed)).toEqual({ input: "deployed", depends_on: volumes });
    const kept = guard(synth(props("main", Teardown.keepData())));
    expect(kept).toEqual({ input: "kept", provisioner: [{ "local-exec": { when: "destroy", command: teardownGuardCommand("main") } }] });
    expect(teardownGuardCommand("main")).toMatch(/^\$\{self\.input == "kept" \? "exit 0" : "echo PairPac: the data volumes were not destroyed\. A keep teardown must run as cdktf deploy main first, [^"&|<>;`'()$]* && exit 1"\}$/);
  });

  test("delete: the same teardown without removed blocks (the volumes are destroyed), only for a stack named in it", () => {
    const json = synth(props("main", Teardown.deleteData(["main"])));
    expect(Object.keys(json).filter((k) => k !== "//").sort()).toEqual(["provider", "terraform", "variable"]);
    expectPairPacError(() => synth(props("feature-x", Teardown.deleteData(["main"]))), {
      field: "teardown", value: "delete:main", problem: 'does not name the stack "feature-x", so its data volumes may not be deleted', fix: /^Name it \(PAIRPAC_TEARDOWN=delete:feature-x\)/,
    });
    expectPairPacError(() => Teardown.deleteData([]), { field: "teardown.stackNames", problem: /^must name at least one stack/ });
  });

  test("from the settings: PAIRPAC_TEARDOWN=keep and delete:<stack>", () => {
    const keep = stackPropsFromSettings("main", loadSettings({ env: { PAIRPAC_TEARDOWN: "keep" } }));
    expect(keep.teardown?.data).toBe("keep");
    const del = stackPropsFromSettings("main", loadSettings({ env: { PAIRPAC_TEARDOWN: "delete:main,release" } }));
    expect(del.teardown).toMatchObject({ data: "delete", stackNames: ["main", "release"] });
    expect(stackPropsFromSettings("main", loadSettings({ env: {} })).teardown).toBeUndefined();
    expect(() => loadSettings({ env: { PAIRPAC_TEARDOWN: "destroy" } }))
      .toThrow(/PAIRPAC_TEARDOWN: must be keep \(the data volumes leave Terraform's management\) or delete:<stack>\[,<stack>…\]/);
    expect(() => loadSettings({ env: { PAIRPAC_TEARDOWN: "delete:" } })).toThrow(/PAIRPAC_TEARDOWN: must be keep/);
  });
});

describe("PAIRPAC_DNS=oci", () => {
  const env = { PAIRPAC_DNS: "oci", PAIRPAC_PARENT_DOMAIN: "spaces.example.net" };
  const stackOf = (extra: Record<string, string> = {}) => {
    const p = stackPropsFromSettings("main", loadSettings({ env: { ...env, ...extra } }));
    const stack = new BranchStack(Testing.app(), p.identity.stackName, p);
    const text = Testing.synth(stack, true);
    expectValidTerraform(text);
    return JSON.parse(text) as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
  };

  test("the app passes lego its OCI credentials from the sensitive pairpac_acme_oci_* variables, under lego's primary names", () => {
    const json = stackOf();
    const certificate = Object.values(json.resource.acme_certificate)[0] as { dns_challenge: { provider: string; config: Record<string, string> }[] };
    expect(certificate.dns_challenge[0].provider).toBe("oraclecloud");
    expect(certificate.dns_challenge[0].config).toMatchObject({
      OCI_PRIVKEY: "${base64encode(var.pairpac_acme_oci_private_key)}",
      OCI_TENANCY_OCID: "${var.pairpac_acme_oci_tenancy_ocid}",
      OCI_REGION: "eu-frankfurt-1",
    });
    expect(Object.keys(certificate.dns_challenge[0].config)).not.toContain("OCI_PRIVATE_KEY");
    expect(json.variable.pairpac_acme_oci_private_key.sensitive).toBe(true);
  });

  test("a teardown keeps only the variables the providers use (the TSIG secret), not lego's", () => {
    const json = stackOf({ PAIRPAC_TEARDOWN: "keep" });
    expect(Object.keys(json.variable)).toEqual(["dns_tsig_secret"]);
    expect(Object.keys(json.resource)).toEqual(["terraform_data"]); // only the guard
  });
});

describe("required_version", () => {
  const version = (p: BranchStackProps) => synth(p).terraform.required_version;
  test("the oldest Terraform that reads the stack: check blocks 1.5, removed blocks 1.7, the backend's own", () => {
    expect(version({ ...props("main"), backend: Backend.local() })).toBe(">= 1.5");
    expect(version({ ...props("main", Teardown.keepData()), backend: Backend.local() })).toBe(">= 1.7");
    expect(version({ ...props("main"), backend: Backend.hcp({ organization: "o", project: "p" }) })).toBe(">= 1.6");
    expect(version(props("main"))).toBe(">= 1.10"); // S3 with its lock file
    expect(version(props("main", Teardown.keepData()))).toBe(">= 1.10");
  });
});
