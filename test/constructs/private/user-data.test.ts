import { DefaultTokenResolver, StringConcat, TerraformStack, Testing, Tokenization } from "cdktf";
import { CloudConfig, File, Os, UserDataBudget } from "../../../cloudinit";
import { prepareUserData } from "../../../constructs/private/user-data";
import type { MachineContext } from "../../../constructs/machine";
import { BranchIdentity } from "../../../src/identity";

const CONTEXT: MachineContext = { cloud: "aws", os: Os.DEBIAN_13, architecture: "x86_64", adminUser: "admin", dataVolumeDevice: undefined };

describe("prepareUserData", () => {
  test("the expression follows the document: a CloudConfig added to after the first resolution renders again", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const resolve = (v: string) => Tokenization.resolve(v, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) }) as string;
    const doc = new CloudConfig({ machine: "m", os: Os.DEBIAN_13 }).add("a", File.text("/etc/a", "a\n"));
    const identity = BranchIdentity.of({ branch: "main", parentDomain: "pairpac.example.org" });
    const prepared = prepareUserData(stack, { name: "m", identity, publicPorts: [], userData: doc, adminSshPublicKey: "ssh-ed25519 AAAA" }, CONTEXT, { budget: UserDataBudget.AWS });
    const first = resolve(prepared.encoded);
    expect(first).toContain("/etc/a");
    expect(resolve(prepared.encoded)).toBe(first);
    doc.add("b", File.text("/etc/b", "b\n"));
    const second = resolve(prepared.encoded);
    expect(second).toContain("/etc/b");
    expect(second).not.toBe(first);
  });
});
