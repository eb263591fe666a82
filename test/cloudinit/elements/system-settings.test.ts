import { CloudConfig, Hostname, Locale, PowerState, SwapFile, Sysctl, Timezone } from "../../../cloudinit";
import { validateDocument } from "../validate-document";

const obj = (...e: Parameters<CloudConfig["add"]>[1][]) => new CloudConfig({ machine: "m" }).add("t", ...e).toObject();

describe("SwapFile", () => {
  test("default path /swapfile, size in bytes", () => {
    expect(obj(SwapFile.of({ sizeMb: 1024 }))).toEqual({ swap: { filename: "/swapfile", size: 1073741824, maxsize: 1073741824 } });
  });
  test("custom path", () => {
    expect(obj(SwapFile.of({ sizeMb: 512, path: "/var/swap" }))).toEqual({ swap: { filename: "/var/swap", size: 536870912, maxsize: 536870912 } });
  });
  test("fails on a size out of range or a fraction", () => {
    expect(() => SwapFile.of({ sizeMb: 10 })).toThrow(/^swapFile\.sizeMb: must be an integer between 64 and 65536/);
    expect(() => SwapFile.of({ sizeMb: 100.5 })).toThrow(/^swapFile\.sizeMb/);
  });
  test("fails when two contributors ask for different swap files", () => {
    const doc = new CloudConfig({ machine: "gw" }).add("base", SwapFile.of({ sizeMb: 1024 }));
    expect(() => doc.add("mumble", SwapFile.of({ sizeMb: 2048 }))).toThrow(/^swap: is set differently by "base" .* and "mumble"/);
  });
});

describe("Timezone and Locale", () => {
  test("set timezone and locale", () => {
    expect(obj(Timezone.of("Europe/Berlin"), Locale.of("de_DE.UTF-8"))).toEqual({ timezone: "Europe/Berlin", locale: "de_DE.UTF-8" });
    expect(Timezone.of("America/Argentina/Buenos_Aires").name).toBe("America/Argentina/Buenos_Aires");
    expect(Locale.of("C.UTF-8").name).toBe("C.UTF-8");
  });
  test("fail on malformed names", () => {
    expect(() => Timezone.of("Europe/../etc")).toThrow(/^timezone: is not a tz database name/);
    expect(() => Timezone.of("Berlin time")).toThrow(/^timezone:/);
    expect(() => Locale.of("english")).toThrow(/^locale: is not a locale name/);
  });
});

describe("Hostname", () => {
  test("host name alone, or with an fqdn (managed /etc/hosts)", () => {
    expect(obj(Hostname.of("gateway"))).toEqual({ hostname: "gateway" });
    expect(obj(Hostname.of("gateway", { fqdn: "gateway.main.example.test" }))).toEqual({ hostname: "gateway", fqdn: "gateway.main.example.test", manage_etc_hosts: true });
    expect(obj(Hostname.of("gw", { fqdn: "${TfToken[TOKEN.2]}" }))).toEqual({ hostname: "gw", fqdn: "${TfToken[TOKEN.2]}", manage_etc_hosts: true });
  });
  test("fails on an invalid label or fqdn", () => {
    expect(() => Hostname.of("Gate_way")).toThrow(/^hostname: must be one DNS label/);
    expect(() => Hostname.of("gw", { fqdn: "gw" })).toThrow(/^hostname\.fqdn: must be a lower-case fully qualified domain name/);
  });
});

describe("Sysctl", () => {
  test("settings of all contributors merge into one sorted drop-in applied first in runcmd", () => {
    const doc = new CloudConfig({ machine: "m" })
      .add("base", Sysctl.of({ "vm.swappiness": 10 }))
      .add("net", Sysctl.of({ "net.ipv4.ip_forward": "0", "vm.swappiness": "10" }));
    expect(doc.toObject()).toEqual({
      write_files: [{ path: "/etc/sysctl.d/90-pairpac.conf", content: "net.ipv4.ip_forward = 0\nvm.swappiness = 10\n", owner: "root:root", permissions: "0644" }],
      runcmd: [["sysctl", "-p", "/etc/sysctl.d/90-pairpac.conf"]],
    });
  });
  test("fails when two contributors set one key differently", () => {
    const doc = new CloudConfig({ machine: "m" }).add("a", Sysctl.of({ "vm.swappiness": 10 }));
    expect(() => doc.add("b", Sysctl.of({ "vm.swappiness": 60 }))).toThrow(/^sysctl\.vm\.swappiness: is set differently by "a" \("10"\) and "b"/);
  });
  test("fails on bad keys and values", () => {
    expect(() => Sysctl.of({ swappiness: 1 })).toThrow(/^sysctl\.swappiness: is not a sysctl parameter name/);
    expect(() => Sysctl.of({ "vm.swappiness": "1\n2" })).toThrow(/^sysctl\.vm\.swappiness: must be a non-empty one-line value/);
    expect(() => Sysctl.of({})).toThrow(/^sysctl: must set at least one parameter/);
  });
});

describe("PowerState", () => {
  test("reboot now with defaults", () => {
    expect(obj(PowerState.reboot())).toEqual({ power_state: { mode: "reboot", delay: "now", timeout: 30 } });
  });
  test("poweroff with every option", () => {
    expect(obj(PowerState.poweroff({ delayMinutes: 5, message: "Bye", timeoutSeconds: 120, condition: ["test", "-f", "/var/run/reboot-required"] })))
      .toEqual({ power_state: { mode: "poweroff", delay: 5, timeout: 120, message: "Bye", condition: ["test", "-f", "/var/run/reboot-required"] } });
  });
  test("fails on bad options", () => {
    expect(() => PowerState.reboot({ delayMinutes: -1 })).toThrow(/^powerState\.delayMinutes: must be an integer between 0 and 1440/);
    expect(() => PowerState.reboot({ condition: [] })).toThrow(/^powerState\.condition: must be a non-empty argv array/);
    expect(() => PowerState.reboot({ message: "a\nb" })).toThrow(/^powerState\.message: must be a single line/);
  });
});

test("all system settings together render to a valid cloud-config", () => {
  validateDocument(new CloudConfig({ machine: "m" }).add("sys",
    SwapFile.of({ sizeMb: 1024 }), Timezone.of("Europe/Berlin"), Locale.of("en_US.UTF-8"), Hostname.of("gateway", { fqdn: "gateway.main.example.test" }),
    Sysctl.of({ "vm.swappiness": 10, "net.core.somaxconn": 1024 }), PowerState.reboot({ delayMinutes: 1, message: "Rebooting", condition: ["test", "-f", "/var/run/reboot-required"] })));
});
