import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { TerraformOutput, TerraformStack, Testing } from "cdktf";
import { CoreInstance } from "../../../.gen/providers/oci/core-instance";
import { CoreInternetGateway } from "../../../.gen/providers/oci/core-internet-gateway";
import { CorePublicIp } from "../../../.gen/providers/oci/core-public-ip";
import { CoreRouteTable } from "../../../.gen/providers/oci/core-route-table";
import { CoreSubnet } from "../../../.gen/providers/oci/core-subnet";
import { CoreVcn } from "../../../.gen/providers/oci/core-vcn";
import { CoreVolume } from "../../../.gen/providers/oci/core-volume";
import { CoreVolumeAttachment } from "../../../.gen/providers/oci/core-volume-attachment";
import { DataOciCoreImages } from "../../../.gen/providers/oci/data-oci-core-images";
import { IdentityCompartment } from "../../../.gen/providers/oci/identity-compartment";
import { AcmeProvider } from "../../../.gen/providers/acme/provider";
import { OciProvider } from "../../../.gen/providers/oci/provider";
import { Os } from "../../../cloudinit";
import { OciMachine, OciShape, type OciPlacementProps } from "../../../constructs/oci";
import { OciPlacement, Placement, type MachineContext, type MachineSpec } from "../../../constructs/placement";
import { machineRecordOf } from "../../../constructs/private/machine-record";
import { TokenLengths } from "../../../constructs/private/token-lengths";
import {
  ADMIN_KEY, IDENTITY, TENANCY, dataSources, expectSchemaValid, newStack, only, resources, roleDocument, synthJson,
} from "../placement-support/support";
import { expectPairPacError } from "../../support/pairpac-error";

Testing.setupJest();

const LABEL = "pairpac-feature-audio-fix--e106d182";
const TAGS = { "pairpac:branch": "feature/Audio_Fix", "pairpac:branch-label": "feature-audio-fix--e106d182", "pairpac:managed-by": "pairpac" };
const DESKTOP_PORTS = [{ port: 22, protocol: "tcp" as const, description: "SSH administration" }];

function desktopSpec(overrides: Partial<MachineSpec> = {}): MachineSpec {
  return {
    name: "desktop-1",
    identity: IDENTITY,
    publicPorts: DESKTOP_PORTS,
    adminSshPublicKey: ADMIN_KEY,
    dataVolume: { sizeGb: 50, label: "pairpac-home" },
    userData: (m) => roleDocument("desktop-1", m),
    ...overrides,
  };
}

function placeDesktop(props: Partial<OciPlacementProps> = {}, spec: Partial<MachineSpec> = {}): { stack: TerraformStack; machine: OciMachine } {
  const stack = newStack();
  const machine = Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY, ...props }).place(stack, "Desktop1", desktopSpec(spec)) as OciMachine;
  return { stack, machine };
}

