import { dovecotValue, renderDovecot, renderPasswdFile, section, setting, settings } from "../../../cloudinit/serializers/dovecot";

// The first Dovecot 2.4 / Compose v2 check may build the Debian 13 validator root (about 30 s).
jest.setTimeout(300_000);

const V = { config: "2.4.1", storage: "2.4.1" };

describe("renderDovecot", () => {
  it("writes the versions first, then settings and nested sections", () => {
    const text = renderDovecot(V, [
      ...settings({ protocols: ["imap", "lmtp"], ssl: "required", imap_hibernate_timeout: 0 }),
      section("service", "imap-login", [section("inet_listener", "imaps", [setting("port", 31993)])]),
    ]);
    expect(text).toBe(
      "dovecot_config_version = 2.4.1\ndovecot_storage_version = 2.4.1\nprotocols = imap lmtp\nssl = required\nimap_hibernate_timeout = 0\n" +
        "service imap-login {\n  inet_listener imaps {\n    port = 31993\n  }\n}\n",
    );
  });

  it("quotes values that would be split, read as a comment or as a file include", () => {
    expect(dovecotValue("v", "a b")).toBe('"a b"');
    expect(dovecotValue("v", "<secret")).toBe('"<secret"');
    expect(dovecotValue("v", "x#y")).toBe('"x#y"');
    expect(dovecotValue("v", 'q"\\')).toBe('"q\\"\\\\"');
    expect(dovecotValue("v", "/srv/vmail/%{user | lower}")).toBe('"/srv/vmail/%{user | lower}"');
    expect(dovecotValue("v", true)).toBe("yes");
  });

  it("fails on a newline in a value", () => {
    expect(() => renderDovecot(V, [setting("ssl_min_protocol", "TLSv1.2\nssl = no")])).toThrow("dovecot[0](ssl_min_protocol): must be a single line");
  });

  it("fails on a token, a bad key, a list item with spaces, and a version set in the body", () => {
    expect(() => dovecotValue("v", "${TfToken[TOKEN.4]}")).toThrow("must not contain a Terraform token");
    expect(() => renderDovecot(V, [setting("Mail-Driver", "x")])).toThrow("dovecot[0].key: must be a Dovecot setting name");
    expect(() => dovecotValue("v", ["a b"])).toThrow("v[0]: must be a single word inside a list");
    expect(() => renderDovecot(V, [setting("dovecot_config_version", "2.4.0")])).toThrow("is set by renderDovecot itself");
    expect(() => renderDovecot({ config: "2.4", storage: "2.4.1" }, [])).toThrow("dovecot.config: must be a version");
  });

  it("fails on a section name with a brace", () => {
    expect(() => renderDovecot(V, [section("service", "imap {", [])])).toThrow("must be a section name without spaces");
  });
});

describe("renderPasswdFile", () => {
  it("writes user:hash:uid:gid::home:: lines, tokens allowed in the hash", () => {
    expect(renderPasswdFile([{ user: "team@main.example.org", password: "{BLF-CRYPT}${TfToken[TOKEN.9]}", uid: 1000, gid: 1000, home: "/srv/vmail/team@main.example.org" }])).toBe(
      "team@main.example.org:{BLF-CRYPT}${TfToken[TOKEN.9]}:1000:1000::/srv/vmail/team@main.example.org::\n",
    );
  });

  it("fails on a clear-text or unprefixed password", () => {
    const u = { user: "u", uid: 1000, gid: 1000, home: "/h" };
    expect(() => renderPasswdFile([{ ...u, password: "secret" }])).toThrow("passwdFile[0].password: must start with a hash scheme");
    expect(() => renderPasswdFile([{ ...u, password: "{PLAIN}secret" }])).toThrow("must not be a clear-text scheme");
    expect(() => renderPasswdFile([{ ...u, password: "{BLF-CRYPT}" }])).toThrow("must contain a hash after the scheme");
  });

  it("fails on ':' or a newline in a field and on a bad uid", () => {
    const u = { password: "{BLF-CRYPT}$2a$10$abc", uid: 1000, gid: 1000, home: "/h" };
    expect(() => renderPasswdFile([{ ...u, user: "a:b" }])).toThrow("passwdFile[0].user: must not contain ':'");
    expect(() => renderPasswdFile([{ ...u, user: "a\nb" }])).toThrow("must be a single line");
    expect(() => renderPasswdFile([{ ...u, user: "a", uid: 0 }])).toThrow("passwdFile[0].uid: must be a positive integer");
  });
});
