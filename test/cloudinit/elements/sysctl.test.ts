import { CloudConfig, Sysctl } from "../../../cloudinit";

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
