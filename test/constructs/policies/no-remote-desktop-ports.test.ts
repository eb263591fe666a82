import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { SecurityGroupRule } from "@cdktf/provider-aws/lib/security-group-rule";
import { TerraformVariable } from "cdktf";
import { CoreNetworkSecurityGroupSecurityRule } from "../../../.gen/providers/oci/core-network-security-group-security-rule";
import { NoRemoteDesktopPorts } from "../../../constructs/policies";
import { GATEWAY_PORTS, newStack } from "../placement-support/support";
import { awsGateway, findings, ociDesktop } from "./support";

describe("NoRemoteDesktopPorts", () => {
  test("passes a gateway and a desktop that open only their public ports", () => {
    const stack = newStack();
    awsGateway(stack);
    ociDesktop(stack);
    expect(findings(stack, new NoRemoteDesktopPorts())).toEqual([]);
  });

  test("fires when a role declares a VNC port public", () => {
    const stack = newStack();
    awsGateway(stack, { publicPorts: [...GATEWAY_PORTS, { port: 5901, protocol: "tcp", description: "VNC of desktop 1" }] });
    expect(findings(stack, new NoRemoteDesktopPorts())).toEqual([{
      ruleId: "PairPac-NoRemoteDesktopPorts",
      level: "error",
      path: "test/Gateway/Ingress-tcp-5901",
      message: "aws_vpc_security_group_ingress_rule rule tcp 5901 opens VNC (5900-5999) to the network. These services are reached only through the SSH tunnels; remove the rule.",
    }]);
  });

  test("fires on an OCI NSG rule opening PulseAudio and Guacamole's web port, and on a range over guacd", () => {
    const stack = newStack();
    const desktop = ociDesktop(stack);
    new CoreNetworkSecurityGroupSecurityRule(stack, "Audio", {
      networkSecurityGroupId: desktop.networkSecurityGroupId, direction: "INGRESS", protocol: "6", source: "0.0.0.0/0",
      tcpOptions: { destinationPortRange: { min: 4713, max: 4713 } },
    });
    new CoreNetworkSecurityGroupSecurityRule(stack, "Web", {
      networkSecurityGroupId: desktop.networkSecurityGroupId, direction: "INGRESS", protocol: "6", source: "0.0.0.0/0",
      tcpOptions: { destinationPortRange: { min: 8000, max: 8100 } },
    });
    new CoreNetworkSecurityGroupSecurityRule(stack, "Outbound", {
      networkSecurityGroupId: desktop.networkSecurityGroupId, direction: "EGRESS", protocol: "6", destination: "0.0.0.0/0",
      tcpOptions: { destinationPortRange: { min: 5900, max: 5900 } },
    });
    expect(findings(stack, new NoRemoteDesktopPorts()).map((f) => [f.path, f.message])).toEqual([
      ["test/Audio", "oci_core_network_security_group_security_rule rule tcp 4713 opens PulseAudio (4713 and the per-desktop tunnel ports) (4700-4799) to the network. These services are reached only through the SSH tunnels; remove the rule."],
      ["test/Web", "oci_core_network_security_group_security_rule rule tcp 8000-8100 opens Guacamole web application (8080) to the network. These services are reached only through the SSH tunnels; remove the rule."],
    ]);
  });

  test("fires on inline AWS rules for all protocols and on rules whose ports are expressions", () => {
    const stack = newStack();
    new SecurityGroup(stack, "Open", {
      ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"], description: null as unknown as string, ipv6CidrBlocks: [], prefixListIds: [], securityGroups: [], selfAttribute: false }],
    });
    const port = new TerraformVariable(stack, "port", { type: "number" });
    new SecurityGroupRule(stack, "Variable", { type: "ingress", protocol: "tcp", fromPort: port.numberValue, toPort: port.numberValue, securityGroupId: "sg-1", cidrBlocks: ["0.0.0.0/0"] });
    expect(findings(stack, new NoRemoteDesktopPorts()).map((f) => [f.path, f.message])).toEqual([
      ["test/Open", "aws_security_group rule all protocols and ports (ingress[0]) opens VNC (5900-5999), PulseAudio (4713 and the per-desktop tunnel ports) (4700-4799), guacd (4822), Guacamole web application (8080) to the network. These services are reached only through the SSH tunnels; remove the rule."],
      ["test/Variable", "aws_security_group_rule rule tcp ${var.port}-${var.port}: its ports are not literal numbers, so it cannot be checked against the remote-desktop ports. Use literal port numbers."],
    ]);
  });
});
