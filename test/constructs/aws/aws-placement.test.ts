import { Eip } from "@cdktf/provider-aws/lib/eip";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { InternetGateway } from "@cdktf/provider-aws/lib/internet-gateway";
import { KeyPair } from "@cdktf/provider-aws/lib/key-pair";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Route } from "@cdktf/provider-aws/lib/route";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
import { DataAwsAmi } from "@cdktf/provider-aws/lib/data-aws-ami";
import { EbsVolume } from "@cdktf/provider-aws/lib/ebs-volume";
import { VolumeAttachment } from "@cdktf/provider-aws/lib/volume-attachment";
import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { TerraformOutput, TerraformStack, Testing } from "cdktf";
import { File, Os } from "../../../cloudinit";
import { AwsMachine } from "../../../constructs/aws";
import { AwsPlacement, Placement, type MachineContext, type MachineSpec } from "../../../constructs/placement";
import {
  ADMIN_KEY, GATEWAY_PORTS, IDENTITY, dataSources, expectSchemaValid, newStack, only, resources, roleDocument, synthJson,
} from "../placement-support/support";
import { expectPairPacError } from "../../support/pairpac-error";

Testing.setupJest();

/** The gateway spec used by most tests. */
function gatewaySpec(overrides: Partial<MachineSpec> = {}): MachineSpec {
  return {
    name: "gateway",
    identity: IDENTITY,
    publicPorts: GATEWAY_PORTS,
    adminSshPublicKey: ADMIN_KEY,
    dataVolume: { sizeGb: 10, label: "pairpac-data" },
    userData: (m) => roleDocument("gateway", m),
    ...overrides,
  };
}

function placeGateway(props: Partial<ConstructorParameters<typeof AwsPlacement>[0]> = {}, spec: Partial<MachineSpec> = {}): { stack: TerraformStack; machine: AwsMachine } {
  const stack = newStack();
  const machine = Placement.aws({ region: "eu-central-1", ...props }).place(stack, "Gateway", gatewaySpec(spec)) as AwsMachine;
  return { stack, machine };
}

const LABEL = "pairpac-feature-audio-fix--e106d182";

describe("Placement.aws network", () => {
  const { stack } = placeGateway();
  const synthesized = Testing.synth(stack, true);
  const json = JSON.parse(synthesized);

  test("one provider for the region with the branch identity as default tags", () => {
    expect(json.provider.aws).toEqual([{
      region: "eu-central-1",
      default_tags: [{ tags: { "pairpac:branch": "feature/Audio_Fix", "pairpac:branch-label": "feature-audio-fix--e106d182", "pairpac:managed-by": "pairpac" } }],
    }]);
  });

  test("VPC, public subnet in the first zone without opt-in, internet gateway and default route", () => {
    expect(synthesized).toHaveResourceWithProperties(Vpc, { cidr_block: "10.42.0.0/16", enable_dns_support: true, enable_dns_hostnames: true, tags: { Name: `${LABEL}-vpc` } });
    const zones = only(dataSources(json, "aws_availability_zones"));
    expect(zones).toEqual({ provider: "aws", state: "available", filter: [{ name: "opt-in-status", values: ["opt-in-not-required"] }] });
    const zonesName = Object.keys(dataSources(json, "aws_availability_zones"))[0];
    expect(synthesized).toHaveResourceWithProperties(Subnet, {
      cidr_block: "10.42.1.0/24",
      map_public_ip_on_launch: false,
      availability_zone: `\${element(data.aws_availability_zones.${zonesName}.names, 0)}`,
    });
    const igwName = Object.keys(resources(json, "aws_internet_gateway"))[0];
    expect(synthesized).toHaveResourceWithProperties(InternetGateway, { tags: { Name: `${LABEL}-igw` } });
    expect(synthesized).toHaveResourceWithProperties(Route, { destination_cidr_block: "0.0.0.0/0", gateway_id: `\${aws_internet_gateway.${igwName}.id}` });
    const routeTable = Object.keys(resources(json, "aws_route_table"))[0];
    const subnet = Object.keys(resources(json, "aws_subnet"))[0];
    expect(only(resources(json, "aws_route_table_association"))).toEqual({
      provider: "aws",
      route_table_id: `\${aws_route_table.${routeTable}.id}`,
      subnet_id: `\${aws_subnet.${subnet}.id}`,
    });
  });

  test("the synthesized JSON passes the provider schema check", () => {
    expectSchemaValid(synthesized);
  });
});

