import {
  AptSource, CloudConfig, Command, DataVolume, File, Group, Hostname, Locale, Packages, PowerState, Script, SshHostKeys, SwapFile, Sysctl,
  SystemdUnit, Timezone, User, UserDataBudget, checkBudget, desktopPorts,
} from "../../cloudinit";
import { expectPairPacError } from "../support/pairpac-error";

/**
 * Every row: a misuse, and the error it must produce: the field, the rejected value and a fix. The full message has the
 * shape `<field>: <problem>; got <JSON value>. <fix>`.
 */
const CASES: readonly (readonly [string, () => unknown, string, unknown, RegExp])[] = [
  ["file mode as number", () => File.text("/etc/a", "", { mode: 644 as never }), "file(/etc/a).mode", 644, /Use a string such as "0640"/],
  ["file mode with digit 8", () => File.text("/etc/a", "", { mode: "0648" }), "file(/etc/a).mode", "0648", /Use a string such as "0640"/],
  ["relative file path", () => File.text("etc/a", ""), "file(etc/a).path", "etc/a", /Use an absolute path/],
  ["file path with ..", () => File.text("/etc/../a", ""), "file(/etc/../a).path", "/etc/../a", /Use an absolute path/],
  ["owner with upper case", () => File.text("/a", "", { owner: "Root" }), "file(/a).owner", "Root", /Use e\.g\. "pairpac"/],
  ["unknown package", () => Packages.of("dockerd"), "packages[0]", "dockerd", /add a row to the table/],
  ["user name with space", () => User.create("a b"), "user.name", "a b", /Use e\.g\. "pairpac"/],
  ["ssh key that is not a key", () => User.create("a", { sshAuthorizedKeys: ["AAAA"] }), "user(a).sshAuthorizedKeys[0]", "AAAA", /content of a \.pub file/],
  ["group member invalid", () => Group.of("g", ["-x"]), "group(g).members[0]", "-x", /Use e\.g\. "pairpac"/],
  ["service without command", () => SystemdUnit.service("s", { description: "S", execStart: [] }), "service(s.service).execStart", [], /Use e\.g\. \["\/usr\/bin\/docker"/],
  ["service command with systemd prefix", () => SystemdUnit.service("s", { description: "S", execStart: ["-/bin/true"] }), "service(s.service).execStart[0]", "-/bin/true", /Use an absolute path/],
  ["service description with newline", () => SystemdUnit.service("s", { description: "a\nb", execStart: ["/bin/true"] }), "service(s.service).description", "a\nb", /Use a single line/],
  ["environment value with newline", () => SystemdUnit.service("s", { description: "S", execStart: ["/bin/true"], environment: { K: "a\nb" } }), "service(s.service).environment.K", "K=a\nb", /EnvironmentFile=/],
  ["timer without trigger", () => SystemdUnit.timer("t", { description: "T" }), "timer(t.timer)", { description: "T" }, /Set onCalendar/],
  ["unit name without suffix in dependencies", () => SystemdUnit.service("s", { description: "S", execStart: ["/bin/true"], after: ["network"] }), "service(s.service).after[0]", "network", /pairpac-tunnel\.service/],
  ["command as shell string", () => Command.of(["systemctl restart nginx"]), "command[0]", "systemctl restart nginx", /Script\.of/],
  ["script with token", () => Script.of("s", "echo ${TfToken[TOKEN.3]}"), "script(s).body", "echo ${TfToken[TOKEN.3]}", /File\.text/],
  ["tiny swap", () => SwapFile.of({ sizeMb: 1 }), "swapFile.sizeMb", 1, /1024 for 1 GiB/],
  ["timezone with blanks", () => Timezone.of("Central European"), "timezone", "Central European", /Europe\/Berlin/],
  ["locale misspelt", () => Locale.of("en-US"), "locale", "en-US", /en_US\.UTF-8/],
  ["host name with dot", () => Hostname.of("gw.example"), "hostname", "gw.example", /Use e\.g\. "gateway"/],
  ["sysctl value with newline", () => Sysctl.of({ "vm.swappiness": "1\n" }), "sysctl.vm.swappiness", "1\n", /Use e\.g\. "10"/],
  ["power state delay negative", () => PowerState.reboot({ delayMinutes: -5 }), "powerState.delayMinutes", -5, /0 for now/],
  ["host key without private key", () => SshHostKeys.of({ ed25519: { private: "", public: "ssh-ed25519 AAAAC3" } }), "sshHostKeys.ed25519.private", "", /tls_private_key/],
  ["apt source over ftp", () => AptSource.of({ name: "x", uri: "ftp://x.test", components: ["main"], key: "k" }), "aptSource(x).uri", "ftp://x.test", /https:\/\//],
  ["data volume label too long", () => DataVolume.of({ device: "/dev/vdb", label: "a-very-long-label-x", mountPoint: "/srv/d" }), "dataVolume.label", "a-very-long-label-x", /pairpac-data/],
  ["data volume on /usr", () => DataVolume.of({ device: "/dev/vdb", label: "d", mountPoint: "/usr/local" }), "dataVolume.mountPoint", "/usr/local", /\/srv\/pairpac/],
  ["machine name upper case", () => new CloudConfig({ machine: "Gateway" }), "cloudConfig.machine", "Gateway", /"desktop-1"/],
  ["desktop index 0", () => desktopPorts(0), "desktop.index", 0, /Number desktops from 1/],
  ["conflicting files", () => new CloudConfig({ machine: "m" }).add("a", File.text("/x", "1")).add("b", File.text("/x", "2")), "write_files[/x]", "/x", /Let one contributor own the file/],
  ["over budget", () => checkBudget(new CloudConfig({ machine: "m" }).add("big", File.text("/x", "${TfToken[TOKEN.1]}")), UserDataBudget.custom("tiny", 100, "gzip")),
    "m.userData", expect.any(Number), /Largest contributors \(each measured alone\): big \d+ B/],
];

describe("invalid inputs give a clear error (field, value, fix)", () => {
  test("the table has at least 20 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  test.each(CASES)("fails on %s", (_name, make, field, value, fix) => {
    expectPairPacError(make, { field, value, fix });
  });
});
