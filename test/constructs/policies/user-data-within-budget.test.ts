import { createHash } from "node:crypto";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { Password } from "@cdktf/provider-random/lib/password";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { File } from "../../../cloudinit";
import { UserDataWithinBudget } from "../../../constructs/policies";
import { TokenLengths } from "../../../constructs/private/token-lengths";
import { newStack, roleDocument } from "../placement-support/support";
import { awsGateway, findings, ociDesktop } from "./support";

/** `length` characters that gzip cannot shrink much (hex of chained SHA-256), deterministic. */
function incompressible(length: number): string {
  let out = "";
  for (let i = 0; out.length < length; i++) out += createHash("sha256").update(`pairpac-${i}`).digest("base64");
  return out.slice(0, length);
}

describe("UserDataWithinBudget", () => {
  test("passes small documents on both clouds", () => {
    const stack = newStack();
    awsGateway(stack);
    ociDesktop(stack);
    expect(findings(stack, new UserDataWithinBudget())).toEqual([]);
  });

  test("fires when the AWS user-data would exceed 16384 bytes after gzip", () => {
    const stack = newStack();
    awsGateway(stack, { userData: (m) => roleDocument("gateway", m).add("bulk", File.text("/srv/bulk", incompressible(30000))) });
    const found = findings(stack, new UserDataWithinBudget());
    expect(found).toHaveLength(1);
    expect(found[0].path).toBe("test/Gateway");
    expect(found[0].message).toMatch(/^the user-data of gateway is about (\d+) bytes after gzip at worst, over the aws limit of 16384\. Move large content out of user-data/);
    expect(Number(/about (\d+)/.exec(found[0].message)![1])).toBeGreaterThan(16384);
  });

  test("fires on OCI when a token's declared worst-case length pushes the metadata over 32000 bytes", () => {
    const stack = newStack();
    new RandomProvider(stack, "random");
    const secret = new Password(stack, "Secret", { length: 40000, special: false });
    TokenLengths.declare(stack, secret.result, 40000);
    ociDesktop(stack, { userData: (m) => roleDocument("desktop-1", m).add("secret", File.text("/etc/pairpac/secret", secret.result, { mode: "0600" })) });
    const found = findings(stack, new UserDataWithinBudget());
    expect(found.map((f) => f.path)).toEqual(["test/Desktop1"]);
    expect(found[0].message).toMatch(/^the user-data of desktop-1 is about \d+ bytes of base64 at worst, over the oci limit of 31866\./);
  });

  test("the same document without the declaration is estimated with the default token length and passes", () => {
    const stack = newStack();
    new RandomProvider(stack, "random");
    const secret = new Password(stack, "Secret", { length: 40000, special: false });
    ociDesktop(stack, { userData: (m) => roleDocument("desktop-1", m).add("secret", File.text("/etc/pairpac/secret", secret.result, { mode: "0600" })) });
    expect(findings(stack, new UserDataWithinBudget())).toEqual([]);
  });

  test("fires on an instance with user-data that no placement created (its size was never estimated)", () => {
    const stack = newStack();
    new Instance(stack, "Handmade", { ami: "ami-1", instanceType: "t3.micro", userData: "#cloud-config\n" });
    new Instance(stack, "Empty", { ami: "ami-1", instanceType: "t3.micro" });
    expect(findings(stack, new UserDataWithinBudget()).map((f) => [f.path, f.message])).toEqual([
      ["test/Handmade", "aws_instance has user-data but was not created by a PairPac placement, so its size was never estimated. Place machines with Placement.aws(...)/Placement.oci(...)."],
    ]);
  });
});
