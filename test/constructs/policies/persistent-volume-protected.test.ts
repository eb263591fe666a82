import { EbsVolume } from "@cdktf/provider-aws/lib/ebs-volume";
import { PersistentVolumeProtected } from "../../../constructs/policies";
import { newStack } from "../placement-support/support";
import { awsGateway, findings, ociDesktop } from "./support";

describe("PersistentVolumeProtected", () => {
  test("passes the data volumes of placed machines", () => {
    const stack = newStack();
    awsGateway(stack);
    ociDesktop(stack);
    expect(findings(stack, new PersistentVolumeProtected())).toEqual([]);
  });

  test("fires on an EBS volume without lifecycle and on an OCI volume whose protection was overridden", () => {
    const stack = newStack();
    new EbsVolume(stack, "Scratch", { availabilityZone: "eu-central-1a", size: 5 });
    ociDesktop(stack).dataVolume!.addOverride("lifecycle.prevent_destroy", false);
    expect(findings(stack, new PersistentVolumeProtected()).map((f) => [f.path, f.message])).toEqual([
      ["test/Scratch", 'aws_ebs_volume holds persistent data but lifecycle.prevent_destroy is "not set". Set lifecycle: { preventDestroy: true }.'],
      ["test/Desktop1/DataVolume", "oci_core_volume holds persistent data but lifecycle.prevent_destroy is false. Set lifecycle: { preventDestroy: true }."],
    ]);
  });
});
