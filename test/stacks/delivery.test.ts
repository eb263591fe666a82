// Issue 15 on the synthesized JSON: no secret and nothing that changes during a machine's life in any instance's
// user-data; secrets and changing configuration travel in terraform_data deliveries instead.
import { join } from "node:path";
import { Testing } from "cdktf";
import { parseDeliveryBundle } from "../../cloudinit/delivery/delivery-bundle";
import { applyCommands, prepareCommands, UPLOAD_PATH } from "../../cloudinit/delivery/provisioning";
import { Bundle } from "../../cloudinit/desktop/bundle";
import { ScreenSize } from "../../cloudinit/desktop/screen-size";
import { DnsZone } from "../../constructs/dns";
import { OciShape } from "../../constructs/oci/oci-shape";
import { Placement } from "../../constructs/placement";
import { owningMachine } from "../../constructs/private/machine-record";
import { BranchIdentity } from "../../src/identity";
import { loadSettings } from "../../src/settings/settings";
import { BranchStack, type BranchStackProps } from "../../stacks/branch-stack";
import { stackPropsFromSettings } from "../../stacks/settings-to-props";
import { expectValidTerraform, type TfJson } from "../support/terraform";

const TENANCY = "ocid1.tenancy.oc1..aaaaaaaaexampletenancy0000000000000000000000000000000000000";

function props(desktops: number, users?: BranchStackProps["gateway"]["users"]): BranchStackProps {
  const oci = Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY, shape: OciShape.a1Flex({ ocpus: 1, memoryInGbs: 6 }) });
  return {
    branch: "main",
    parentDomain: "spaces.example.net",
    dns: DnsZone.rfc2136({ server: "ns1.example.net", keyName: "pairpac." }),
    certificate: { emailAddress: "hostmaster@example.net" },
    gateway: { placement: Placement.aws({ region: "eu-west-1" }), mail: true, users },
    desktops: Array.from({ length: desktops }, (_, i) => ({ placement: i % 2 === 0 ? oci : Placement.aws({ region: "eu-west-1" }) })),
  };
}

function synth(p: BranchStackProps): TfJson {
  const app = Testing.app({ outdir: join(process.cwd(), "cdktf.out") });
  const text = Testing.synth(new BranchStack(app, BranchIdentity.of({ branch: p.branch, parentDomain: p.parentDomain }).stackName, p), true);
  expectValidTerraform(text);
  return JSON.parse(text) as TfJson;
}

/** `text` with every `${local.x}` replaced by the local's value (locals may refer to locals). */
function expandLocals(json: TfJson, text: string): string {
  let out = text;
  for (let i = 0; i < 5; i++) {
    out = out.replace(/\$\{local\.([A-Za-z0-9_-]+)\}|local\.([A-Za-z0-9_-]+)/g, (m, a: string | undefined, b: string | undefined) => {
      const v = json.locals?.[a ?? b ?? ""];
      return v === undefined ? m : String(v);
    });
  }
  return out;
}

/** Each instance's user-data expression, by machine name (from the instance's tag or display name). */
function userDatas(json: TfJson): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, r] of Object.entries<Record<string, unknown>>(json.resource.aws_instance ?? {})) out[key.replace(/_Machine_.*/, "")] = expandLocals(json, String(r.user_data_base64));
  for (const [key, r] of Object.entries<Record<string, Record<string, string>>>(json.resource.oci_core_instance ?? {})) out[key.replace(/_Machine_.*/, "")] = expandLocals(json, r.metadata.user_data);
  return out;
}

/** Every `resource_type.name.attribute` a Terraform expression refers to (the providers' resource types). */
function references(expression: string): string[] {
  const ref = /\b((?:aws|oci|tls|random|acme|dns|time|terraform)_[a-z0-9_]+)\.([A-Za-z][A-Za-z0-9_-]*)\.([a-z_]+)\b/g;
  return [...new Set([...expression.matchAll(ref)].map((m) => `${m[1]}.${m[2]}.${m[3]}`))].sort();
}

