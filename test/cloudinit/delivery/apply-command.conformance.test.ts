/**
 * Conformance tier: the gateway's apply command, run as root on its real delivery bundles (rendered from local values,
 * as the render command writes them) in a sandbox of this machine (test/support/delivery-sandbox.ts: overlays over
 * /etc, /var, /usr/local and /home, stand-ins for systemctl and docker that record what they are asked to do).
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { completeLocalValues, gatewayProps, generateLocalValues, type LocalValues } from "../../../cloudinit/cli/local-values";
import { localCertificateChain } from "../../../cloudinit/cli/private/certificate-chain";
import { APPLY_COMMAND, DELIVERY_STATE_DIR, applierScript } from "../../../cloudinit/delivery/apply-command";
import { DeliveryBundle } from "../../../cloudinit/delivery/delivery-bundle";
import { describeGatewayRole, gatewayDeliveryActions, RELOAD_CONTAINERS_SCRIPT } from "../../../cloudinit/gateway/gateway-role";
import { Os } from "../../../cloudinit/os";
import { desktopDeliveryActions } from "../../../cloudinit/desktop/desktop-role";
import { ACTION_STUBS, DeliverySandbox, shq } from "../../support/delivery-sandbox";
import { shellcheck } from "../../support/validators";

const base = completeLocalValues(generateLocalValues(2));
function gateway(values: LocalValues, desktops: number) {
  return describeGatewayRole(gatewayProps(values, { os: Os.DEBIAN_13, desktops, allOptions: true }));
}
const role = gateway(base, 2);
const userDataFile = (path: string): string => {
  const f = (role.cloudConfig.toObject() as { write_files: { path: string; content: string }[] }).write_files.find((w) => w.path === path);
  if (!f) throw new Error(`the gateway's user-data has no ${path}`);
  return f.content;
};

describe("the apply command and the gateway's actions pass shellcheck", () => {
  test.each([
    ["apply command", userDataFile(APPLY_COMMAND)],
    ["gateway applier", applierScript("gateway", gatewayDeliveryActions(true))],
    ["desktop applier", applierScript("desktop-1", desktopDeliveryActions("Desktop-1"))],
    ["reload-containers.sh", userDataFile(RELOAD_CONTAINERS_SCRIPT)],
  ])("%s", (_name, script) => {
    expect(shellcheck(script)).toBe("");
  });
});

describe("the gateway's apply command on its delivery bundles (as root, in a sandbox)", () => {
  const box = new DeliverySandbox("apply");
  afterAll(() => box.dispose());
  let bundleNo = 0;
  /** The values of the last delivery each test starts from (a test changes one thing). */
  let current: LocalValues = base;

  /** Installs the user-data's command and helper once, then applies `bundle`; returns the run and the calls it caused. */
  function apply(bundle: string, before = ""): { status: number | null; stderr: string; stdout: string; calls: string[] } {
    const file = join(box.dir, `bundle-${++bundleNo}`);
    writeFileSync(file, bundle, { mode: 0o600 });
    const install = [
      ACTION_STUBS,
      `install -D -m 0755 /dev/stdin ${APPLY_COMMAND} <<< ${shq(userDataFile(APPLY_COMMAND))}`,
      `install -D -m 0755 /dev/stdin ${RELOAD_CONTAINERS_SCRIPT} <<< ${shq(userDataFile(RELOAD_CONTAINERS_SCRIPT))}`,
      "rm -f /var/lib/pairpac-test/calls",
      before,
      `status=0; ${APPLY_COMMAND} < ${file} || status=$?`,
      "echo '--- calls'; cat /var/lib/pairpac-test/calls 2>/dev/null || true",
      'exit "$status"',
    ].join("\n");
    const r = box.run(install);
    const [out, calls = ""] = r.stdout.split("--- calls\n");
    return { status: r.status, stderr: r.stderr, stdout: out, calls: calls.split("\n").filter(Boolean) };
  }

  test("first delivery: every file with its owner and mode, then sshd, Postfix and the start of the containers", () => {
    const r = apply(role.delivery.render());
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.calls).toEqual(["systemctl reload-or-restart ssh.service", "systemctl reload-or-restart postfix.service", "systemctl start pairpac-compose.service"]);
    for (const f of role.delivery.files) {
      const written = box.written(f.path);
      const [user, group] = (f.owner ?? "").split(":").map((p) => (p === "root" ? "0" : p));
      expect({ path: f.path, ...written }).toEqual({ path: f.path, content: f.content, owner: `${user}:${group}`, mode: f.mode });
    }
    expect(box.directory("/etc/pairpac/tls/mumble")).toEqual({ owner: "0:10000", mode: "0750" });
    const bundle = role.delivery.render();
    expect(box.written(`${DELIVERY_STATE_DIR}/applied`)?.content).toBe(`${createHash("sha256").update(bundle).digest("hex")}\n`);
    expect(box.written(`${DELIVERY_STATE_DIR}/bundle`)).toBeUndefined();
    expect(box.written(`${DELIVERY_STATE_DIR}/pending`)?.content).toBe("");
  });

  test("the same bundle again changes nothing and runs nothing", () => {
    const r = apply(role.delivery.render());
    expect(r.status).toBe(0);
    expect(r.calls).toEqual([]);
  });

  test("a renewed certificate reloads Postfix, nginx, Mumble (SIGUSR1, connections stay) and Dovecot, nothing else", () => {
    const cert = localCertificateChain(base.domain, [base.domain]);
    current = { ...current, certificate: { certificatePem: cert.certificatePem, privateKeyPem: cert.privateKeyPem } };
    const r = apply(gateway(current, 2).delivery.render());
    expect(r.status).toBe(0);
    // One call of the helper per delivery: its members in sorted order.
    const compose = "docker compose -f /etc/pairpac/compose.yaml";
    expect(r.calls).toEqual(["systemctl reload-or-restart postfix.service", `${compose} kill -s SIGHUP dovecot`, `${compose} kill -s SIGUSR1 mumble`, `${compose} kill -s SIGHUP nginx`]);
    expect(box.written("/etc/pairpac/tls/mumble/fullchain.pem")?.content).toBe(cert.certificatePem);
    expect(box.written("/etc/pairpac/tls/nginx/privkey.pem")).toMatchObject({ content: cert.privateKeyPem, owner: "0:0", mode: "0640" });
  });

  test("a rotated Mumble password recreates the Mumble container only (it reads its ini and password at start)", () => {
    current = { ...current, mumble: { ...current.mumble, serverPassword: "rotatedMumblePassword1" } };
    const r = apply(gateway(current, 2).delivery.render());
    expect(r.status).toBe(0);
    expect(r.calls).toEqual(["docker compose -f /etc/pairpac/compose.yaml up -d --no-deps --force-recreate mumble"]);
    expect(box.written("/etc/pairpac/mumble/mumble-server.ini")?.content).toContain("serverpassword=rotatedMumblePassword1\n");
  });

  test("removing a desktop removes its one pages and its key, and reloads sshd for its listen ports", () => {
    const r = apply(gateway(current, 1).delivery.render());
    expect(r.status).toBe(0);
    expect(r.calls).toEqual(["systemctl reload-or-restart ssh.service"]);
    expect(box.removed("/var/www/pairpac/join/2-collaborate.html")).toBe(true);
    expect(box.removed("/var/www/pairpac/join/2-watch.html")).toBe(true);
    expect(box.written("/var/www/pairpac/join/1-watch.html")).toBeDefined();
    expect(box.written("/etc/ssh/pairpac_tunnel_listen.conf")?.content).toBe("PermitListen 127.0.0.1:5901 127.0.0.1:4701\n");
    expect(box.written("/etc/ssh/pairpac_tunnel_keys")?.content.trim().split("\n")).toHaveLength(1);
  });

  test("a failed action fails the delivery naming it, stays pending, and runs again at the next delivery", () => {
    const cert = localCertificateChain(base.domain, [base.domain]);
    current = { ...current, certificate: { certificatePem: cert.certificatePem, privateKeyPem: cert.privateKeyPem } };
    const renewed = gateway(current, 1).delivery.render();
    const failed = apply(renewed, "touch /var/lib/pairpac-test/fail-postfix.service");
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("pairpac-apply on gateway: postfix failed; the files are in place, and the next delivery runs postfix again");
    expect(box.written(`${DELIVERY_STATE_DIR}/pending`)?.content.split("\n")).toEqual(expect.arrayContaining(["postfix", "containers:nginx"]));
    const again = apply(renewed, "rm -f /var/lib/pairpac-test/fail-postfix.service");
    expect(again.status).toBe(0);
    expect(again.calls).toEqual(["systemctl reload-or-restart postfix.service", ...["SIGHUP dovecot", "SIGUSR1 mumble", "SIGHUP nginx"].map((k) => `docker compose -f /etc/pairpac/compose.yaml kill -s ${k}`)]);
    expect(box.written(`${DELIVERY_STATE_DIR}/pending`)?.content).toBe("");
  });

  const applier = applierScript("gateway", gatewayDeliveryActions(true));
  const evil = (edit: (b: DeliveryBundle) => DeliveryBundle, machine = "gateway") => edit(new DeliveryBundle(machine, applier)).render();
  test.each([
    ["for another machine", new DeliveryBundle("desktop-1", applier).file("/etc/pairpac/x", "x").render(), "not a bundle for gateway"],
    ["cut off", evil((b) => b.file("/etc/pairpac/cut-off", "x")).split("\n").slice(0, -2).join("\n") + "\n", "incomplete bundle"],
    ["with a path outside the plain characters", evil((b) => b.file("/etc/pairpac/ok", "x")).replace("/etc/pairpac/ok", "/etc/pairpac/../../root/x"), "line 3 is not a valid record"],
    ["with an unknown action", evil((b) => b.file("/etc/pairpac/ok", "x", { then: ["sshd"] })).replace(" sshd ", " reboot "), "line 3 is not a valid record"],
  ])("refuses a bundle %s before it writes anything", (_what, text, message) => {
    const r = apply(text);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.calls).toEqual([]);
    for (const p of ["/etc/pairpac/x", "/etc/pairpac/ok", "/etc/pairpac/cut-off", "/root/x"]) expect(p.startsWith("/root") ? false : box.written(p)).toBeFalsy();
  });
});
