import { Password } from "@cdktf/provider-random/lib/password";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { createHash } from "node:crypto";
import { Testing } from "cdktf";
import { estimateUserData, File, UserDataBudget } from "../../../cloudinit";
import { AwsMachine } from "../../../constructs/aws";
import { Placement, type MachineContext } from "../../../constructs/placement";
import { machineRecordOf } from "../../../constructs/private/machine-record";
import { TokenLengths } from "../../../constructs/private/token-lengths";
import { ADMIN_KEY, GATEWAY_PORTS, IDENTITY, TENANCY, newStack, roleDocument } from "../placement-support/support";
import { awsGateway, ociDesktop } from "../policies/support";
import { expectPairPacError } from "../../support/pairpac-error";

/** `length` characters that gzip cannot shrink much (base64 of chained SHA-256), deterministic. */
function incompressible(length: number): string {
  let out = "";
  for (let i = 0; out.length < length; i++) out += createHash("sha256").update(`pairpac-${i}`).digest("base64");
  return out.slice(0, length);
}

describe("Placement", () => {
  test("the userData function is called once, after the data volume exists, and its result serves Terraform and the estimate", () => {
    const stack = newStack();
    const calls: MachineContext[] = [];
    const machine = Placement.aws({ region: "eu-central-1" }).place(stack, "Gateway", {
      name: "gateway", identity: IDENTITY, publicPorts: GATEWAY_PORTS, adminSshPublicKey: ADMIN_KEY,
      dataVolume: { sizeGb: 10, label: "pairpac-data" },
      userData: (m) => { calls.push(m); return roleDocument("gateway", m); },
    }) as AwsMachine;
    Testing.synth(stack);
    const record = machineRecordOf(machine)!;
    const size = record.userDataSize();
    expect(calls).toHaveLength(1);
    expect(calls[0].dataVolumeDevice).toBe(machine.dataVolumeDevice);
    expect([record.name, record.cloud, record.region, record.publicPorts]).toEqual(["gateway", "aws", "eu-central-1", GATEWAY_PORTS]);
    const rendered = roleDocument("gateway", calls[0]).render();
    const expected = estimateUserData(rendered, { tokenLengths: TokenLengths.forText(stack, rendered) }).gzipBytes;
    expect(size).toEqual({ budgetName: "aws", limit: 16384, unit: "bytes after gzip", estimate: expected });
    expect(record.userDataSize()).toBe(size);
  });

  test("the role learns the data volume's label from the spec: a label other than pairpac-data reaches the rendered mount", () => {
    for (const place of [awsGateway, ociDesktop]) {
      const stack = newStack();
      const contexts: MachineContext[] = [];
      place(stack, { dataVolume: { sizeGb: 50, label: "team-files" }, userData: (m) => { contexts.push(m); return roleDocument("machine", m); } });
      const json = JSON.parse(Testing.synth(stack)) as { locals: Record<string, string> };
      expect(contexts.map((c) => c.dataVolumeLabel)).toEqual(["team-files"]);
      const userData = Object.entries(json.locals).find(([name]) => name.includes("UserData"))![1];
      expect(userData).toContain("What=LABEL=team-files\\n");
      expect(userData).not.toContain("pairpac-data");
    }
  });

  test("the NVMe device token has a declared length of 20 (vol + 17 hex digits), so estimates are exact for it", () => {
    const stack = newStack();
    const machine = Placement.aws({ region: "eu-central-1" }).place(stack, "Gateway", {
      name: "gateway", identity: IDENTITY, publicPorts: [], adminSshPublicKey: ADMIN_KEY,
      dataVolume: { sizeGb: 10, label: "pairpac-data" }, userData: "#cloud-config\n",
    });
    expect([...TokenLengths.forText(stack, machine.dataVolumeDevice!).values()]).toEqual([20]);
  });

  test("a rendered string is estimated as it is", () => {
    const stack = newStack();
    const text = "#cloud-config\nhostname: gateway\n";
    const machine = Placement.aws({ region: "eu-central-1" }).place(stack, "Gateway", {
      name: "gateway", identity: IDENTITY, publicPorts: [], adminSshPublicKey: ADMIN_KEY, userData: text,
    });
    expect(machineRecordOf(machine as AwsMachine)!.userDataSize().estimate).toBe(UserDataBudget.AWS.sizeOf(estimateUserData(text)));
  });
});