describe("Placement.oci branch compartment and network", () => {
  const { stack } = placeDesktop();
  const synthesized = Testing.synth(stack, true);
  const json = JSON.parse(synthesized);
  const compartment = `\${oci_identity_compartment.${Object.keys(resources(json, "oci_identity_compartment"))[0]}.id}`;
  const vcn = `\${oci_core_vcn.${Object.keys(resources(json, "oci_core_vcn"))[0]}.id}`;

  test("one provider with only the region: credentials come from the environment; oci and acme pinned exactly", () => {
    expect(json.provider.oci).toEqual([{ region: "eu-frankfurt-1" }]);
    expect(json.terraform.required_providers.oci).toEqual({ source: "oracle/oci", version: "8.28.0" });
    // an exact pin, like aws/dns/tls/random: "~> 2.48" could float to an acme build on a lego that renames providers
    const app = Testing.app();
    const s = new TerraformStack(app, "acme-pin");
    new AcmeProvider(s, "acme", { serverUrl: "https://acme-staging-v02.api.letsencrypt.org/directory" });
    expect(JSON.parse(Testing.synth(s)).terraform.required_providers.acme).toEqual({ source: "vancluever/acme", version: "2.48.3" });
  });

  test("the branch compartment under the parent, deletable, named and tagged after the branch", () => {
    expect(only(resources(json, "oci_identity_compartment"))).toEqual({
      provider: "oci",
      compartment_id: TENANCY,
      name: "pairpac.feature-audio_fix--e106d182",
      description: "PairPac co-working space of branch feature-audio-fix--e106d182 (feature-audio-fix--e106d182.pairpac.example.org)",
      enable_delete: true,
      freeform_tags: TAGS,
      timeouts: { delete: "3h" },
    });
    expect(synthesized).toHaveResourceWithProperties(IdentityCompartment, { name: `pairpac.${IDENTITY.compartmentName}`, enable_delete: true });
  });

  test("VCN, internet gateway, default route and a regional public subnet in the compartment", () => {
    expect(synthesized).toHaveResourceWithProperties(CoreVcn, { compartment_id: compartment, cidr_blocks: ["10.42.0.0/16"], display_name: `${LABEL}-vcn`, freeform_tags: TAGS });
    expect(synthesized).toHaveResourceWithProperties(CoreInternetGateway, { compartment_id: compartment, vcn_id: vcn, enabled: true });
    const igw = Object.keys(resources(json, "oci_core_internet_gateway"))[0];
    expect(synthesized).toHaveResourceWithProperties(CoreRouteTable, {
      vcn_id: vcn,
      route_rules: [{ destination: "0.0.0.0/0", destination_type: "CIDR_BLOCK", network_entity_id: `\${oci_core_internet_gateway.${igw}.id}`, description: "Internet" }],
    });
    const routeTable = Object.keys(resources(json, "oci_core_route_table"))[0];
    const securityList = Object.keys(resources(json, "oci_core_security_list"))[0];
    expect(synthesized).toHaveResourceWithProperties(CoreSubnet, {
      cidr_block: "10.42.1.0/24",
      vcn_id: vcn,
      route_table_id: `\${oci_core_route_table.${routeTable}.id}`,
      security_list_ids: [`\${oci_core_security_list.${securityList}.id}`],
      prohibit_public_ip_on_vnic: false,
    });
    expect(only(resources(json, "oci_core_subnet")).availability_domain).toBeUndefined();
  });

  test("the subnet's security list opens no port: egress everywhere, inbound only ICMP fragmentation-needed", () => {
    const list = only(resources(json, "oci_core_security_list"));
    expect(list.egress_security_rules).toEqual([{ destination: "0.0.0.0/0", destination_type: "CIDR_BLOCK", protocol: "all", stateless: false, description: "All outbound traffic" }]);
    expect(list.ingress_security_rules).toEqual([{
      source: "0.0.0.0/0", source_type: "CIDR_BLOCK", protocol: "1", stateless: false, icmp_options: { type: 3, code: 4 },
      description: "Path MTU discovery (ICMP fragmentation needed)",
    }]);
  });

  test("availability domains and images are listed in the parent compartment (known at plan time)", () => {
    expect(only(dataSources(json, "oci_identity_availability_domains"))).toEqual({ provider: "oci", compartment_id: TENANCY });
    expect(synthesized).toHaveDataSourceWithProperties(DataOciCoreImages, {
      compartment_id: TENANCY,
      operating_system: "Canonical Ubuntu",
      operating_system_version: "24.04",
      shape: "VM.Standard.E2.1.Micro",
      state: "AVAILABLE",
      sort_by: "TIMECREATED",
      sort_order: "DESC",
      filter: [{ name: "display_name", values: ["^Canonical-Ubuntu-24\\.04-\\d{4}\\.\\d{2}\\.\\d{2}-\\d+$"], regex: true }],
    });
  });

  test("the synthesized JSON passes the provider schema check", () => {
    expectSchemaValid(synthesized);
  });
});