describe("user-data holds no secret and nothing that changes for the life of a machine", () => {
  const stacks = {
    "embedded default": synth(stackPropsFromSettings("main", loadSettings({ env: {} }))),
    "gateway on AWS, two desktops on OCI and AWS": synth(props(2)),
  };

  test.each(Object.entries(stacks))("%s: every instance's user-data refers only to public keys, addresses, volumes and its own bootstrap host key", (_name, json) => {
    const all = userDatas(json);
    expect(Object.keys(all).length).toBeGreaterThanOrEqual(2);
    for (const [machine, expression] of Object.entries(all)) {
      const refs = references(expression);
      const bad = refs.filter((r) => {
        if (/^tls_private_key\.[^.]+\.public_key_openssh$/.test(r)) return false;
        // The bootstrap host key authenticates the machine for its first delivery only (MachineDelivery).
        if (new RegExp(`^tls_private_key\\.${machine}_Credentials_BootstrapHostKey_[A-F0-9]+\\.private_key_openssh$`).test(r)) return false;
        if (/^(aws_eip\.[^.]+\.public_ip|oci_core_public_ip\.[^.]+\.ip_address|aws_ebs_volume\.[^.]+\.id|oci_core_volume_attachment\.[^.]+\.device)$/.test(r)) return false;
        return true;
      });
      expect({ machine, bad }).toEqual({ machine, bad: [] });
      expect(expression).not.toMatch(/random_password|bcrypt_hash|acme_certificate|sha256\(|PRIVATE KEY-----/);
    }
  });

  test("the gateway's user-data and instance are the same with one or two desktops and other logins", () => {
    const one = synth(props(1));
    const two = synth(props(2, [{ name: "crew", access: "collaborate" }]));
    expect(userDatas(two).gateway).toBe(userDatas(one).gateway);
    const instance = (j: TfJson) => Object.entries<unknown>(j.resource.aws_instance).find(([k]) => k.startsWith("gateway_"))![1];
    expect(instance(two)).toEqual(instance(one));
    // What changes is the gateway's delivery: its bundle lists the second desktop.
    const bundle = (j: TfJson) => parseDeliveryBundle(expandLocals(j, "${local." + Object.keys(j.locals).find((k) => /^gateway_Delivery_Bundle_/.test(k))! + "}"));
    expect(bundle(two).records.length).toBeGreaterThan(bundle(one).records.length);
  });
});

describe("the deliveries", () => {
  const json = stacks();
  function stacks(): TfJson {
    return synth(props(2));
  }
  const data = json.resource.terraform_data as Record<string, { connection: Record<string, unknown>; provisioner: Record<string, Record<string, unknown>>[]; triggers_replace: Record<string, string>; depends_on?: string[]; lifecycle: { precondition: { condition: string; error_message: string }[] } }>;
  delete data["teardown-guard"]; // not a delivery: the keep teardown's guard (test/stacks/teardown.test.ts)

  test("two per machine: the bootstrap, then the bundle, each waiting for cloud-init and running the apply command", () => {
    expect(Object.keys(data).map((k) => k.replace(/_[A-F0-9]{8}$/, "")).sort()).toEqual([
      "desktop-1_Delivery_Apply", "desktop-1_Delivery_Bootstrap", "desktop-2_Delivery_Apply", "desktop-2_Delivery_Bootstrap",
      "gateway_Delivery_Apply", "gateway_Delivery_Bootstrap",
    ]);
    for (const [key, r] of Object.entries(data)) {
      const machine = key.replace(/_Delivery_.*/, "");
      expect(r.provisioner.map((p) => Object.keys(p)[0])).toEqual(["remote-exec", "file", "remote-exec"]);
      expect(r.provisioner[0]["remote-exec"].inline).toEqual(prepareCommands(machine));
      expect(r.provisioner[1].file.destination).toBe(UPLOAD_PATH);
      expect(r.provisioner[1].file.content).toMatch(/^\$\{local\.[A-Za-z0-9_-]+Bundle_[A-F0-9]{8}\}$/);
      expect(r.provisioner[2]["remote-exec"].inline).toEqual(applyCommands());
      expect(r.connection).toMatchObject({ type: "ssh", port: 22, agent: "false" });
      expect(r.connection.private_key).toMatch(/^\$\{tls_private_key\.gateway_Credentials_AdminKey_[A-F0-9]{8}\.private_key_openssh\}$/);
      expect(r.lifecycle.precondition[0].error_message).toMatch(new RegExp(`^PairPac: ${machine} is not running, so Terraform cannot deliver .* Start it \\((aws ec2 start-instances --region [a-z0-9-]+ --instance-ids \\$\\{aws_instance\\.|oci compute instance action --region [a-z0-9-]+ --action START --instance-id \\$\\{oci_core_instance\\.)`));
    }
  });

  test("the bootstrap pins the key of the user-data and is replaced only with the instance; the delivery pins the permanent key", () => {
    for (const machine of ["gateway", "desktop-1", "desktop-2"]) {
      const entry = (kind: string) => Object.entries(data).find(([k]) => k.startsWith(`${machine}_Delivery_${kind}_`))!;
      const [bootstrapKey, bootstrap] = entry("Bootstrap");
      const [, apply] = entry("Apply");
      expect(bootstrap.connection.host_key).toMatch(new RegExp(`^\\$\\{tls_private_key\\.${machine}_Credentials_BootstrapHostKey_[A-F0-9]{8}\\.public_key_openssh\\}$`));
      expect(apply.connection.host_key).toMatch(new RegExp(`^\\$\\{tls_private_key\\.${machine}_Credentials_HostKey_[A-F0-9]{8}\\.public_key_openssh\\}$`));
      expect(Object.keys(bootstrap.triggers_replace)).toEqual(["instance"]);
      expect(apply.triggers_replace.instance).toBe(bootstrap.triggers_replace.instance);
      expect(apply.triggers_replace.bundle).toMatch(/^\$\{sha256\(local\.[A-Za-z0-9_-]+_Delivery_Bundle_[A-F0-9]{8}\)\}$/);
      expect(apply.depends_on).toContain(`terraform_data.${bootstrapKey}`);
      if (machine !== "gateway") expect(apply.depends_on).toContainEqual(expect.stringMatching(/^terraform_data\.gateway_Delivery_Apply_/));
    }
  });

  test("the gateway's bundle carries the secrets: certificate key, permanent host key, passwords, desktops' keys", () => {
    const local = (re: RegExp) => String(json.locals[Object.keys(json.locals).find((k) => re.test(k))!]);
    const gateway = references(local(/^gateway_Delivery_Bundle_/));
    expect(gateway).toEqual(expect.arrayContaining([
      expect.stringMatching(/^acme_certificate\.[^.]+\.private_key_pem$/),
      expect.stringMatching(/^random_password\.gateway_Credentials_MumblePassword_[A-F0-9]+\.result$/),
      expect.stringMatching(/^random_password\.gateway_Credentials_MailPassword_[A-F0-9]+\.bcrypt_hash$/),
      expect.stringMatching(/^tls_private_key\.desktop-2_Credentials_TunnelKey_[A-F0-9]+\.public_key_openssh$/),
    ]));
    expect(references(local(/^gateway_Delivery_BootstrapBundle_/))).toEqual([
      expect.stringMatching(/^tls_private_key\.gateway_Credentials_HostKey_[A-F0-9]+\.private_key_openssh$/),
      expect.stringMatching(/^tls_private_key\.gateway_Credentials_HostKey_[A-F0-9]+\.public_key_openssh$/),
    ]);
    expect(references(local(/^desktop-1_Delivery_Bundle_/))).toEqual(expect.arrayContaining([
      expect.stringMatching(/^tls_private_key\.desktop-1_Credentials_TunnelKey_[A-F0-9]+\.private_key_openssh$/),
      expect.stringMatching(/^acme_certificate\.[^.]+\.certificate_pem$/),
    ]));
  });
});

describe("with the certificate and every secret out of user-data, every machine is within half its cloud's limit", () => {
  // The worst case a user can synthesize: mail, the most desktops a gateway serves here (4, as in the bench), every
  // bundle, a home volume each, Full HD, a production certificate; all on AWS, then all on OCI. The numbers are the
  // placements' own synth-time estimates (tokens at their declared worst-case length), the ones the policies check.
  const ociPlacement = (desktop: boolean) => Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY,
    ...(desktop ? { shape: OciShape.a1Flex({ ocpus: 1, memoryInGbs: 6 }) } : {}) });
  const placements = { aws: () => Placement.aws({ region: "eu-central-1" }), oci: ociPlacement };

  test.each(["aws", "oci"] as const)("all on %s", (cloud) => {
    const app = Testing.app({ outdir: join(process.cwd(), "cdktf.out") });
    const stack = new BranchStack(app, "main", {
      branch: "main",
      parentDomain: "spaces.example.net",
      dns: DnsZone.rfc2136({ server: "ns1.example.net", keyName: "pairpac." }),
      certificate: { emailAddress: "hostmaster@example.net", productionBranches: ["main"] },
      gateway: { placement: placements[cloud](false), mail: true },
      desktops: Array.from({ length: 4 }, () => ({ placement: placements[cloud](true), bundles: Bundle.all(), screen: ScreenSize.FULL_HD, homeVolumeGb: 50 })),
      timezone: "Europe/Berlin",
      locale: "de_DE.UTF-8",
    });
    Testing.synth(stack);
    const shares = stack.machines.map((m) => {
      const size = owningMachine(m.instance)!.record.userDataSize();
      return { machine: m.name, share: size.estimate / size.limit };
    });
    expect(shares).toHaveLength(5);
    for (const s of shares) expect(Number.isFinite(s.share) && s.share > 0).toBe(true);
    expect(shares.filter((s) => s.share > 0.5)).toEqual([]);
    // The gateway's user-data no longer grows with the desktops or the certificate: well under the limit.
    expect(shares.find((s) => s.machine === "gateway")!.share).toBeLessThan(0.4);
  });
});

describe("synth needs no Terraform CLI", () => {
  test("the stack with its deliveries passes cdktf's validations without running any program (no `terraform version`)", () => {
    // cdktf's own DataResource adds a validation that runs `terraform version` through execSync: once per resource
    // at every synth, and a failed synth where Terraform is not installed.
    // The module object itself (an `import * as` namespace would be a copy the spies do not reach).
    const childProcess = jest.requireActual<typeof import("node:child_process")>("child_process");
    const spawned: string[] = [];
    const spies = (["execSync", "execFileSync", "spawnSync"] as const).map((name) =>
      jest.spyOn(childProcess, name).mockImplementation(((command: string) => {
        spawned.push(String(command));
        throw new Error(`synth ran ${String(command)}`);
      }) as never));
    try {
      const json = synth(props(2));
      expect(Object.keys(json.resource.terraform_data)).toHaveLength(7); // six deliveries and the teardown guard
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(spawned).toEqual([]);
  });
});