describe("Placement.aws machine", () => {
  const { stack, machine } = placeGateway();
  const synthesized = Testing.synth(stack, true);
  const json = JSON.parse(synthesized);
  const sgName = Object.keys(resources(json, "aws_security_group"))[0];

  test("the instance waits for the default route, the subnet's route table association and the Elastic IP", () => {
    const instance = Object.values(resources(json, "aws_instance"))[0] as { depends_on: string[] };
    const address = (type: string) => `${type}.${Object.keys(resources(json, type))[0]}`;
    expect(instance.depends_on).toEqual([address("aws_route"), address("aws_route_table_association"), address("aws_eip")]);
    expect(machine.instance.dependsOn).toHaveLength(3);
  });

  test("the security group opens exactly the role's ports plus ICMP fragmentation-needed, egress open", () => {
    const ingress = Object.values(resources(json, "aws_vpc_security_group_ingress_rule"))
      .map((r) => `${r.ip_protocol} ${r.from_port}-${r.to_port} ${r.cidr_ipv4} ${r.security_group_id}`)
      .sort();
    const sg = `\${aws_security_group.${sgName}.id}`;
    expect(ingress).toEqual([
      `icmp 3-4 0.0.0.0/0 ${sg}`,
      `tcp 22-22 0.0.0.0/0 ${sg}`,
      `tcp 443-443 0.0.0.0/0 ${sg}`,
      `tcp 64738-64738 0.0.0.0/0 ${sg}`,
      `tcp 80-80 0.0.0.0/0 ${sg}`,
      `udp 64738-64738 0.0.0.0/0 ${sg}`,
    ]);
    expect(Object.values(resources(json, "aws_vpc_security_group_egress_rule"))).toEqual([{
      provider: "aws", security_group_id: sg, ip_protocol: "-1", cidr_ipv4: "0.0.0.0/0", description: "All outbound traffic",
    }]);
    expect(only(resources(json, "aws_security_group"))).toEqual({
      provider: "aws",
      name: `${LABEL}-gateway`,
      description: "PairPac gateway of feature-audio-fix--e106d182: public ports only",
      vpc_id: `\${aws_vpc.${Object.keys(resources(json, "aws_vpc"))[0]}.id}`,
      tags: { Name: `${LABEL}-gateway` },
    });
    expect(machine.publicPorts).toEqual(GATEWAY_PORTS);
  });

  test("the rule description keeps the role's text", () => {
    expect(only(resources(json, "aws_vpc_security_group_ingress_rule"), "Ingress-tcp-443")).toEqual(expect.objectContaining({ description: "HTTPS (nginx)" }));
  });

  test("the Ubuntu 24.04 image is looked up by Canonical's owner id, name pattern and architecture", () => {
    expect(synthesized).toHaveDataSourceWithProperties(DataAwsAmi, {
      most_recent: true,
      owners: ["099720109477"],
      filter: [
        { name: "name", values: ["ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*"] },
        { name: "architecture", values: ["x86_64"] },
        { name: "virtualization-type", values: ["hvm"] },
        { name: "root-device-type", values: ["ebs"] },
        { name: "state", values: ["available"] },
      ],
    });
  });

  test("the instance: t3.micro with standard credits, IMDSv2 required, encrypted root, gzip user-data replacing it on change", () => {
    const ami = Object.keys(dataSources(json, "aws_ami"))[0];
    const eni = Object.keys(resources(json, "aws_network_interface"))[0];
    const key = Object.keys(resources(json, "aws_key_pair"))[0];
    const local = Object.keys(json.locals)[0];
    const instance = only(resources(json, "aws_instance"));
    expect(instance).toEqual({
      provider: "aws",
      ami: `\${data.aws_ami.${ami}.id}`,
      instance_type: "t3.micro",
      key_name: `\${aws_key_pair.${key}.key_name}`,
      primary_network_interface: { network_interface_id: `\${aws_network_interface.${eni}.id}` },
      user_data_base64: `\${local.${local}}`,
      user_data_replace_on_change: true,
      metadata_options: { http_endpoint: "enabled", http_tokens: "required", http_put_response_hop_limit: 1, instance_metadata_tags: "disabled" },
      root_block_device: { encrypted: true, volume_type: "gp3", volume_size: 16, delete_on_termination: true },
      credit_specification: { cpu_credits: "standard" },
      tags: { Name: `${LABEL}-gateway` },
      depends_on: ["aws_route", "aws_route_table_association", "aws_eip"].map((type) => `${type}.${Object.keys(resources(json, type))[0]}`),
      lifecycle: {
        ignore_changes: ["ami"],
        precondition: [{
          condition: `\${((((length(local.${local}) / 4) * 3) - length(regexall("=", local.${local}))) <= 16384)}`,
          error_message: "PairPac: the user-data of gateway is larger than the 16384 bytes EC2 accepts (after gzip). Move large content out of user-data or switch optional features off.",
        }],
      },
    });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(Instance, { user_data_replace_on_change: true });
  });

  test("the precondition's arithmetic gives the exact decoded length of base64 text", () => {
    const local = Object.keys(json.locals)[0];
    const condition = (only(resources(json, "aws_instance")).lifecycle as { precondition: { condition: string }[] }).precondition[0].condition;
    for (const bytes of [16382, 16383, 16384, 16385, 16386, 1, 2, 3]) {
      const encoded = Buffer.alloc(bytes, 0xa5).toString("base64");
      const arithmetic = condition
        .slice(2, -1)
        .replace(`length(regexall("=", local.${local}))`, String((encoded.match(/=/g) ?? []).length))
        .replace(`length(local.${local})`, String(encoded.length));
      expect(/^[\d\s()+\-*/<=]+$/.test(arithmetic)).toBe(true);
      expect(new Function(`return ${arithmetic};`)()).toBe(bytes <= 16384);
    }
  });

  test("the user-data local is base64gzip of the rendered document, the data volume found by its NVMe by-id link", () => {
    const volume = Object.keys(resources(json, "aws_ebs_volume"))[0];
    const value = Object.values(json.locals)[0] as string;
    expect(value.startsWith('${base64gzip("#cloud-config\\n')).toBe(true);
    expect(value).toContain(`/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_\${replace(aws_ebs_volume.${volume}.id, "-", "")}`);
    expect(value).toContain("machine=gateway\\n      user=ubuntu");
    expect(machine.dataVolumeDevice).toMatch(/^\/dev\/disk\/by-id\/nvme-Amazon_Elastic_Block_Store_\$\{TfToken\[TOKEN\.\d+\]\}$/);
  });

  test("the data volume: encrypted gp3 with prevent_destroy in the subnet's zone, attached as /dev/sdf, stopping the instance before detaching", () => {
    const subnet = Object.keys(resources(json, "aws_subnet"))[0];
    expect(only(resources(json, "aws_ebs_volume"))).toEqual({
      provider: "aws",
      availability_zone: `\${aws_subnet.${subnet}.availability_zone}`,
      size: 10,
      type: "gp3",
      encrypted: true,
      tags: { Name: `${LABEL}-gateway-pairpac-data` },
      lifecycle: { prevent_destroy: true },
    });
    expect(synthesized).toHaveResourceWithProperties(EbsVolume, { lifecycle: { prevent_destroy: true } });
    const instance = Object.keys(resources(json, "aws_instance"))[0];
    const volume = Object.keys(resources(json, "aws_ebs_volume"))[0];
    expect(synthesized).toHaveResourceWithProperties(VolumeAttachment, {
      device_name: "/dev/sdf",
      instance_id: `\${aws_instance.${instance}.id}`,
      volume_id: `\${aws_ebs_volume.${volume}.id}`,
      stop_instance_before_detaching: true,
    });
  });

  test("the Elastic IP sits on the network interface (public from the first boot) after the internet gateway is attached", () => {
    const eni = Object.keys(resources(json, "aws_network_interface"))[0];
    const igw = Object.keys(resources(json, "aws_internet_gateway"))[0];
    expect(synthesized).toHaveResourceWithProperties(Eip, {
      domain: "vpc",
      network_interface: `\${aws_network_interface.${eni}.id}`,
      depends_on: [`aws_internet_gateway.${igw}`],
    });
    expect(only(resources(json, "aws_network_interface"))).toEqual({
      provider: "aws",
      subnet_id: `\${aws_subnet.${Object.keys(resources(json, "aws_subnet"))[0]}.id}`,
      security_groups: [`\${aws_security_group.${sgName}.id}`],
      description: "PairPac gateway of feature-audio-fix--e106d182",
      tags: { Name: `${LABEL}-gateway` },
    });
  });

  test("the admin key becomes a key pair; the machine exposes login user and stable public IP", () => {
    expect(synthesized).toHaveResourceWithProperties(KeyPair, { key_name_prefix: `${LABEL}-gateway-`, public_key: ADMIN_KEY });
    const out = newStack();
    const m = Placement.aws({ region: "eu-central-1" }).place(out, "Gateway", gatewaySpec());
    new TerraformOutput(out, "ip", { value: m.publicIp });
    const eip = Object.keys(resources(synthJson(out), "aws_eip"))[0];
    expect(synthJson(out).output?.ip).toEqual({ value: `\${aws_eip.${eip}.public_ip}` });
    expect(machine.adminUser).toBe("ubuntu");
    expect(machine.cloud).toBe("aws");
    expect(machine.name).toBe("gateway");
  });
});

