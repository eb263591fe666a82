import { applierScript, applyCommandScript, checkBundleActions, type DeliveryAction } from "../../../cloudinit/delivery/apply-command";
import { DeliveryBundle, parseDeliveryBundle } from "../../../cloudinit/delivery/delivery-bundle";
import { DeliveryLogin } from "../../../cloudinit/delivery/delivery-login";
import { applyCommands, prepareCommands, UPLOAD_PATH } from "../../../cloudinit/delivery/provisioning";
import { PairPacError } from "../../../src/errors";

const token = (n: number) => `\${TfToken[TOKEN.${n}]}`;
const actions: DeliveryAction[] = [
  { name: "sshd", command: ["systemctl", "reload-or-restart", "ssh.service"] },
  { name: "containers", command: ["/usr/local/lib/pairpac/reload-containers.sh"], group: true },
];
const applier = applierScript("gateway", actions);

describe("a delivery bundle", () => {
  const bundle = new DeliveryBundle("gateway", applier)
    .directory("/etc/pairpac/tls/mumble", { owner: "root:10000", mode: "0750" })
    .file("/etc/pairpac/tls/mumble/privkey.pem", "KEY\n", { owner: "root:10000", mode: "0640", then: ["containers:mumble-cert"] })
    .file("/etc/ssh/pairpac_tunnel_listen.conf", "PermitListen none\n", { then: ["sshd"] })
    .prune("/var/www/pairpac/join");

  test("renders one record per line between the header with its applier and the end line, and parses back", () => {
    const text = bundle.render();
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("pairpac-delivery 1 gateway");
    expect(lines[1]).toBe(`applier ${Buffer.from(applier).toString("base64")}`);
    expect(lines.slice(2)).toEqual([
      "dir 0750 root:10000 /etc/pairpac/tls/mumble",
      `file 0640 root:10000 containers:mumble-cert /etc/pairpac/tls/mumble/privkey.pem ${Buffer.from("KEY\n").toString("base64")}`,
      `file 0644 root:root sshd /etc/ssh/pairpac_tunnel_listen.conf ${Buffer.from("PermitListen none\n").toString("base64")}`,
      "prune - /var/www/pairpac/join",
      "end 5",
    ]);
    const parsed = parseDeliveryBundle(text);
    expect(parsed.machine).toBe("gateway");
    expect(parsed.applier).toBe(applier);
    expect(parsed.records.map(({ encoded: _e, ...r }) => r)).toEqual(bundle.records);
    expect(bundle.actionTokens).toEqual(["containers:mumble-cert", "sshd"]);
  });

  test("leaves content with tokens to the encoder (the construct's Terraform base64encode) and refuses to encode it itself", () => {
    const withToken = new DeliveryBundle("gateway", applier).file("/etc/pairpac/mumble/superuser.env", `X='${token(7)}'\n`);
    expect(withToken.render((c) => `<${c}>`)).toContain(`/etc/pairpac/mumble/superuser.env <X='${token(7)}'\n>`);
    expect(() => withToken.render()).toThrow(PairPacError);
    expect(() => withToken.render()).toThrow(/delivery\.content: contains a Terraform token/);
  });

  test.each([
    ["a relative path", (b: DeliveryBundle) => b.file("etc/x", "x"), /delivery\(gateway\)\.file\(etc\/x\)\.path: must be an absolute, normalised path/],
    ["a path with a blank", (b: DeliveryBundle) => b.file("/etc/pairpac/a b", "x"), /\.path: must contain only letters, digits and '\._@\+\/-'; got "\/etc\/pairpac\/a b"/],
    ["a path with '..'", (b: DeliveryBundle) => b.file("/etc/pairpac/../shadow", "x"), /\.path: must be an absolute, normalised path/],
    ["an owner without a group", (b: DeliveryBundle) => b.file("/etc/x", "x", { owner: "root" }), /\.owner: must be "user:group" \(names or numeric ids\); got "root"\. Use e\.g\. "root:root"/],
    ["a mode as a number", (b: DeliveryBundle) => b.file("/etc/x", "x", { mode: 640 as unknown as string }), /\.mode: must be an octal mode string/],
    ["an action with a blank", (b: DeliveryBundle) => b.file("/etc/x", "x", { then: ["reload all"] }), /\.then\[0\]: must be an action token/],
    ["a path delivered twice", (b: DeliveryBundle) => b.file("/etc/x", "x").file("/etc/x", "y"), /delivery\(gateway\)\.path: is delivered twice; got "\/etc\/x"\. Deliver each path once\./],
    ["a NUL in the content", (b: DeliveryBundle) => b.file("/etc/x", "a\0b"), /\.content: must not contain a NUL character/],
  ])("fails on %s", (_what, edit, message) => {
    expect(() => edit(new DeliveryBundle("gateway", applier))).toThrow(message);
  });

  test("fails on a bad machine name or an applier with tokens", () => {
    expect(() => new DeliveryBundle("Gateway", applier)).toThrow(/delivery\.machine: must be 1-63 lower-case letters/);
    expect(() => new DeliveryBundle("gateway", `#!/bin/sh\necho ${token(1)}\n`)).toThrow(/delivery\(gateway\)\.applier: must be a script without Terraform tokens/);
  });

  test("fails on an action the machine does not have, or a group token used the wrong way", () => {
    expect(() => checkBundleActions(new DeliveryBundle("gateway", applier).file("/etc/x", "x", { then: ["reboot"] }), actions)).toThrow(/then: names no action of this machine \(sshd, containers\); got "reboot"/);
    expect(() => checkBundleActions(new DeliveryBundle("gateway", applier).file("/etc/x", "x", { then: ["containers"] }), actions)).toThrow(/then: needs a member \(containers:<member>\)/);
    expect(() => checkBundleActions(new DeliveryBundle("gateway", applier).file("/etc/x", "x", { then: ["sshd:now"] }), actions)).toThrow(/then: takes no member/);
    expect(() => checkBundleActions(bundle, actions)).not.toThrow();
  });

  test("fails to parse a cut-off bundle or one without its applier", () => {
    const text = bundle.render();
    expect(() => parseDeliveryBundle(text.split("\n").slice(0, -2).join("\n"))).toThrow(/delivery\.text: must end with "end <number of records>"/);
    expect(() => parseDeliveryBundle(text.replace(/^applier .*$/m, "dir 0755 root:root /x"))).toThrow(/must be the applier line/);
  });
});

