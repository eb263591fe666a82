import { Password } from "@cdktf/provider-random/lib/password";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { Testing } from "cdktf";
import { estimateUserData, UserDataBudget } from "../../../cloudinit";
import { AwsMachine } from "../../../constructs/aws";
import { Placement, type MachineContext } from "../../../constructs/placement";
import { machineRecordOf } from "../../../constructs/private/machine-record";
import { TokenLengths } from "../../../constructs/private/token-lengths";
import { ADMIN_KEY, GATEWAY_PORTS, IDENTITY, newStack, roleDocument } from "../placement-support/support";
import { expectPairPacError } from "../../support/pairpac-error";

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