describe("Placement.oci machine", () => {
  const { stack, machine } = placeDesktop();
  const synthesized = Testing.synth(stack, true);
  const json = JSON.parse(synthesized);
  const compartment = `\${oci_identity_compartment.${Object.keys(resources(json, "oci_identity_compartment"))[0]}.id}`;
  const nsg = `\${oci_core_network_security_group.${Object.keys(resources(json, "oci_core_network_security_group"))[0]}.id}`;
  const ads = Object.keys(dataSources(json, "oci_identity_availability_domains"))[0];
  void ads;
  const adLocal = Object.keys(json.locals).find((k) => k.includes("AvailabilityDomains-VM-Standard-E2-1-Micro"))!;
  const ad = `\${try(local.${adLocal}[0], "")}`;

  test("the NSG opens exactly the role's ports, egress open", () => {
    const rules = Object.values(resources(json, "oci_core_network_security_group_security_rule"));
    expect(rules).toHaveLength(2);
    expect(only(resources(json, "oci_core_network_security_group_security_rule"), "Ingress-tcp-22")).toEqual({
      provider: "oci",
      network_security_group_id: nsg,
      direction: "INGRESS",
      protocol: "6",
      source: "0.0.0.0/0",
      source_type: "CIDR_BLOCK",
      stateless: false,
      description: "SSH administration",
      tcp_options: { destination_port_range: { min: 22, max: 22 } },
    });
    expect(only(resources(json, "oci_core_network_security_group_security_rule"), "Egress-all")).toEqual({
      provider: "oci",
      network_security_group_id: nsg,
      direction: "EGRESS",
      protocol: "all",
      destination: "0.0.0.0/0",
      destination_type: "CIDR_BLOCK",
      stateless: false,
      description: "All outbound traffic",
    });
  });

  test("the instance: E2.1.Micro from the newest image, no ephemeral public IP, NSG, metadata with gzip user-data and admin key, IMDS v1 off", () => {
    const images = Object.keys(dataSources(json, "oci_core_images"))[0];
    const subnet = Object.keys(resources(json, "oci_core_subnet"))[0];
    const local = Object.keys(json.locals).find((k) => k.includes("UserData"))!;
    const adLocal = Object.keys(json.locals).find((k) => k.includes("AvailabilityDomains-VM-Standard-E2-1-Micro"))!;
    expect(only(resources(json, "oci_core_instance"))).toEqual({
      provider: "oci",
      compartment_id: compartment,
      availability_domain: ad,
      shape: "VM.Standard.E2.1.Micro",
      display_name: `${LABEL}-desktop-1`,
      source_details: { source_type: "image", source_id: `\${data.oci_core_images.${images}.images[0].id}` },
      create_vnic_details: { subnet_id: `\${oci_core_subnet.${subnet}.id}`, assign_public_ip: "false", nsg_ids: [nsg], display_name: `${LABEL}-desktop-1` },
      metadata: { ssh_authorized_keys: ADMIN_KEY, user_data: `\${local.${local}}` },
      instance_options: { are_legacy_imds_endpoints_disabled: true },
      preserve_boot_volume: false,
      freeform_tags: TAGS,
      lifecycle: {
        ignore_changes: ["source_details[0].source_id"],
        precondition: [{
          condition: `\${length(local.${adLocal}) > 0}`,
          error_message: "PairPac: no availability domain of eu-frankfurt-1 offers VM.Standard.E2.1.Micro to this tenancy (desktop-1). Pin one with PAIRPAC_OCI_AVAILABILITY_DOMAIN (Placement.oci({ availabilityDomain })), choose another shape (PAIRPAC_OCI_SHAPE) or another region.",
        }, {
          condition: `\${length(data.oci_core_images.${images}.images) > 0}`,
          error_message: "PairPac: no ubuntu-24.04 platform image for VM.Standard.E2.1.Micro in eu-frankfurt-1 (desktop-1); the image filter in constructs/oci/private/images.ts no longer matches Oracle's display names. Check `oci compute image list --operating-system \"Canonical Ubuntu\" --shape VM.Standard.E2.1.Micro`.",
        }, {
          condition: `\${(((length(local.${local}) + ${ADMIN_KEY.length}) + 40) <= 32000)}`,
          error_message: "PairPac: the instance metadata of desktop-1 (user_data and ssh_authorized_keys) is larger than the 32000 bytes OCI accepts. Move large content out of user-data or switch optional features off.",
        }],
      },
    });
    expect((json.locals[local] as string).startsWith('${base64gzip("#cloud-config\\n')).toBe(true);
    expect(json.locals[local]).toContain("ExecStart=/usr/local/lib/pairpac/format-data-volume.sh /dev/oracleoci/oraclevdb pairpac-home ext4 600"); // the spec's label
  });

  test("the block volume is protected and attached paravirtualized at the consistent device path", () => {
    // in the parent compartment, so a volume kept at teardown never blocks the branch compartment's deletion
    expect(synthesized).toHaveResourceWithProperties(CoreVolume, {
      compartment_id: TENANCY,
      availability_domain: ad,
      size_in_gbs: "50",
      display_name: `${LABEL}-desktop-1-pairpac-home`,
    });
    const volumeLifecycle = (only(resources(json, "oci_core_volume")).lifecycle as { prevent_destroy: boolean; precondition: { condition: string }[] });
    expect(volumeLifecycle.prevent_destroy).toBe(true);
    expect(volumeLifecycle.precondition[0].condition).toBe(`\${length(local.${adLocal}) > 0}`);
    expect(compartment).toContain("oci_identity_compartment");
    const instance = Object.keys(resources(json, "oci_core_instance"))[0];
    const volume = Object.keys(resources(json, "oci_core_volume"))[0];
    expect(synthesized).toHaveResourceWithProperties(CoreVolumeAttachment, {
      attachment_type: "paravirtualized",
      device: "/dev/oracleoci/oraclevdb",
      instance_id: `\${oci_core_instance.${instance}.id}`,
      volume_id: `\${oci_core_volume.${volume}.id}`,
      is_read_only: false,
    });
    expect(machine.dataVolumeDevice).toBe("/dev/oracleoci/oraclevdb");
  });

  test("a reserved public IP is bound to the instance's primary private IP", () => {
    const instance = Object.keys(resources(json, "oci_core_instance"))[0];
    const subnet = Object.keys(resources(json, "oci_core_subnet"))[0];
    const privateIps = Object.keys(dataSources(json, "oci_core_private_ips"))[0];
    expect(only(dataSources(json, "oci_core_private_ips"))).toEqual({
      provider: "oci",
      subnet_id: `\${oci_core_subnet.${subnet}.id}`,
      ip_address: `\${oci_core_instance.${instance}.private_ip}`,
    });
    expect(synthesized).toHaveResourceWithProperties(CorePublicIp, {
      compartment_id: compartment,
      lifetime: "RESERVED",
      private_ip_id: `\${data.oci_core_private_ips.${privateIps}.private_ips[0].id}`,
      freeform_tags: TAGS,
    });
    const out = newStack();
    const m = Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY }).place(out, "Desktop1", desktopSpec());
    new TerraformOutput(out, "ip", { value: m.publicIp });
    const ip = Object.keys(resources(synthJson(out), "oci_core_public_ip"))[0];
    expect(synthJson(out).output?.ip).toEqual({ value: `\${oci_core_public_ip.${ip}.ip_address}` });
    expect([machine.cloud, machine.adminUser, machine.name]).toEqual(["oci", "ubuntu", "desktop-1"]);
  });
});

