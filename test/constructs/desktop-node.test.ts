import { Testing, TerraformStack } from "cdktf";
import { parse } from "yaml";
import { Os, UserDataBudget, type CloudConfig } from "../../cloudinit";
import { Bundle } from "../../cloudinit/desktop/bundle";
import type { DesktopRegistration } from "../../cloudinit/gateway/desktop-registration";
import { DesktopNode, type DesktopGatewayInfo } from "../../constructs/desktop-node";
import type { MachineContext } from "../../constructs/placement";
import { BranchIdentity } from "../../src/identity";
import { RecordingPlacement, resolved } from "./node-support";

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
    registerDesktop: (r) => registered.push(r),
  };
}

function setup(over: { homeVolumeGb?: number; bundles?: readonly Bundle[]; guacamoleAudio?: boolean } = {}) {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  const placement = new RecordingPlacement({ os: Os.DEBIAN_13, adminUser: "admin" });
  const gw = gateway();
  const identity = BranchIdentity.of({ branch: "main", parentDomain: "example.org" });
  const node = new DesktopNode(stack, "Desktop2", { gateway: gw, index: 2, placement: placement.asPlacement(), identity,
    adminSshPublicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIadmin admin", ...over });
  return { stack, placement, gw, node };
}


describe("DesktopNode", () => {
  test("creates an ED25519 tunnel key and an 8-character VNC password without special characters", () => {
    const { stack } = setup();
    const synth = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Record<string, unknown>>> };
    expect(Object.values(synth.resource.tls_private_key)).toEqual([expect.objectContaining({ algorithm: "ED25519" })]);
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
    const doc = (spec.userData as (m: MachineContext) => CloudConfig)(placement.context());
    const text = doc.render();
    expect(doc.os).toBe(Os.DEBIAN_13);
    const key = (parse(text) as { write_files: { path: string; content: string; permissions: string }[] }).write_files
      .find((f) => f.path === "/etc/pairpac/tunnel/id_ed25519");
    expect(key?.permissions).toBe("0600");
    expect(resolved(TerraformStack.of(node), key?.content)).toMatch(/^\$\{tls_private_key\.Desktop2_Credentials_TunnelKey_[0-9A-F]{8}\.private_key_openssh\}\n$/);
    expect(text).toContain("-R 127.0.0.1:5902:127.0.0.1:5900 -L ");
    expect(text).not.toContain("4713");
    expect(text).toContain("tunnel@203.0.113.7");
  });

  test("guacamoleAudio turns on both the desktop's audio forward and its registration with the gateway", () => {
    const off = setup();
    expect(off.node.registration.guacamoleAudio).toBe(false);
    const { placement, node } = setup({ guacamoleAudio: true });
    expect(node.registration.guacamoleAudio).toBe(true);
    const text = (placement.specs[0].userData as (m: MachineContext) => CloudConfig)(placement.context()).render();
    expect(text).toContain("-R 127.0.0.1:5902:127.0.0.1:5900 -R 127.0.0.1:4702:127.0.0.1:4713");
    expect(text).toContain("module-native-protocol-tcp listen=127.0.0.1 port=4713");
  });

  test("with a home volume the placement gets a data volume and the role mounts it at the home directory", () => {
    const { placement } = setup({ homeVolumeGb: 50 });
    const spec = placement.specs[0];
    expect(spec.dataVolume).toEqual({ sizeGb: 50, label: "pairpac-home" });
    const text = (spec.userData as (m: MachineContext) => CloudConfig)(placement.context("/dev/disk/by-id/nvme-x")).render();
    expect(text).toContain("ExecStart=/usr/local/lib/pairpac/format-data-volume.sh /dev/disk/by-id/nvme-x pairpac-home ext4");
    expect(text).toContain("Where=/home/desktop");
  });

  test("fails when the user-data would not fit the budget", () => {
    const { placement } = setup({ bundles: Bundle.all() });
    const tiny: MachineContext = { ...placement.context(), userDataBudget: UserDataBudget.custom("tiny", 2000, "gzip") };
    expect(() => (placement.specs[0].userData as (m: MachineContext) => CloudConfig)(tiny)).toThrow(/desktop-2.userData: is \d+ bytes .* but tiny allows 2000/);
  });

  test("fails on a bad index and a bad home volume size", () => {
    expect(() => setup().stack && new DesktopNode(new TerraformStack(Testing.app(), "x"), "D", {
      gateway: gateway(), index: 0, placement: new RecordingPlacement().asPlacement(),
      identity: BranchIdentity.of({ branch: "main", parentDomain: "example.org" }), adminSshPublicKey: "ssh-ed25519 AAAA a",
    })).toThrow(/desktop.index: must be an integer between 1 and 99/);
    expect(() => setup({ homeVolumeGb: -1 })).toThrow(/desktop-2.homeVolumeGb: must be an integer between 0 and 16384/);
  });
});
