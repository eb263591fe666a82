import { CloudConfig, Hostname } from "../../../cloudinit";

const obj = (...e: Parameters<CloudConfig["add"]>[1][]) => new CloudConfig({ machine: "m" }).add("t", ...e).toObject();

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
