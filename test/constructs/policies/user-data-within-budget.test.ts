import { Instance } from "@cdktf/provider-aws/lib/instance";
import { UserDataWithinBudget } from "../../../constructs/policies";
import { newStack } from "../placement-support/support";
import { awsGateway, findings, ociDesktop } from "./support";

describe("UserDataWithinBudget", () => {
  test("passes small documents on both clouds", () => {
    const stack = newStack();
    awsGateway(stack);
    ociDesktop(stack);
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