describe("Placement.oci options", () => {
  test("OciPlacement exposes cloud, os, architecture and login user", () => {
    const placement = Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY });
    expect(placement).toBeInstanceOf(OciPlacement);
    expect([placement.cloud, placement.region, placement.os, placement.architecture, placement.adminUser]).toEqual(["oci", "eu-frankfurt-1", Os.UBUNTU_24_04, "x86_64", "ubuntu"]);
  });

  test("A1.Flex: OCPUs and memory in shape_config, the aarch64 image of the shape", () => {
    const contexts: MachineContext[] = [];
    const { stack } = placeDesktop({ shape: OciShape.a1Flex({ ocpus: 2, memoryInGbs: 12 }) }, { userData: (m) => { contexts.push(m); return roleDocument("desktop-1", m); } });
    const synthesized = Testing.synth(stack, true);
    expect(synthesized).toHaveResourceWithProperties(CoreInstance, { shape: "VM.Standard.A1.Flex", shape_config: { ocpus: 2, memory_in_gbs: 12 } });
    expect(synthesized).toHaveDataSourceWithProperties(DataOciCoreImages, {
      shape: "VM.Standard.A1.Flex",
      filter: [{ name: "display_name", values: ["^Canonical-Ubuntu-24\\.04-aarch64-\\d{4}\\.\\d{2}\\.\\d{2}-\\d+$"], regex: true }],
    });
    expect(contexts.map((c) => [c.cloud, c.architecture, c.adminUser, c.dataVolumeDevice])).toEqual([["oci", "arm64", "ubuntu", "/dev/oracleoci/oraclevdb"]]);
    expect(OciShape.a1Flex().toString()).toBe("VM.Standard.A1.Flex (1 OCPU, 6 GB)");
    expectSchemaValid(synthesized);
  });

  test("the user-data limit leaves room for the admin key and the metadata keys", () => {
    const { stack, machine } = placeDesktop();
    Testing.synth(stack);
    const size = machineRecordOf(machine)!.userDataSize();
    expect([size.budgetName, size.limit, size.unit]).toEqual(["oci", 32000 - ADMIN_KEY.length - 40, "bytes of base64"]);
  });

  test("an admin key given as a token: the precondition measures it, the synth-time limit uses its declared length", () => {
    const stack = newStack();
    new TlsProvider(stack, "tls");
    const key = new PrivateKey(stack, "AdminKey", { algorithm: "ED25519" });
    TokenLengths.declare(stack, key.publicKeyOpenssh, 120);
    const machine = Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY }).place(stack, "Desktop1", desktopSpec({
      adminSshPublicKey: key.publicKeyOpenssh,
    })) as OciMachine;
    const json = synthJson(stack);
    const local = Object.keys(json.locals ?? {}).find((k) => k.includes("UserData"))!;
    const instance = only(resources(json, "oci_core_instance"));
    expect(instance.metadata).toEqual({ ssh_authorized_keys: "${tls_private_key.AdminKey.public_key_openssh}", user_data: `\${local.${local}}` });
    expect((instance.lifecycle as { precondition: { condition: string }[] }).precondition[2].condition)
      .toBe(`\${(((length(local.${local}) + length(tls_private_key.AdminKey.public_key_openssh)) + 40) <= 32000)}`);
    expect(machineRecordOf(machine)!.userDataSize().limit).toBe(32000 - 120 - 40);
    expectSchemaValid(json);
  });

  test("a home region other than the region: the compartment is written through the home-region provider", () => {
    const { stack } = placeDesktop({ region: "eu-amsterdam-1", homeRegion: "eu-frankfurt-1", configFileProfile: "PAIRPAC" });
    const json = synthJson(stack);
    expect(json.provider?.oci).toEqual([
      { region: "eu-frankfurt-1", config_file_profile: "PAIRPAC" },
      { region: "eu-amsterdam-1", alias: "eu-amsterdam-1", config_file_profile: "PAIRPAC" },
    ]);
    expect(only(resources(json, "oci_identity_compartment")).provider).toBe("oci");
    expect(only(resources(json, "oci_core_instance")).provider).toBe("oci.eu-amsterdam-1");
    expect(only(resources(json, "oci_core_vcn")).provider).toBe("oci.eu-amsterdam-1");
    expect(Testing.synth(stack)).toHaveProviderWithProperties(OciProvider, { region: "eu-amsterdam-1", alias: "eu-amsterdam-1" });
    expectSchemaValid(json);
  });

  test("boot volume size, availability domain, CIDR blocks and followLatestImage", () => {
    const { stack } = placeDesktop({ bootVolumeSizeGb: 60, availabilityDomainIndex: 2, vcnCidr: "10.8.0.0/16", subnetCidr: "10.8.2.0/24", followLatestImage: true });
    const json = synthJson(stack);
    const instance = only(resources(json, "oci_core_instance"));
    expect(instance.source_details).toEqual(expect.objectContaining({ boot_volume_size_in_gbs: "60" }));
    expect(instance.availability_domain).toMatch(/\.availability_domains\[2\]\.name\}$/);
    expect((instance.lifecycle as Record<string, unknown>).ignore_changes).toBeUndefined();
    expect(only(resources(json, "oci_core_subnet")).cidr_block).toBe("10.8.2.0/24");
    expectSchemaValid(json);
  });

  test("two machines share one compartment and one network; without a data volume there is no volume", () => {
    const stack = newStack();
    const placement = Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY });
    const first = placement.place(stack, "Desktop1", desktopSpec());
    const second = placement.place(stack, "Desktop2", desktopSpec({ name: "desktop-2", dataVolume: undefined, userData: (m) => roleDocument("desktop-2", m) }));
    const json = synthJson(stack);
    expect(Object.keys(resources(json, "oci_identity_compartment"))).toHaveLength(1);
    expect(Object.keys(resources(json, "oci_core_vcn"))).toHaveLength(1);
    expect(Object.keys(resources(json, "oci_core_instance"))).toHaveLength(2);
    expect(Object.keys(resources(json, "oci_core_volume"))).toHaveLength(1);
    expect(Object.keys(resources(json, "oci_core_public_ip"))).toHaveLength(2);
    expect([first.dataVolumeDevice, second.dataVolumeDevice]).toEqual(["/dev/oracleoci/oraclevdb", undefined]);
    expectSchemaValid(json);
  });
});

