import { SecurityGroupRule } from "@cdktf/provider-aws/lib/security-group-rule";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { CoreSecurityList } from "../../../.gen/providers/oci/core-security-list";
import { OciNetwork } from "../../../constructs/oci";
import { OnlyDeclaredPorts } from "../../../constructs/policies";
import { newStack } from "../placement-support/support";
import { awsGateway, findings, ociDesktop } from "./support";

describe("OnlyDeclaredPorts", () => {
  test("passes placed machines: their rules are exactly the declared ports (ICMP opens no port)", () => {
    const stack = newStack();
    awsGateway(stack);
    ociDesktop(stack);
    expect(findings(stack, new OnlyDeclaredPorts())).toEqual([]);
  });

  test("fires on a rule added inside a machine and on a rule elsewhere that targets the machine's security group", () => {
    const stack = newStack();
    const gateway = awsGateway(stack);
    new VpcSecurityGroupIngressRule(gateway, "Rdp", { securityGroupId: gateway.securityGroup.id, ipProtocol: "tcp", fromPort: 3389, toPort: 3389, cidrIpv4: "0.0.0.0/0" });
    new SecurityGroupRule(stack, "Range", { type: "ingress", securityGroupId: gateway.securityGroup.id, protocol: "udp", fromPort: 64700, toPort: 64800, cidrBlocks: ["0.0.0.0/0"] });
    new SecurityGroupRule(stack, "Egress", { type: "egress", securityGroupId: gateway.securityGroup.id, protocol: "tcp", fromPort: 1, toPort: 65535, cidrBlocks: ["0.0.0.0/0"] });
    const declared = "22/tcp, 80/tcp, 443/tcp, 64738/tcp, 64738/udp";
    expect(findings(stack, new OnlyDeclaredPorts()).map((f) => [f.ruleId, f.path, f.message])).toEqual([
      ["PairPac-OnlyDeclaredPorts", "test/Gateway/Rdp", `aws_vpc_security_group_ingress_rule rule tcp 3389 opens 1 undeclared tcp port(s), e.g. 3389/tcp; ports declared by machine gateway: ${declared}. Declare the port in the role's publicPorts or remove the rule.`],
      ["PairPac-OnlyDeclaredPorts", "test/Range", `aws_security_group_rule rule udp 64700-64800 opens 100 undeclared udp port(s), e.g. 64700/udp; ports declared by machine gateway: ${declared}. Declare the port in the role's publicPorts or remove the rule.`],
    ]);
  });

  test("fires on all-protocol and other-protocol rules", () => {
    const stack = newStack();
    const gateway = awsGateway(stack);
    new VpcSecurityGroupIngressRule(gateway, "Everything", { securityGroupId: gateway.securityGroup.id, ipProtocol: "-1", cidrIpv4: "0.0.0.0/0" });
    new VpcSecurityGroupIngressRule(gateway, "Gre", { securityGroupId: gateway.securityGroup.id, ipProtocol: "47", cidrIpv4: "0.0.0.0/0" });
    expect(findings(stack, new OnlyDeclaredPorts()).map((f) => f.message.split(";")[0])).toEqual([
      "aws_vpc_security_group_ingress_rule rule all protocols and ports opens 65532 undeclared tcp port(s), e.g. 0/tcp",
      "aws_vpc_security_group_ingress_rule rule protocol 47 opens a protocol other than TCP, UDP or ICMP",
    ]);
  });

  test("a rule shared by the whole network may open only ports every machine declared", () => {
    const withSharedSshList = (secondPorts: { port: number; protocol: "tcp"; description: string }[]) => {
      const stack = newStack();
      ociDesktop(stack);
      ociDesktop(stack, { name: "desktop-2", publicPorts: secondPorts, dataVolume: undefined }, "Desktop2");
      const network = stack.node.findAll().find((c): c is OciNetwork => c instanceof OciNetwork)!;
      new CoreSecurityList(stack, "SharedSsh", {
        compartmentId: network.compartment.compartmentId,
        vcnId: network.vcnId,
        ingressSecurityRules: [{ protocol: "6", source: "0.0.0.0/0", tcpOptions: { min: 22, max: 22 } }],
      });
      return stack;
    };
    expect(findings(withSharedSshList([]), new OnlyDeclaredPorts()).map((f) => [f.path, f.message])).toEqual([[
      "test/SharedSsh",
      "oci_core_security_list rule tcp 22 (ingress_security_rules[0]) opens 1 undeclared tcp port(s), e.g. 22/tcp; ports declared by every machine of the stack (the rule belongs to no single machine): none. Declare the port in the role's publicPorts or remove the rule.",
    ]]);
    expect(findings(withSharedSshList([{ port: 22, protocol: "tcp", description: "SSH" }]), new OnlyDeclaredPorts())).toEqual([]);
  });
});