describe("Placement.aws options", () => {
  test("AwsPlacement exposes cloud, os, architecture and login user", () => {
    const placement = Placement.aws({ region: "eu-west-1" });
    expect(placement).toBeInstanceOf(AwsPlacement);
    expect([placement.cloud, placement.region, placement.os, placement.architecture, placement.adminUser]).toEqual(["aws", "eu-west-1", Os.UBUNTU_24_04, "x86_64", "ubuntu"]);
  });

  test("Debian 13 uses Debian's AMI and the admin user", () => {
    const contexts: MachineContext[] = [];
    const { stack, machine } = placeGateway({ os: Os.DEBIAN_13 }, { userData: (m) => { contexts.push(m); return roleDocument("gateway", m); } });
    const synthesized = Testing.synth(stack, true);
    expect(synthesized).toHaveDataSourceWithProperties(DataAwsAmi, {
      owners: ["136693071363"],
      filter: expect.arrayContaining([{ name: "name", values: ["debian-13-amd64-*"] }]),
    });
    expect(machine.adminUser).toBe("admin");
    expect(contexts.map((c) => [c.os, c.adminUser, c.cloud, c.architecture])).toEqual([[Os.DEBIAN_13, "admin", "aws", "x86_64"]]);
    expectSchemaValid(synthesized);
  });

  test("a Graviton instance type selects arm64 and the arm64 image; burstable t4g gets standard credits", () => {
    const { stack } = placeGateway({ instanceType: "t4g.small" });
    const synthesized = Testing.synth(stack, true);
    expect(synthesized).toHaveDataSourceWithProperties(DataAwsAmi, {
      filter: expect.arrayContaining([
        { name: "name", values: ["ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-arm64-server-*"] },
        { name: "architecture", values: ["arm64"] },
      ]),
    });
    expect(synthesized).toHaveResourceWithProperties(Instance, { instance_type: "t4g.small", credit_specification: { cpu_credits: "standard" } });
    expect(Placement.aws({ region: "eu-central-1", instanceType: "m7g.medium" }).architecture).toBe("arm64");
    expect(Placement.aws({ region: "eu-central-1", instanceType: "c6gn.large" }).architecture).toBe("arm64");
    expect(Placement.aws({ region: "eu-central-1", instanceType: "g4dn.xlarge" }).architecture).toBe("x86_64");
    expect(Placement.aws({ region: "eu-central-1", instanceType: "m7i-flex.large" }).architecture).toBe("x86_64");
  });

  test("a non-burstable type has no credit specification", () => {
    const json = synthJson(placeGateway({ instanceType: "m7i.large" }).stack);
    expect(only(resources(json, "aws_instance")).credit_specification).toBeUndefined();
  });

  test("a Xen instance type (t2.micro) sees the data volume as /dev/xvdf", () => {
    const { machine } = placeGateway({ instanceType: "t2.micro" });
    expect(machine.dataVolumeDevice).toBe("/dev/xvdf");
  });

  test("without a data volume there is no volume, attachment or device", () => {
    const { stack, machine } = placeGateway({}, { dataVolume: undefined });
    const json = synthJson(stack);
    expect(resources(json, "aws_ebs_volume")).toEqual({});
    expect(resources(json, "aws_volume_attachment")).toEqual({});
    expect(machine.dataVolumeDevice).toBeUndefined();
  });

  test("custom zone, CIDR blocks, root volume size, profile and followLatestImage", () => {
    const { stack } = placeGateway({ availabilityZone: "eu-central-1b", vpcCidr: "10.7.0.0/16", subnetCidr: "10.7.3.0/24", rootVolumeSizeGb: 30, profile: "pairpac", followLatestImage: true });
    const synthesized = Testing.synth(stack, true);
    const json = JSON.parse(synthesized);
    expect(dataSources(json, "aws_availability_zones")).toEqual({});
    expect(synthesized).toHaveResourceWithProperties(Subnet, { availability_zone: "eu-central-1b", cidr_block: "10.7.3.0/24" });
    expect(synthesized).toHaveResourceWithProperties(Vpc, { cidr_block: "10.7.0.0/16" });
    expect(synthesized).toHaveProviderWithProperties(AwsProvider, { region: "eu-central-1", profile: "pairpac" });
    const instance = only(resources(json, "aws_instance"));
    expect(instance.root_block_device).toEqual({ encrypted: true, volume_type: "gp3", volume_size: 30, delete_on_termination: true });
    expect((instance.lifecycle as Record<string, unknown>).ignore_changes).toBeUndefined();
    expectSchemaValid(synthesized);
  });

  test("two machines in one region share one network and one image lookup", () => {
    const stack = newStack();
    const placement = Placement.aws({ region: "eu-central-1" });
    placement.place(stack, "Gateway", gatewaySpec());
    placement.place(stack, "Desktop1", gatewaySpec({ name: "desktop-1", publicPorts: [], dataVolume: undefined, userData: (m) => roleDocument("desktop-1", m) }));
    const json = synthJson(stack);
    expect(Object.keys(resources(json, "aws_vpc"))).toHaveLength(1);
    expect(Object.keys(dataSources(json, "aws_ami"))).toHaveLength(1);
    expect(Object.keys(resources(json, "aws_instance"))).toHaveLength(2);
    expect(Object.keys(resources(json, "aws_security_group"))).toHaveLength(2);
    const desktopRules = Object.keys(resources(json, "aws_vpc_security_group_ingress_rule")).filter((n) => n.startsWith("Desktop1_"));
    expect(desktopRules).toEqual([expect.stringMatching(/^Desktop1_Ingress-icmp-fragmentation-needed_/)]);
    expectSchemaValid(json);
  });

  test("two regions: the first gets the default provider, the second an alias, and its resources use it", () => {
    const stack = newStack();
    Placement.aws({ region: "eu-central-1" }).place(stack, "Gateway", gatewaySpec());
    Placement.aws({ region: "us-east-1" }).place(stack, "Desktop1", gatewaySpec({ name: "desktop-1", publicPorts: [], userData: (m) => roleDocument("desktop-1", m) }));
    const json = synthJson(stack);
    expect((json.provider?.aws ?? []).map((p) => [p.region, p.alias])).toEqual([["eu-central-1", undefined], ["us-east-1", "us-east-1"]]);
    const providerOf = (type: string, prefix: string) => Object.entries(resources(json, type)).filter(([n]) => n.startsWith(prefix)).map(([, r]) => r.provider);
    expect(providerOf("aws_instance", "Desktop1_")).toEqual(["aws.us-east-1"]);
    expect(providerOf("aws_instance", "Gateway_")).toEqual(["aws"]);
    expect(providerOf("aws_vpc", "AwsNetwork-us-east-1_")).toEqual(["aws.us-east-1"]);
    expect(Object.values(dataSources(json, "aws_ami")).map((d) => d.provider).sort()).toEqual(["aws", "aws.us-east-1"]);
    expectSchemaValid(json);
  });

  test("the user-data is rendered at synth time: elements added after placing are included", () => {
    const stack = newStack();
    let doc: ReturnType<typeof roleDocument> | undefined;
    Placement.aws({ region: "eu-central-1" }).place(stack, "Gateway", gatewaySpec({ userData: (m) => (doc = roleDocument("gateway", m)) }));
    expect(doc).toBeUndefined();
    const json = synthJson(stack);
    expect(Object.values(json.locals ?? {})[0]).toContain("machine=gateway");
    const later = newStack();
    const early = roleDocument("gateway", { cloud: "aws", os: Os.UBUNTU_24_04, architecture: "x86_64", adminUser: "ubuntu" });
    Placement.aws({ region: "eu-central-1" }).place(later, "Gateway", gatewaySpec({ dataVolume: undefined, userData: early }));
    early.add("late", File.text("/etc/pairpac/late", "added after place()\n"));
    expect(Object.values(synthJson(later).locals ?? {})[0]).toContain("/etc/pairpac/late");
  });

  test("a rendered string is used as it is, tokens become interpolations", () => {
    const stack = newStack();
    new TlsProvider(stack, "tls");
    const key = new PrivateKey(stack, "AdminKey", { algorithm: "ED25519" });
    Placement.aws({ region: "eu-central-1" }).place(stack, "Gateway", gatewaySpec({ adminSshPublicKey: key.publicKeyOpenssh, dataVolume: undefined, userData: "#cloud-config\nhostname: gw\n" }));
    const json = synthJson(stack);
    expect(Object.values(json.locals ?? {})).toEqual(['${base64gzip("#cloud-config\\nhostname: gw\\n")}']);
    expect(only(resources(json, "aws_key_pair")).public_key).toBe("${tls_private_key.AdminKey.public_key_openssh}");
    expectSchemaValid(json);
  });
});

