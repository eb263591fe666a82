import { Password } from "@cdktf/provider-random/lib/password";
import { Testing, TerraformStack } from "cdktf";
import { parse } from "yaml";
import type { CloudConfig } from "../../cloudinit";
import { DesktopNode } from "../../constructs/desktop-node";
import { GatewayNode, type GatewayNodeProps } from "../../constructs/gateway-node";
import { TokenLengths } from "../../constructs/private/token-lengths";
import { estimateUserData } from "../../cloudinit/size-estimate";
import { BranchIdentity } from "../../src/identity";
import { RecordingPlacement, resolved } from "./placement-support/recording-placement";
import { expectPairPacError } from "../support/pairpac-error";

const identity = BranchIdentity.of({ branch: "main", parentDomain: "example.org" });

function setup(over: Partial<GatewayNodeProps> = {}, cloud: "aws" | "oci" = "aws") {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  const placement = new RecordingPlacement(cloud);
  const gateway = new GatewayNode(stack, "Gateway", {
    identity,
    placement,
    certificate: { certificatePem: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", privateKeyPem: "-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----\n" },
    ...over,
  });
  return { stack, placement, gateway };
}

function userData(placement: RecordingPlacement): CloudConfig {
  return placement.userData();
}


describe("GatewayNode", () => {
  it("places one machine named gateway with the public ports and a data volume", () => {
    const { placement, gateway } = setup();
    expect(placement.specs).toHaveLength(1);
    expect(placement.specs[0]).toMatchObject({ name: "gateway", dataVolume: { sizeGb: 8, label: "pairpac-data" } });
    expect(placement.specs[0].publicPorts.map((p) => `${p.port}/${p.protocol}`)).toEqual(["22/tcp", "25/tcp", "80/tcp", "443/tcp", "993/tcp", "64738/tcp", "64738/udp"]);
    expect(gateway.publicPorts).toEqual(placement.specs[0].publicPorts);
    expect(gateway.landingUrl).toBe("https://main.example.org/");
    expect(gateway.guacamoleUrl).toBe("https://main.example.org/guacamole/");
    expect(gateway.publicIp).toBe("198.51.100.9");
  });

  it("generates its secrets with Terraform: letters-and-digits passwords and ED25519 keys", () => {
    const { stack } = setup();
    const synth = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Record<string, unknown>>> };
    const passwords = Object.values(synth.resource.random_password);
    expect(passwords).toHaveLength(5); // mumble server, superuser, team, guest, mail
    for (const p of passwords) expect(p).toMatchObject({ length: 24, special: false });
    const keys = Object.values(synth.resource.tls_private_key);
    expect(keys).toHaveLength(3); // host key, bootstrap host key, admin key
    for (const k of keys) expect(k).toMatchObject({ algorithm: "ED25519" });
  });

  it("renders desktops registered after it was created (lazy), each with its own tunnel restrictions", () => {
    const { stack, placement, gateway } = setup();
    for (const index of [2, 1]) {
      new DesktopNode(stack, `Desktop${index}`, { gateway, index, placement, identity, adminSshPublicKey: gateway.adminSshPublicKey,
        guacamoleAudio: index === 2 });
    }
    expect(gateway.desktops.map((d) => d.name)).toEqual(["Desktop-1", "Desktop-2"]);
    const doc = { write_files: gateway.delivery.bundle().files.map((f) => ({ path: f.path, content: f.content ?? "" })) };
    const keys = doc.write_files.find((f) => f.path === "/etc/ssh/pairpac_tunnel_keys")?.content ?? "";
    expect(keys.split("\n").filter((l) => l.length > 0)).toHaveLength(2);
    expect(keys).toContain('permitlisten="127.0.0.1:5901",permitopen='); // no audio port without Guacamole audio
    expect(keys).toContain('permitlisten="127.0.0.1:5902",permitlisten="127.0.0.1:4702"');
    const xml = doc.write_files.find((f) => f.path === "/etc/pairpac/guacamole/user-mapping.xml")?.content ?? "";
    expect(xml).toContain('<connection name="Desktop-2 (watch)">');
  });

  it("stores hashes, not passwords, for Guacamole and mail", () => {
    const { stack, gateway } = setup();
    const doc = { write_files: gateway.delivery.bundle().files.map((f) => ({ path: f.path, content: f.content ?? "" })) };
    const xml = doc.write_files.find((f) => f.path === "/etc/pairpac/guacamole/user-mapping.xml")?.content ?? "";
    const users = doc.write_files.find((f) => f.path === "/etc/pairpac/dovecot/users")?.content ?? "";
    const teamPassword = xml.match(/username="team" password="([^"]+)"/)?.[1];
    expect(resolved(stack, teamPassword)).toMatch(/^\$\{sha256\(random_password\.Gateway_Credentials_User-team_[A-F0-9]+\.result\)\}$/);
    expect(resolved(stack, users)).toMatch(/^team@main\.example\.org:\{BLF-CRYPT\}\$\{random_password\.Gateway_Credentials_MailPassword_[A-F0-9]+\.bcrypt_hash\}:1000:1000::/);
  });

  it("declares worst-case lengths for every token in its user-data and fits the AWS budget with 4 desktops", () => {
    const { stack, placement, gateway } = setup();
    for (const index of [1, 2, 3, 4]) {
      new DesktopNode(stack, `Desktop${index}`, { gateway, index, placement, identity, adminSshPublicKey: gateway.adminSshPublicKey,
        guacamoleAudio: index === 2 });
    }
    const text = userData(placement).render();
    const tokens = new Set(text.match(/\$\{TfToken\[TOKEN\.\d+\]\}/g));
    const lengths = TokenLengths.forText(gateway, text);
    expect([...tokens].filter((t) => !lengths.has(t))).toEqual([]);
    const est = estimateUserData(text, { tokenLengths: lengths });
    expect(est.gzipBytes).toBeLessThanOrEqual(16384);
  });

  it("keeps the certificate out of its user-data, which stays within half the AWS limit with 4 desktops", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "test");
    const placement = new RecordingPlacement();
    const chain = new Password(stack, "FakeChain", { length: 16 }).result;
    const key = new Password(stack, "FakeKey", { length: 16 }).result;
    const gateway = new GatewayNode(stack, "Gateway", { identity, placement, certificate: { certificatePem: chain, privateKeyPem: key } });
    for (const index of [1, 2, 3, 4]) {
      new DesktopNode(stack, `Desktop${index}`, { gateway, index, placement, identity, adminSshPublicKey: gateway.adminSshPublicKey,
        guacamoleAudio: index === 2 });
    }
    const text = userData(placement).render();
    const lengths = TokenLengths.forText(gateway, text);
    expect(text).not.toContain(chain);
    expect(text).not.toContain(key);
    expect(gateway.delivery.bundle().files.filter((f) => f.content === chain).map((f) => f.path)).toContain("/etc/pairpac/tls/nginx/fullchain.pem");
    const est = estimateUserData(text, { tokenLengths: lengths });
    expect(est.gzipBytes).toBeLessThanOrEqual(16384 / 2);
    if (process.env.PAIRPAC_SIZE_REPORT) process.stdout.write(`gateway user-data, worst case: ${est.gzipBytes} gzip bytes\n`);
  });

  it("without mail: no mail ports, no mail password, no mail for desktops", () => {
    const { placement, gateway } = setup({ mail: false });
    expect(placement.specs[0].publicPorts.map((p) => p.port)).not.toContain(25);
    expect(gateway.mail).toBeUndefined();
    expect(gateway.mailPassword).toBeUndefined();
    const doc = userData(placement).toObject() as { write_files: { path: string }[] };
    expect(doc.write_files.some((f) => f.path.includes("dovecot"))).toBe(false);
    expect(gateway.delivery.bundle().files.some((f) => f.path.includes("dovecot"))).toBe(false);
  });

  it("gives desktops the mailbox and the pinned host key", () => {
    const { stack, gateway } = setup();
    expect(gateway.mail).toMatchObject({ address: "team@main.example.org", user: "team@main.example.org" });
    expect(resolved(stack, gateway.sshHostPublicKey)).toMatch(/^\$\{tls_private_key\.Gateway_Credentials_HostKey_[A-F0-9]+\.public_key_openssh\}$/);
  });

  it("uses a given admin key instead of generating one", () => {
    const { stack, placement, gateway } = setup({ adminSshPublicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIadmin admin" });
    expect(gateway.adminKey).toBeUndefined();
    expect(placement.specs[0].adminSshPublicKey).toBe("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIadmin admin");
    const synth = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, unknown>> };
    // Host key, bootstrap host key, and a key of its own to deliver with (the given key's private half is yours).
    expect(Object.keys(synth.resource.tls_private_key).map((k) => k.replace(/_[A-F0-9]+$/, "")).sort()).toEqual([
      "Gateway_Credentials_BootstrapHostKey", "Gateway_Credentials_DeliveryKey", "Gateway_Credentials_HostKey",
    ]);
    expect(gateway.deliveryKey.authorizeInUserData).toBe(true);
    const doc = userData(placement).toObject() as { ssh_authorized_keys?: string[] };
    expect(resolved(stack, doc.ssh_authorized_keys?.[0])).toMatch(/^\$\{tls_private_key\.Gateway_Credentials_DeliveryKey_[A-F0-9]+\.public_key_openssh\}$/);
  });

  it("delivers over SSH with the admin key, pinning the bootstrap host key first and the permanent one after", () => {
    const { stack, gateway } = setup();
    expect(gateway.deliveryKey.authorizeInUserData).toBe(false);
    const synth = JSON.parse(Testing.synth(stack)) as { resource: { terraform_data: Record<string, { connection: Record<string, unknown>; triggers_replace: Record<string, string>; depends_on?: string[] }> } };
    const data = synth.resource.terraform_data;
    const bootstrap = Object.entries(data).find(([k]) => k.includes("Delivery_Bootstrap"))![1];
    const apply = Object.entries(data).find(([k]) => k.includes("Delivery_Apply"))![1];
    expect(bootstrap.connection).toMatchObject({ type: "ssh", host: "198.51.100.9", user: "ubuntu", port: 22, agent: "false", timeout: "15m" });
    expect(bootstrap.connection.host_key).toMatch(/^\$\{tls_private_key\.Gateway_Credentials_BootstrapHostKey_[A-F0-9]+\.public_key_openssh\}$/);
    expect(apply.connection.host_key).toMatch(/^\$\{tls_private_key\.Gateway_Credentials_HostKey_[A-F0-9]+\.public_key_openssh\}$/);
    expect(apply.connection.private_key).toMatch(/^\$\{tls_private_key\.Gateway_Credentials_AdminKey_[A-F0-9]+\.private_key_openssh\}$/);
    expect(Object.keys(bootstrap.triggers_replace)).toEqual(["instance"]);
    expect(apply.triggers_replace.bundle).toMatch(/^\$\{sha256\(local\.Gateway_Delivery_Bundle_[A-F0-9]+\)\}$/);
    expect(apply.depends_on?.[0]).toMatch(/^terraform_data\.Gateway_Delivery_Bootstrap_/);
  });

  it("renders valid cloud-config YAML", () => {
    const { placement } = setup();
    expect(parse(userData(placement).render().replace(/^#cloud-config\n/, ""))).toHaveProperty("write_files");
  });

  it("fails on a desktop index registered twice", () => {
    const { gateway } = setup();
    gateway.registerDesktop({ index: 1, name: "Desktop-1", tunnelPublicKey: "k", vncPassword: "abcdefgh" });
    expectPairPacError(() => gateway.registerDesktop({ index: 1, name: "Desktop-1b", tunnelPublicKey: "k", vncPassword: "abcdefgh" }), { field: "gateway.desktops", value: 1, problem: "is already registered (Desktop-1)" });
  });

  it("fails without a collaborate user or with a bad user name", () => {
    expect(() => setup({ users: [{ name: "guest", access: "watch" }] })).toThrow("gateway.users: must contain a user with collaborate access");
    expect(() => setup({ users: [{ name: "Team", access: "collaborate" }] })).toThrow("gateway.users[0].name");
  });

  it("sizes the data volume within the placement's limits: 8 by default, raised to the cloud's smallest volume", () => {
    expect(setup({}, "oci").placement.specs[0].dataVolume).toEqual({ sizeGb: 50, label: "pairpac-data" });
    expect(setup({ dataVolumeGb: 20000 }, "oci").placement.specs[0].dataVolume?.sizeGb).toBe(20000);
    expect(setup({ dataVolumeGb: 0 }).placement.specs[0].dataVolume).toBeUndefined();
    expectPairPacError(() => setup({ dataVolumeGb: 20 }, "oci"), { field: "gateway.dataVolumeGb", value: 20,
      problem: "must be 0 (no volume) or an integer between 50 and 32768 on OCI (the smallest block volume is 50 GB)", fix: "Use 0 for none or e.g. 50." });
    expectPairPacError(() => setup({ dataVolumeGb: 20000 }), { field: "gateway.dataVolumeGb", value: 20000, problem: "must be 0 (no volume) or an integer between 1 and 16384 on AWS (gp3)" });
    expectPairPacError(() => setup({ dataVolumeGb: 2.5 }), { field: "gateway.dataVolumeGb", value: 2.5 });
  });

  it("mounts the data volume by the label its placement reports, the one the node put in the spec", () => {
    const { placement } = setup();
    const mountOf = (doc: CloudConfig) => (doc.toObject() as { write_files: { path: string; content: string }[] }).write_files
      .find((f) => f.path === "/etc/systemd/system/srv-pairpac.mount")?.content;
    expect(mountOf(userData(placement))).toContain(`What=LABEL=${placement.specs[0].dataVolume?.label}\n`);
    expect(mountOf(placement.userData({ dataVolumeLabel: "team-files" }))).toContain("What=LABEL=team-files\n");
  });

  it("fails on a placement that is not a Placement", () => {
    expectPairPacError(() => new GatewayNode(new TerraformStack(Testing.app(), "x"), "Gateway", {
      identity, placement: { cloud: "aws", place: () => undefined } as never,
      certificate: { certificatePem: "c", privateKeyPem: "k" },
    }), { field: "gateway.placement", problem: "must be a Placement", fix: "Use Placement.aws({ region }) or Placement.oci({ region, parentCompartmentId })." });
  });

  it("fails on an empty certificate", () => {
    expect(() => setup({ certificate: { certificatePem: "", privateKeyPem: "x" } })).toThrow("gateway.certificate.certificatePem: must be a non-empty string");
  });
});
