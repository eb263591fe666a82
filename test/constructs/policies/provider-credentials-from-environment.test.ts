import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { TerraformVariable } from "cdktf";
import { OciProvider } from "../../../.gen/providers/oci/provider";
import { ProviderCredentialsFromEnvironment } from "../../../constructs/policies";
import { newStack } from "../placement-support/support";
import { awsGateway, findings, ociDesktop } from "./support";

describe("ProviderCredentialsFromEnvironment", () => {
  test("passes the providers placements create (region only) and a key from a sensitive variable", () => {
    const stack = newStack();
    awsGateway(stack);
    ociDesktop(stack);
    const secret = new TerraformVariable(stack, "aws_secret_key", { type: "string", sensitive: true });
    const access = new TerraformVariable(stack, "aws_access_key", { type: "string", sensitive: true });
    new AwsProvider(stack, "Other", { region: "us-east-1", alias: "other", accessKey: access.stringValue, secretKey: secret.stringValue });
    expect(findings(stack, new ProviderCredentialsFromEnvironment())).toEqual([]);
  });

  test("fires on keys written into the configuration or taken from a variable that is not sensitive", () => {
    const stack = newStack();
    const plain = new TerraformVariable(stack, "aws_secret_key", { type: "string" });
    new AwsProvider(stack, "Aws", { region: "eu-central-1", accessKey: "AKIAEXAMPLE", secretKey: plain.stringValue });
    new OciProvider(stack, "Oci", { region: "eu-frankfurt-1", privateKey: "-----BEGIN PRIVATE KEY-----" });
    expect(findings(stack, new ProviderCredentialsFromEnvironment()).map((f) => [f.path, f.message])).toEqual([
      ["test/Aws", "provider aws sets access_key in the configuration. Leave it out (the provider reads its environment variables) or reference a sensitive TerraformVariable."],
      ["test/Aws", "provider aws sets secret_key in the configuration. Leave it out (the provider reads its environment variables) or reference a sensitive TerraformVariable."],
      ["test/Oci", "provider oci sets private_key in the configuration. Leave it out (the provider reads its environment variables) or reference a sensitive TerraformVariable."],
    ]);
  });
});
