import { Instance } from "@cdktf/provider-aws/lib/instance";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { TerraformOutput, Testing } from "cdktf";
import { CoreInstance } from "../../../.gen/providers/oci/core-instance";
import { OciProvider } from "../../../.gen/providers/oci/provider";
import { File } from "../../../cloudinit";
import { OciShape } from "../../../constructs/oci";
import { Placement, type PlacedMachine } from "../../../constructs/placement";
import { applyPolicies } from "../../../constructs/policies";
import { TokenLengths } from "../../../constructs/private/token-lengths";
import { GATEWAY_PORTS, IDENTITY, TENANCY, expectSchemaValid, newStack, resources, roleDocument } from "../placement-support/support";

Testing.setupJest();

/** Gateway on AWS, desktop on OCI (A1.Flex); the desktop's user-data points at the gateway's Elastic IP. */
function crossCloud() {
  const stack = newStack();
  new TlsProvider(stack, "tls");
  const admin = new PrivateKey(stack, "AdminKey", { algorithm: "ED25519" });
  TokenLengths.declare(stack, admin.publicKeyOpenssh, 100);
  const gateway = Placement.aws({ region: "eu-central-1" }).place(stack, "Gateway", {
    name: "gateway",
    identity: IDENTITY,
    publicPorts: GATEWAY_PORTS,
    adminSshPublicKey: admin.publicKeyOpenssh,
    dataVolume: { sizeGb: 10, label: "pairpac-data" },
    userData: (m) => roleDocument("gateway", m),
  });
  const desktop: PlacedMachine = Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY, shape: OciShape.a1Flex() }).place(stack, "Desktop1", {
    name: "desktop-1",
    identity: IDENTITY,
    publicPorts: [],
    adminSshPublicKey: admin.publicKeyOpenssh,
    dataVolume: { sizeGb: 50, label: "pairpac-home" },
    userData: (m) => roleDocument("desktop-1", m).add("tunnel", File.text("/etc/pairpac/gateway", `${gateway.publicIp}\n`)),
  });
  new TerraformOutput(stack, "gatewayIp", { value: gateway.publicIp });
  new TerraformOutput(stack, "desktopIp", { value: desktop.publicIp });
  const aspect = applyPolicies(stack);
  return { stack, gateway, desktop, aspect };
}

describe("gateway on AWS, desktop on OCI", () => {
  const { stack, gateway, desktop, aspect } = crossCloud();
  const synthesized = Testing.synth(stack, true);
  const json = JSON.parse(synthesized);

  test("one provider per cloud, both default, each with only its region (and the AWS default tags)", () => {
    expect(json.provider.aws).toEqual([{ region: "eu-central-1", default_tags: [{ tags: IDENTITY.tags }] }]);
    expect(json.provider.oci).toEqual([{ region: "eu-frankfurt-1" }]);
    expect(synthesized).toHaveProviderWithProperties(AwsProvider, { region: "eu-central-1" });
    expect(synthesized).toHaveProviderWithProperties(OciProvider, { region: "eu-frankfurt-1" });
  });

  test("each machine is on its cloud with its login user and device", () => {
    expect([gateway.cloud, gateway.adminUser, desktop.cloud, desktop.adminUser, desktop.dataVolumeDevice]).toEqual(["aws", "ubuntu", "oci", "ubuntu", "/dev/oracleoci/oraclevdb"]);
    expect(synthesized).toHaveResourceWithProperties(Instance, {
      instance_type: "t3.micro",
      metadata_options: { http_endpoint: "enabled", http_tokens: "required", http_put_response_hop_limit: 1, instance_metadata_tags: "disabled" },
    });
    const desktopLocal = Object.keys(json.locals).find((name) => name.startsWith("Desktop1_"));
    expect(synthesized).toHaveResourceWithProperties(CoreInstance, {
      shape: "VM.Standard.A1.Flex",
      shape_config: { ocpus: 1, memory_in_gbs: 6 },
      metadata: { ssh_authorized_keys: "${tls_private_key.AdminKey.public_key_openssh}", user_data: `\${local.${desktopLocal}}` },
    });
  });

  test("the desktop's user-data refers to the gateway's Elastic IP across clouds", () => {
    const eip = Object.keys(resources(json, "aws_eip"))[0];
    const desktopLocal = Object.entries(json.locals as Record<string, string>).find(([name]) => name.startsWith("Desktop1_"))![1];
    expect(desktopLocal).toContain(`/etc/pairpac/gateway\\n    content: \${jsonencode("\${aws_eip.${eip}.public_ip}\\n")}`);
    expect(json.output).toEqual({
      gatewayIp: { value: `\${aws_eip.${eip}.public_ip}` },
      desktopIp: { value: `\${oci_core_public_ip.${Object.keys(resources(json, "oci_core_public_ip"))[0]}.ip_address}` },
    });
  });

  test("only the gateway opens ports; the desktop's NSG has only its egress rule", () => {
    expect(Object.keys(resources(json, "aws_vpc_security_group_ingress_rule"))).toHaveLength(GATEWAY_PORTS.length + 1);
    expect(Object.values(resources(json, "oci_core_network_security_group_security_rule")).map((r) => r.direction)).toEqual(["EGRESS"]);
  });

  test("every default policy passes", () => {
    expect(aspect.findings).toEqual([]);
    expect(aspect.suppressed).toEqual([]);
  });

  test("the synthesized JSON passes the provider schema check", () => {
    expectSchemaValid(synthesized);
  });
});