describe("the apply command and the applier", () => {
  test("the apply command in user-data only checks the machine and runs the bundle's applier, as root, one at a time", () => {
    const script = applyCommandScript("desktop-2");
    expect(script).toContain('[ "$(head -n 1 $s/bundle)" = "pairpac-delivery 1 desktop-2" ]');
    expect(script).toContain("flock -w 600 9\n");
    expect(script).toContain("sed -n '2s/^applier //p' $s/bundle | base64 -d > $s/applier\nbash $s/applier $s/bundle\n");
  });

  test("the applier knows exactly the machine's actions, in order, members passed to groups", () => {
    expect(applier).toContain('order=" sshd containers "\ngroups=" containers "\n');
    expect(applier).toContain("sshd) systemctl reload-or-restart ssh.service ;;\ncontainers) /usr/local/lib/pairpac/reload-containers.sh \"$@\" ;;\n");
  });

  test("fails on actions with a duplicate name or a token in the command", () => {
    expect(() => applierScript("gateway", [...actions, actions[0]])).toThrow(/gateway\.deliveryActions\[2\]\.name: must be a unique lower-case action name; got "sshd"/);
    expect(() => applierScript("gateway", [{ name: "x", command: ["echo", token(3)] }])).toThrow(/deliveryActions\[0\]\.command: must be a non-empty argv of literal single-line words/);
  });
});

describe("the provisioners' commands", () => {
  test("are plain sh without Terraform interpolations, wait for cloud-init and say what to do when it failed", () => {
    const all = [...prepareCommands("gateway"), ...applyCommands()];
    for (const c of all) expect(c).not.toMatch(/\$\{|%\{/);
    expect(all.join("\n")).toContain("cloud-init status --wait");
    expect(prepareCommands("gateway")[2]).toContain("PairPac: cloud-init failed on gateway: see 'cloud-init status --long' and /var/log/cloud-init-output.log there; fix the cause (or replace the machine), then run the apply again.");
    expect(applyCommands()).toEqual([`sudo -n /usr/local/sbin/pairpac-apply < ${UPLOAD_PATH}; status=$?; rm -f ${UPLOAD_PATH}; exit $status`]);
    expect(() => prepareCommands("Gateway 1")).toThrow(/delivery\.machine: must be 1-63 lower-case letters/);
  });

  test("a delivery key of the run's own is authorized for the admin user in user-data", () => {
    const target = { setSingleton: jest.fn() };
    DeliveryLogin.authorize(token(4)).contribute(target as never);
    expect(target.setSingleton).toHaveBeenCalledWith("ssh_authorized_keys", [token(4)]);
    expect(() => DeliveryLogin.authorize("not a key")).toThrow(/deliveryLogin\.publicKey: is not an OpenSSH public key line/);
  });
});
