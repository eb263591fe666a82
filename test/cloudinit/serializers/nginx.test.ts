import { block, directive, directives, mapEntry, nginxArg, renderNginx } from "../../../cloudinit/serializers/nginx";

describe("renderNginx", () => {
  it("renders nested blocks with two-space indentation", () => {
    const text = renderNginx([
      block("events", [], []),
      block("http", [], [block("server", [], [directive("listen", 8080), block("location", ["/"], [directive("return", 204)])])]),
    ]);
    expect(text).toBe("events {\n}\nhttp {\n  server {\n    listen 8080;\n    location / {\n      return 204;\n    }\n  }\n}\n");
  });

  it("builds simple directives from an object", () => {
    expect(directives({ proxy_buffering: "off", add_header: ["X-Frame-Options", "DENY", "always"] })).toEqual([
      { name: "proxy_buffering", args: ["off"] },
      { name: "add_header", args: ["X-Frame-Options", "DENY", "always"] },
    ]);
  });

  it("quotes values with spaces, semicolons, braces, quotes or '#', escaping quotes and backslashes", () => {
    expect(nginxArg("a", "max-age=63072000; includeSubDomains")).toBe('"max-age=63072000; includeSubDomains"');
    expect(nginxArg("a", "^/x{2}$")).toBe('"^/x{2}$"');
    expect(nginxArg("a", 'say "hi"')).toBe('"say \\"hi\\""');
    expect(nginxArg("a", "a\\b")).toBe('"a\\\\b"');
    expect(nginxArg("a", "#frag")).toBe('"#frag"');
    expect(nginxArg("a", "it's")).toBe('"it\'s"');
    expect(nginxArg("a", "")).toBe('""');
    expect(nginxArg("a", "$host$request_uri")).toBe("$host$request_uri");
  });

  it("fails on a newline in a value", () => {
    expect(() => renderNginx([directive("return", 200, "a\nb")])).toThrow("nginx[0](return).args[1]: must be a single line");
  });

  it("fails on a control character, a token, or a bad directive name", () => {
    expect(() => nginxArg("a", "x\u0007")).toThrow("must not contain control characters");
    expect(() => nginxArg("a", "${TfToken[TOKEN.1]}")).toThrow("must not contain a Terraform token");
    expect(() => renderNginx([directive("proxy pass", "x")])).toThrow("nginx[0].name: must be an nginx directive name");
    expect(() => renderNginx([directive("x;y")])).toThrow("must be an nginx directive name");
  });
});

describe("mapEntry", () => {
  it("quotes an empty map key and accepts keys that are not directive names", () => {
    expect(renderNginx([block("map", ["$http_upgrade", "$connection_upgrade"], [mapEntry("default", "upgrade"), mapEntry("", "close"), mapEntry("~^a b", "x")])])).toBe(
      'map $http_upgrade $connection_upgrade {\n  default upgrade;\n  "" close;\n  "~^a b" x;\n}\n',
    );
  });
});
