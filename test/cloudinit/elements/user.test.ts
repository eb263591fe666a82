import { CloudConfig, Group, User } from "../../../cloudinit";
import { validateDocument } from "../validate-document";
import { expectPairPacError } from "../../support/pairpac-error";

const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDZ3SZ0Ny2EoJ4vGbxzzMRBRW0Gd5NKkzzHUPPFmHfDS alice@example.test";

describe("User", () => {
  test("defaults: bash, locked password, no sudo; the default user is kept first", () => {
    expect(new CloudConfig({ machine: "m" }).add("u", User.create("alice")).toObject()).toEqual({
      users: ["default", { name: "alice", shell: "/bin/bash", lock_passwd: true }],
    });
  });

  test("every option maps to its cloud-init key", () => {
    const user = User.create("alice", {
      groups: ["docker", "audio", "docker"], shell: "/bin/sh", sudo: true, sshAuthorizedKeys: [KEY], lockPassword: false,
      homeDir: "/srv/home/alice", primaryGroup: "staff", uid: 2001, gecos: "Alice A",
    });
    expect(user.fields).toEqual({
      gecos: "Alice A", primary_group: "staff", groups: ["audio", "docker"], homedir: "/srv/home/alice", shell: "/bin/sh",
      lock_passwd: false, sudo: "ALL=(ALL) NOPASSWD:ALL", uid: 2001, ssh_authorized_keys: [KEY],
    });
  });

  test("sudo rules can be listed", () => {
    expect(User.create("ops", { sudo: "ALL=(ALL) NOPASSWD:/usr/bin/systemctl" }).fields.sudo).toBe("ALL=(ALL) NOPASSWD:/usr/bin/systemctl");
  });

  test("system users have no login shell, no sudo and a locked password", () => {
    expect(User.system("pairpac-tunnel", { homeDir: "/var/lib/pairpac-tunnel" }).fields).toEqual({
      homedir: "/var/lib/pairpac-tunnel", shell: "/usr/sbin/nologin", lock_passwd: true, system: true,
    });
  });

  test("restricted keys with options and token keys are accepted", () => {
    const restricted = `restrict,port-forwarding,permitlisten="127.0.0.1:5901" ${KEY}`;
    expect(User.create("t", { sshAuthorizedKeys: [restricted, "${TfToken[TOKEN.9]}"] }).fields.ssh_authorized_keys).toEqual([restricted, "${TfToken[TOKEN.9]}"]);
  });

  test("the same user from two contributors is merged when identical", () => {
    const doc = new CloudConfig({ machine: "m" }).add("a", User.create("alice")).add("b", User.create("alice"));
    expect(doc.toObject().users).toEqual(["default", { name: "alice", shell: "/bin/bash", lock_passwd: true }]);
  });

  test("fails when two contributors define the same user differently, naming both", () => {
    const doc = new CloudConfig({ machine: "m" }).add("desktop", User.create("alice"));
    expectPairPacError(() => doc.add("mail", User.create("alice", { shell: "/bin/sh" })), { field: "users[alice]", problem: /^is defined differently by "desktop" and "mail"/ });
  });

  test.each([
    ["upper-case name", () => User.create("Alice"), /^user\.name: must be a Linux user\/group name/],
    ["bad group", () => User.create("a", { groups: ["Docker"] }), /^user\(a\)\.groups\[0\]: must be a Linux/],
    ["relative shell", () => User.create("a", { shell: "bash" }), /^user\(a\)\.shell: must be an absolute/],
    ["not a key", () => User.create("a", { sshAuthorizedKeys: ["hello"] }), /^user\(a\)\.sshAuthorizedKeys\[0\]: is not an OpenSSH public key line/],
    ["two keys in one element", () => User.create("a", { sshAuthorizedKeys: [`${KEY}\n${KEY}`] }), /single line|one key per array element/],
    ["empty sudo rule", () => User.create("a", { sudo: " " }), /^user\(a\)\.sudo: must be a non-empty sudoers rule/],
    ["two sudo rules in one string", () => User.create("a", { sudo: "ALL=(ALL) ALL\nALL=(ALL) ALL" }), /^user\(a\)\.sudo: must be a single line/],
    ["uid 0", () => User.create("a", { uid: 0 }), /^user\(a\)\.uid: must be an integer between 1 and 60000/],
    ["gecos with colon", () => User.create("a", { gecos: "a:b" }), /^user\(a\)\.gecos: must not contain ':'/],
    ["sudo as a list", () => User.create("a", { sudo: ["ALL=(ALL) ALL"] as never }), /^user\(a\)\.sudo: must be a boolean or one sudoers rule string/],
  ])("fails on %s", (_n, make, message) => {
    expect(make).toThrow(message);
  });

  test("renders to a valid cloud-config with groups", () => {
    validateDocument(new CloudConfig({ machine: "m" }).add("u",
      Group.of("pairpac"),
      User.create("alice", { groups: ["pairpac"], sudo: true, sshAuthorizedKeys: [KEY], homeDir: "/home/alice", uid: 2001, gecos: "Alice" }),
      User.system("svc", { groups: ["pairpac"] }),
    ));
  });
});

describe("Group", () => {
  test("plain group and group with members; members merge across contributors", () => {
    const doc = new CloudConfig({ machine: "m" })
      .add("a", Group.of("pairpac"), Group.of("audio", ["bob"]))
      .add("b", Group.of("audio", ["alice", "bob"]));
    expect(doc.toObject().groups).toEqual([{ audio: ["alice", "bob"] }, "pairpac"]);
  });

  test("fails on an invalid name or member", () => {
    expectPairPacError(() => Group.of("a b"), { field: "group.name", problem: /^must be a Linux/ });
    expectPairPacError(() => Group.of("g", ["Bob"]), { field: "group(g).members[0]", problem: /^must be a Linux/ });
  });

  test("renders to a valid cloud-config", () => {
    validateDocument(new CloudConfig({ machine: "m" }).add("g", Group.of("pairpac"), Group.of("audio", ["root"])));
  });
});
