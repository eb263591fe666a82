import { renderAuthorizedKey, renderSshdConfig } from "../../../cloudinit/serializers/sshd-config";

describe("renderSshdConfig", () => {
  const config = {
    global: { PasswordAuthentication: false, PermitRootLogin: "no", AllowTcpForwarding: "no" },
    matches: [{ criteria: { User: "tunnel" }, settings: { AllowTcpForwarding: "remote", PermitOpen: ["127.0.0.1:143", "127.0.0.1:64738"], Banner: "/etc/ssh/my banner" } }],
  };

  it("renders global keywords then Match blocks, quoting values with spaces", () => {
    expect(renderSshdConfig(config)).toBe(
      "PasswordAuthentication no\nPermitRootLogin no\nAllowTcpForwarding no\nMatch User tunnel\n  AllowTcpForwarding remote\n  PermitOpen 127.0.0.1:143 127.0.0.1:64738\n  Banner \"/etc/ssh/my banner\"\n",
    );
  });

  it("fails on a newline, a quote, or a Match keyword in the settings", () => {
    expect(() => renderSshdConfig({ global: { Banner: "a\nPermitRootLogin yes" } })).toThrow("sshd.global.Banner[0]: must be a single line");
    expect(() => renderSshdConfig({ global: { Banner: 'a "b"' } })).toThrow("must not contain '\"', '\\' or '#'");
    expect(() => renderSshdConfig({ global: { Match: "User x" } })).toThrow("must not be Match");
  });
});

describe("renderAuthorizedKey", () => {
  it("writes options before the key", () => {
    expect(
      renderAuthorizedKey("ssh-ed25519 AAAA x\n", {
        flags: ["restrict", "port-forwarding"],
        permitListen: ["127.0.0.1:5901"],
        permitOpen: ["127.0.0.1:143"],
        command: "/usr/sbin/nologin",
      }),
    ).toBe('restrict,port-forwarding,permitlisten="127.0.0.1:5901",permitopen="127.0.0.1:143",command="/usr/sbin/nologin" ssh-ed25519 AAAA x');
  });

  it("fails on a quote in an option and on something that is not host:port", () => {
    expect(() => renderAuthorizedKey("k", { command: 'a"b' })).toThrow("authorizedKey.command: must not contain");
    expect(() => renderAuthorizedKey("k", { permitListen: ["5901"] })).toThrow("authorizedKey.permitListen[0]: must be host:port");
  });
});
