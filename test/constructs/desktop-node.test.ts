import { DataResource, Testing, TerraformStack } from "cdktf";
import { parse } from "yaml";
import { Os } from "../../cloudinit";
import { Bundle } from "../../cloudinit/desktop/bundle";
import type { DesktopRegistration } from "../../cloudinit/gateway/desktop-registration";
import { DesktopNode, type DesktopGatewayInfo } from "../../constructs/desktop-node";
import { BranchIdentity } from "../../src/identity";
import { RecordingPlacement, resolved } from "./placement-support/recording-placement";
import { expectPairPacError } from "../support/pairpac-error";

function gateway(): DesktopGatewayInfo & { registered: DesktopRegistration[] } {
  const registered: DesktopRegistration[] = [];
  return {
    registered,
    publicIp: "203.0.113.7",
    sshHostPublicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOl0gateway gateway",
    mumblePassword: "mumble-secret",
    spaceName: "Main",
    landingUrl: "https://main.example.org/",
    mail: { address: "team@main.example.org", user: "team", password: "mail-secret" },
    deliveryKey: { privateKeyOpenssh: "-----BEGIN OPENSSH PRIVATE KEY-----\nx\n-----END OPENSSH PRIVATE KEY-----\n", publicKeyOpenssh: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIdeliver deliver", authorizeInUserData: false },
    registerDesktop: (r) => registered.push(r),
  };
}

function setup(over: { homeVolumeGb?: number; bundles?: readonly Bundle[]; guacamoleAudio?: boolean } = {}) {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  const placement = new RecordingPlacement("aws", Os.DEBIAN_13, "admin");
  const gw = gateway();
  const identity = BranchIdentity.of({ branch: "main", parentDomain: "example.org" });
  const node = new DesktopNode(stack, "Desktop2", { gateway: gw, index: 2, placement, identity,
    adminSshPublicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIadmin admin", ...over });
  return { stack, placement, gw, node };
}


describe("DesktopNode", () => {
  test("creates an ED25519 tunnel key and an 8-character VNC password without special characters", () => {
    const { stack } = setup();
    const synth = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Record<string, unknown>>> };
    // The tunnel key, the permanent host key and the bootstrap host key.
    expect(Object.keys(synth.resource.tls_private_key).map((k) => k.replace(/_[0-9A-F]+$/, "")).sort()).toEqual([
      "Desktop2_Credentials_BootstrapHostKey", "Desktop2_Credentials_HostKey", "Desktop2_Credentials_TunnelKey",
    ]);
    for (const k of Object.values(synth.resource.tls_private_key)) expect(k).toMatchObject({ algorithm: "ED25519" });
    expect(Object.values(synth.resource.random_password)).toEqual([expect.objectContaining({ length: 8, special: false })]);
  });

  test("registers itself with the gateway: index, name, public key and VNC password tokens", () => {
    const { gw, node } = setup();
    expect(gw.registered).toEqual([node.registration]);
    expect(node.registration.index).toBe(2);
    expect(node.registration.name).toBe("Desktop-2");
    const stack = TerraformStack.of(node);
    expect(resolved(stack, node.registration.tunnelPublicKey)).toMatch(/^\$\{tls_private_key\.Desktop2_Credentials_TunnelKey_[0-9A-F]{8}\.public_key_openssh\}$/);
    expect(resolved(stack, node.registration.vncPassword)).toMatch(/^\$\{random_password\.Desktop2_Credentials_VncPassword_[0-9A-F]{8}\.result\}$/);
  });

  test("places a machine with only SSH public and user-data rendered for the placement's OS", () => {
    const { placement, node } = setup({ bundles: Bundle.all() });
    const spec = placement.specs[0];
    expect(spec.name).toBe("desktop-2");
    expect(spec.publicPorts).toEqual([{ port: 22, protocol: "tcp", description: "SSH (administration)" }]);
    expect(spec.dataVolume).toBeUndefined();
    const doc = placement.userData();
    const text = doc.render();
    expect(doc.os).toBe(Os.DEBIAN_13);
    expect((parse(text) as { write_files: { path: string }[] }).write_files.map((f) => f.path)).not.toContain("/etc/pairpac/tunnel/id_ed25519");
    const key = node.delivery.bundle().files.find((f) => f.path === "/etc/pairpac/tunnel/id_ed25519");
    expect(key?.mode).toBe("0600");
    expect(resolved(TerraformStack.of(node), key?.content)).toMatch(/^\$\{tls_private_key\.Desktop2_Credentials_TunnelKey_[0-9A-F]{8}\.private_key_openssh\}$/);
    // No secret of the desktop in its user-data: only the bootstrap host key, which the first delivery replaces.
    const stack = TerraformStack.of(node);
    for (const secret of [node.tunnelKey.privateKeyOpenssh, node.vncPassword.result, node.hostKey.privateKeyOpenssh]) {
      expect(text).not.toContain(resolved(stack, secret));
    }
    expect(text).toContain("-R 127.0.0.1:5902:127.0.0.1:5900 -L ");
    expect(text).not.toContain("4713");
    expect(text).toContain("tunnel@203.0.113.7");
  });

  test("guacamoleAudio turns on both the desktop's audio forward and its registration with the gateway", () => {
    const off = setup();
    expect(off.node.registration.guacamoleAudio).toBe(false);
    const { placement, node } = setup({ guacamoleAudio: true });
    expect(node.registration.guacamoleAudio).toBe(true);
    const text = placement.userData().render();
    expect(text).toContain("-R 127.0.0.1:5902:127.0.0.1:5900 -R 127.0.0.1:4702:127.0.0.1:4713");
    expect(text).toContain("module-native-protocol-tcp listen=127.0.0.1 port=4713");
  });

  test("with a home volume the placement gets a data volume and the role mounts it at the home directory", () => {
    const { placement } = setup({ homeVolumeGb: 50 });
    const spec = placement.specs[0];
    expect(spec.dataVolume).toEqual({ sizeGb: 50, label: "pairpac-home" });
    const text = placement.userData({ dataVolumeDevice: "/dev/disk/by-id/nvme-x" }).render();
    expect(text).toContain("ExecStart=/usr/local/lib/pairpac/format-data-volume.sh /dev/disk/by-id/nvme-x pairpac-home ext4");
    expect(text).toContain("Where=/home/desktop");
  });

  test("the home volume is formatted and mounted by the label its placement reports, not a constant of the role", () => {
    const { placement } = setup({ homeVolumeGb: 50 });
    const text = placement.userData({ dataVolumeLabel: "team-home" }).render();
    expect(text).toContain("format-data-volume.sh /dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol0123 team-home ext4");
    expect(text).toContain("What=LABEL=team-home");
    expect(text).not.toContain("pairpac-home");
  });

  test("delivers after the gateway's delivery, with the gateway's key, and authorizes that key only when asked", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "test");
    const placement = new RecordingPlacement();
    const after = new DataResource(stack, "GatewayDelivery");
    const gw = { ...gateway(), deliveryDependency: after, deliveryKey: { ...gateway().deliveryKey!, authorizeInUserData: true }, certificatePem: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n" };
    const node = new DesktopNode(stack, "Desktop2", { gateway: gw, index: 2, placement,
      identity: BranchIdentity.of({ branch: "main", parentDomain: "example.org" }), adminSshPublicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIadmin admin" });
    const doc = placement.userData().toObject() as { ssh_authorized_keys?: string[] };
    expect(doc.ssh_authorized_keys).toEqual(["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIdeliver deliver"]);
    const synth = JSON.parse(Testing.synth(stack)) as { resource: { terraform_data: Record<string, { depends_on?: string[]; connection?: Record<string, unknown> }> } };
    const apply = Object.entries(synth.resource.terraform_data).find(([k]) => k.includes("Delivery_Apply"))![1];
    expect(apply.depends_on).toEqual([expect.stringMatching(/^terraform_data\.Desktop2_Delivery_Bootstrap_/), expect.stringMatching(/^terraform_data\.GatewayDelivery/)]);
    expect(apply.connection).toMatchObject({ user: "ubuntu", host: "198.51.100.9" });
    expect(node.delivery.bundle().files.find((f) => f.path === "/etc/pairpac/desktop/gateway-certificate.pem")).toMatchObject({ then: ["mumble-pin"] });
  });

  test("fails without a key to deliver with", () => {
    const gw = { ...gateway(), deliveryKey: undefined };
    expect(() => new DesktopNode(new TerraformStack(Testing.app(), "x"), "D", {
      gateway: gw, index: 1, placement: new RecordingPlacement(),
      identity: BranchIdentity.of({ branch: "main", parentDomain: "example.org" }), adminSshPublicKey: "ssh-ed25519 AAAA a",
    })).toThrow(/desktop-1\.deliveryKey: is needed: the gateway given has no deliveryKey; got undefined\. Pass the GatewayNode/);
  });

  test("fails on a bad index and a bad home volume size", () => {
    expect(() => setup().stack && new DesktopNode(new TerraformStack(Testing.app(), "x"), "D", {
      gateway: gateway(), index: 0, placement: new RecordingPlacement(),
      identity: BranchIdentity.of({ branch: "main", parentDomain: "example.org" }), adminSshPublicKey: "ssh-ed25519 AAAA a",
    })).toThrow(/desktop.index: must be an integer between 1 and 99/);
    expectPairPacError(() => setup({ homeVolumeGb: -1 }), { field: "desktop-2.homeVolumeGb", value: -1,
      problem: "must be 0 (no volume) or an integer between 1 and 16384 on AWS (gp3)", fix: "Use 0 for none or e.g. 10." });
  });
});