describe("what a placement owns about its cloud", () => {
  const aws = Placement.aws({ region: "eu-central-1" });
  const oci = Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY });

  test("data-volume limits, and the check a node runs on its size setting (0 is no volume)", () => {
    expect([aws.dataVolumeLimits, oci.dataVolumeLimits].map((l) => [l.minGb, l.maxGb])).toEqual([[1, 16384], [50, 32768]]);
    expect([aws.checkDataVolumeGb("f", 0), aws.checkDataVolumeGb("f", 1), oci.checkDataVolumeGb("f", 0), oci.checkDataVolumeGb("f", 32768)]).toEqual([0, 1, 0, 32768]);
    expectPairPacError(() => oci.checkDataVolumeGb("x.sizeGb", 49), { field: "x.sizeGb", value: 49,
      problem: "must be 0 (no volume) or an integer between 50 and 32768 on OCI (the smallest block volume is 50 GB)", fix: "Use 0 for none or e.g. 50." });
    expectPairPacError(() => aws.checkDataVolumeGb("x.sizeGb", 16385), { field: "x.sizeGb", value: 16385, problem: "must be 0 (no volume) or an integer between 1 and 16384 on AWS (gp3)" });
    expectPairPacError(() => aws.checkDataVolumeGb("x.sizeGb", -1), { field: "x.sizeGb", value: -1 });
    expectPairPacError(() => aws.checkDataVolumeGb("x.sizeGb", 2.5), { field: "x.sizeGb", value: 2.5 });
  });

  test("the running condition of each cloud's instance, and none for another cloud's machine", () => {
    const stack = newStack();
    const gateway = awsGateway(stack);
    const desktop = ociDesktop(stack);
    expect(aws.runningCondition(gateway)).toBe(`\${aws_instance.${gateway.instance.friendlyUniqueId}.instance_state == "running"}`);
    expect(oci.runningCondition(desktop)).toBe(`\${oci_core_instance.${desktop.instance.friendlyUniqueId}.state == "RUNNING"}`);
    expectPairPacError(() => aws.runningCondition(desktop), { field: "machine", value: "desktop-1", problem: "runs on oci, not on this aws placement" });
  });
});

describe("the user-data size check (one place: the placement, at synth)", () => {
  test("AWS over 16384 bytes after gzip fails synth naming the machine, the size, the limit and the largest contributors", () => {
    const stack = newStack();
    awsGateway(stack, { userData: (m) => roleDocument("gateway", m).add("bulk", File.text("/srv/bulk", incompressible(30000))) });
    const error = expectPairPacError(() => Testing.synth(stack), { field: "gateway.userData",
      problem: /^is \d+ bytes \(gzip, 1 token\(s\) at worst-case length\) but aws allows 16384$/, fix: /^Largest contributors \(each measured alone\): bulk \d+ B, / });
    expect(error.value).toBeGreaterThan(16384);
  });

  test("a rendered string over the limit fails the same way, without a contributor breakdown", () => {
    const stack = newStack();
    awsGateway(stack, { userData: `#cloud-config\nbootcmd:\n  - echo ${incompressible(30000)}\n` });
    expectPairPacError(() => Testing.synth(stack), { field: "gateway.userData",
      problem: /^is \d+ bytes after gzip at worst but aws allows 16384$/, fix: "Move large content out of user-data or switch optional features off." });
  });

  test("OCI: a token's declared worst-case length counts, and the admin key's bytes are reserved from the 32000", () => {
    const stack = newStack();
    new RandomProvider(stack, "random");
    const secret = new Password(stack, "Secret", { length: 40000, special: false });
    TokenLengths.declare(stack, secret.result, 40000);
    ociDesktop(stack, { userData: (m) => roleDocument("desktop-1", m).add("secret", File.text("/etc/pairpac/secret", secret.result, { mode: "0600" })) });
    expectPairPacError(() => Testing.synth(stack), { field: "desktop-1.userData",
      problem: new RegExp(`^is \\d+ bytes \\(base64 of gzip, 1 token\\(s\\) at worst-case length\\) but oci allows ${32000 - ADMIN_KEY.length - 40} \\(32000 minus ${ADMIN_KEY.length + 40} reserved\\)$`) });
  });

  test("the same token without a declared length is estimated with the default length (256) and fits", () => {
    const stack = newStack();
    new RandomProvider(stack, "random");
    const secret = new Password(stack, "Secret", { length: 40000, special: false });
    const machine = ociDesktop(stack, { userData: (m) => roleDocument("desktop-1", m).add("secret", File.text("/etc/pairpac/secret", secret.result, { mode: "0600" })) });
    Testing.synth(stack);
    expect(machineRecordOf(machine)!.userDataSize().estimate).toBeLessThan(2000);
  });
});

describe("TokenLengths", () => {
  test("matches tokens by what they resolve to: a second access to the same attribute finds the declared length", () => {
    const stack = newStack();
    new RandomProvider(stack, "random");
    const password = new Password(stack, "Password", { length: 24 });
    const first = password.result;
    const second = password.result;
    expect(first).not.toBe(second);
    expect(TokenLengths.declare(stack, first, 24)).toBe(first);
    expect([...TokenLengths.forText(stack, `a ${second} b ${first}`)]).toEqual([[second, 24], [first, 24]]);
    expect(TokenLengths.forText(stack, `${password.id}`).size).toBe(0);
  });

  test("the largest declaration wins", () => {
    const stack = newStack();
    new RandomProvider(stack, "random");
    const password = new Password(stack, "Password", { length: 24 });
    TokenLengths.declare(stack, password.result, 24);
    TokenLengths.declare(stack, password.result, 64);
    TokenLengths.declare(stack, password.result, 10);
    expect([...TokenLengths.forText(stack, password.result).values()]).toEqual([64]);
  });

  test("fails on a value that is not a token or a length that is not a non-negative integer", () => {
    const stack = newStack();
    new RandomProvider(stack, "random");
    const password = new Password(stack, "Password", { length: 24 });
    expectPairPacError(() => TokenLengths.declare(stack, "literal", 7), { field: "token", value: "literal", problem: "is not a Terraform token" });
    expectPairPacError(() => TokenLengths.declare(stack, password.result, -1), { field: "maxLength", value: -1, problem: "must be a non-negative integer" });
    expectPairPacError(() => TokenLengths.declare(stack, password.result, 1.5), { field: "maxLength", value: 1.5, problem: "must be a non-negative integer" });
  });
});
