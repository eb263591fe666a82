import { desktopPorts, GATEWAY_LOOPBACK_PORTS, gatewayPublicPorts, MAX_DESKTOPS, Os } from "../../cloudinit";
import { expectPairPacError } from "../support/pairpac-error";

describe("Os", () => {
  test("Ubuntu 24.04 is first and the default; Debian 13 is supported", () => {
    expect(Os.all()).toEqual([Os.UBUNTU_24_04, Os.DEBIAN_13]);
    expect([Os.UBUNTU_24_04.id, Os.UBUNTU_24_04.family, Os.UBUNTU_24_04.codename, Os.UBUNTU_24_04.version, Os.UBUNTU_24_04.defaultUser])
      .toEqual(["ubuntu-24.04", "ubuntu", "noble", "24.04", "ubuntu"]);
    expect([Os.DEBIAN_13.id, Os.DEBIAN_13.family, Os.DEBIAN_13.codename, Os.DEBIAN_13.version, Os.DEBIAN_13.defaultUser])
      .toEqual(["debian-13", "debian", "trixie", "13", "debian"]);
    expect(String(Os.DEBIAN_13)).toBe("debian-13");
  });

  test("fromId finds an OS and fails on unknown ids", () => {
    expect(Os.fromId("debian-13")).toBe(Os.DEBIAN_13);
    expectPairPacError(() => Os.fromId("ubuntu-20.04"), { field: "os", value: "ubuntu-20.04", problem: "is not a supported operating system", fix: "Use one of ubuntu-24.04, debian-13." });
  });
});

describe("ports plan", () => {
  test("desktop n uses 5900+n for VNC and 4700+n for audio", () => {
    expect(desktopPorts(1)).toEqual({ vnc: 5901, audio: 4701 });
    expect(desktopPorts(99)).toEqual({ vnc: 5999, audio: 4799 });
    expect(MAX_DESKTOPS).toBe(99);
  });

  test.each([0, 100, 1.5, -1, Number.NaN])("fails on desktop index %p", (index) => {
    expectPairPacError(() => desktopPorts(index), { field: "desktop.index", problem: /^must be an integer between 1 and 99/ });
  });

  test("loopback services for the desktops", () => {
    expect(GATEWAY_LOOPBACK_PORTS).toEqual({ imap: 143, mumble: 64738 });
  });

  test("public gateway ports, with 25 and 993 only with mail", () => {
    const key = (p: { port: number; protocol: string }) => `${p.port}/${p.protocol}`;
    expect(gatewayPublicPorts({ mail: false }).map(key)).toEqual(["22/tcp", "80/tcp", "443/tcp", "64738/tcp", "64738/udp"]);
    expect(gatewayPublicPorts({ mail: true }).map(key)).toEqual(["22/tcp", "25/tcp", "80/tcp", "443/tcp", "993/tcp", "64738/tcp", "64738/udp"]);
  });
});
