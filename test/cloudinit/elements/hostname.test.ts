import { CloudConfig, Hostname } from "../../../cloudinit";
import { expectPairPacError } from "../../support/pairpac-error";

const obj = (...e: Parameters<CloudConfig["add"]>[1][]) => new CloudConfig({ machine: "m" }).add("t", ...e).toObject();

describe("Hostname", () => {
  test("host name alone, or with an fqdn (managed /etc/hosts)", () => {
    expect(obj(Hostname.of("gateway"))).toEqual({ hostname: "gateway" });
    expect(obj(Hostname.of("gateway", { fqdn: "gateway.main.example.test" }))).toEqual({ hostname: "gateway", fqdn: "gateway.main.example.test", manage_etc_hosts: true });
    expect(obj(Hostname.of("gw", { fqdn: "${TfToken[TOKEN.2]}" }))).toEqual({ hostname: "gw", fqdn: "${TfToken[TOKEN.2]}", manage_etc_hosts: true });
  });
  test("fails on an invalid label or fqdn", () => {
    expectPairPacError(() => Hostname.of("Gate_way"), { field: "hostname", problem: /^must be one DNS label/ });
    expectPairPacError(() => Hostname.of("gw", { fqdn: "gw" }), { field: "hostname.fqdn", problem: /^must be a lower-case fully qualified domain name/ });
  });
});
