import { Instance } from "@cdktf/provider-aws/lib/instance";
import { Imdsv2Required } from "../../../constructs/policies";
import { newStack } from "../placement-support/support";
import { awsGateway, findings, ociDesktop } from "./support";

describe("Imdsv2Required", () => {
  test("passes placed machines on both clouds", () => {
    const stack = newStack();
    awsGateway(stack);
    ociDesktop(stack);
    expect(findings(stack, new Imdsv2Required())).toEqual([]);
  });

  test("passes an AWS instance whose metadata endpoint is disabled", () => {
    const stack = newStack();
    new Instance(stack, "NoMetadata", { ami: "ami-1", instanceType: "t3.micro", metadataOptions: { httpEndpoint: "disabled" } });
    expect(findings(stack, new Imdsv2Required())).toEqual([]);
  });

  test("fires on an AWS instance without metadata options and on a placed machine overridden to optional tokens", () => {
    const stack = newStack();
    new Instance(stack, "Plain", { ami: "ami-1", instanceType: "t3.micro" });
    awsGateway(stack).instance.addOverride("metadata_options.http_tokens", "optional");
    expect(findings(stack, new Imdsv2Required()).map((f) => [f.path, f.message])).toEqual([
      ["test/Plain", 'aws_instance allows IMDSv1 (metadata_options.http_tokens is "not set"). Set metadata_options { http_tokens = "required" }.'],
      ["test/Gateway/Instance", 'aws_instance allows IMDSv1 (metadata_options.http_tokens is "optional"). Set metadata_options { http_tokens = "required" }.'],
    ]);
  });

  test("fires on an OCI instance that keeps the legacy IMDS v1 endpoints", () => {
    const stack = newStack();
    ociDesktop(stack).instance.addOverride("instance_options.are_legacy_imds_endpoints_disabled", false);
    expect(findings(stack, new Imdsv2Required()).map((f) => [f.path, f.message])).toEqual([
      ["test/Desktop1/Instance", "oci_core_instance allows the legacy IMDS v1 endpoints (instance_options.are_legacy_imds_endpoints_disabled is false). Set instance_options { are_legacy_imds_endpoints_disabled = true }."],
    ]);
  });
});