describe("Placement.oci rejects misuse", () => {
  test("fails on Debian 13: OCI has no Debian platform image", () => {
    expectPairPacError(() => Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY, os: Os.DEBIAN_13 }), { field: "os", value: "debian-13", problem: "has no OCI platform image (OCI publishes Ubuntu, Oracle Linux and others, but not Debian)", fix: "Use Os.UBUNTU_24_04 on OCI, or place Debian machines with Placement.aws(...)." });
  });
  test("fails on a data volume below OCI's 50 GB minimum", () => {
    expectPairPacError(() => placeDesktop({}, { dataVolume: { sizeGb: 20, label: "data" } }), { field: "dataVolume.sizeGb", value: 20, problem: "must be an integer between 50 and 32768 on OCI (the smallest block volume is 50 GB)" });
  });
  test("fails on a parent that is not a tenancy or compartment OCID", () => {
    expectPairPacError(() => placeDesktop({ parentCompartmentId: "my-tenancy" }), { field: "parentCompartmentId", value: "my-tenancy", problem: "is not a tenancy or compartment OCID" });
  });
  test("fails on impossible A1 shapes and availability domains", () => {
    expectPairPacError(() => OciShape.a1Flex({ ocpus: 0 }), { field: "shape.ocpus", value: 0, problem: "must be an integer between 1 and 80" });
    expectPairPacError(() => OciShape.a1Flex({ ocpus: 1, memoryInGbs: 100 }), { field: "shape.memoryInGbs", value: 100, problem: "must be an integer between 1 and 64 for 1 OCPU(s)" });
    expectPairPacError(() => Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY, availabilityDomainIndex: 3 }), { field: "availabilityDomainIndex", problem: /^must be 0, 1 or 2/ });
    expectPairPacError(() => Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY, bootVolumeSizeGb: 20 }), { field: "bootVolumeSizeGb", value: 20, problem: "must be an integer between 50 and 32768" });
  });
  test("fails when a second placement disagrees on the compartment parent or the region's network", () => {
    const stack = newStack();
    Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY }).place(stack, "Desktop1", desktopSpec());
    const other = "ocid1.compartment.oc1..aaaaaaaaotherparent";
    expectPairPacError(() => Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: other }).place(stack, "Desktop2", desktopSpec({ name: "desktop-2" })), { field: "parentCompartmentId", value: "ocid1.compartment.oc1..aaaaaaaaotherparent", problem: /^differs from ocid1\.tenancy\.oc1\.\.\w+ of the branch compartment already created in this stack$/ });
    expectPairPacError(() => Placement.oci({ region: "eu-frankfurt-1", parentCompartmentId: TENANCY, vcnCidr: "10.9.0.0/16", subnetCidr: "10.9.1.0/24" }).place(stack, "Desktop2", desktopSpec({ name: "desktop-2" })), { field: "vcnCidr", problem: /^differs from "10\.42\.0\.0\/16" of the eu-frankfurt-1 network already created in this stack/ });
  });
  test("fails on a malformed region", () => {
    expectPairPacError(() => placeDesktop({ region: "Frankfurt" }), { field: "region", value: "Frankfurt", problem: "is not an OCI region identifier" });
  });
});