describe("Placement.aws rejects misuse", () => {
  test("fails on an architecture that does not match the instance type", () => {
    expectPairPacError(() => Placement.aws({ region: "eu-central-1", instanceType: "t3.micro", architecture: "arm64" }), { field: "architecture", value: "arm64", problem: "does not match instance type t3.micro (x86_64)" });
  });
  test("fails on a malformed region or instance type", () => {
    expectPairPacError(() => placeGateway({ region: "Frankfurt" }), { field: "region", value: "Frankfurt", problem: "is not an AWS region name", fix: 'Use e.g. "eu-central-1".' });
    expectPairPacError(() => Placement.aws({ region: "eu-central-1", instanceType: "micro" }), { field: "instanceType", value: "micro", problem: "is not an EC2 instance type" });
  });
  test("fails on a root volume below 8 GiB", () => {
    expectPairPacError(() => Placement.aws({ region: "eu-central-1", rootVolumeSizeGb: 4 }), { field: "rootVolumeSizeGb", value: 4, problem: "must be an integer between 8 and 1024" });
  });
  test("fails on a data volume of 0 GiB or with a bad label", () => {
    expectPairPacError(() => placeGateway({}, { dataVolume: { sizeGb: 0, label: "data" } }), { field: "dataVolume.sizeGb", value: 0, problem: "must be an integer between 1 and 16384 on AWS (gp3)" });
    expectPairPacError(() => placeGateway({}, { dataVolume: { sizeGb: 10, label: "a label too long!" } }), { field: "dataVolume.label", problem: /^must be 1-16 letters/ });
  });
  test("fails on ports: out of range, unknown protocol, listed twice, description with forbidden characters", () => {
    expectPairPacError(() => placeGateway({}, { publicPorts: [{ port: 0, protocol: "tcp", description: "x" }] }), { field: "publicPorts[0].port", value: 0, problem: "must be an integer between 1 and 65535" });
    expectPairPacError(() => placeGateway({}, { publicPorts: [{ port: 1, protocol: "sctp" as "tcp", description: "x" }] }), { field: "publicPorts[0].protocol", value: "sctp", problem: 'must be "tcp" or "udp"' });
    expectPairPacError(() => placeGateway({}, { publicPorts: [{ port: 443, protocol: "tcp", description: "a" }, { port: 443, protocol: "tcp", description: "b" }] }), { field: "publicPorts[1]", problem: /^lists 443\/tcp a second time/ });
    expectPairPacError(() => placeGateway({}, { publicPorts: [{ port: 443, protocol: "tcp", description: "HTTPS <nginx>" }] }), { field: "publicPorts[0].description", problem: /^must be 1-255 characters/ });
  });
  test("fails on a bad machine name or admin key", () => {
    expectPairPacError(() => placeGateway({}, { name: "Gateway" }), { field: "name", problem: /^must be 1-32 lower-case letters/ });
    expectPairPacError(() => placeGateway({}, { adminSshPublicKey: "" }), { field: "adminSshPublicKey", problem: /^must not be empty/ });
    expectPairPacError(() => placeGateway({}, { adminSshPublicKey: "-----BEGIN PUBLIC KEY-----" }), { field: "adminSshPublicKey", problem: /^is not an OpenSSH public key/ });
  });
  test("fails when a second placement in the same region wants another network", () => {
    const stack = newStack();
    Placement.aws({ region: "eu-central-1" }).place(stack, "Gateway", gatewaySpec());
    expectPairPacError(() => Placement.aws({ region: "eu-central-1", vpcCidr: "10.9.0.0/16", subnetCidr: "10.9.1.0/24" }).place(stack, "Desktop1", gatewaySpec({ name: "desktop-1" })), { field: "vpcCidr", value: "10.9.0.0/16", problem: 'differs from "10.42.0.0/16" of the eu-central-1 network already created in this stack' });
  });
  test("fails on a subnet outside the VPC or a CIDR with host bits", () => {
    expectPairPacError(() => placeGateway({ vpcCidr: "10.1.0.0/16", subnetCidr: "10.2.0.0/24" }), { field: "subnetCidr", problem: /^is not inside the VPC block 10\.1\.0\.0\/16/ });
    expectPairPacError(() => placeGateway({ vpcCidr: "10.1.0.1/16" }), { field: "vpcCidr", problem: /^has host bits set/ });
  });
  test("fails at synth when the userData function returns something else", () => {
    const { stack } = placeGateway({}, { userData: () => 42 as unknown as string });
    expectPairPacError(() => Testing.synth(stack), { field: "gateway.userData", value: 42, problem: "must be a CloudConfig or a rendered #cloud-config string" });
  });
});
