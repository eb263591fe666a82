/**
 * Conformance tier (npm run test:conformance): the gateway's site served by a real nginx (Debian's, the image's
 * version) in a network namespace of its own, with a certificate made by openssl. The rendered-content checks of the
 * same features are in web.test.ts.
 */
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MUMBLE_WEB_LOCAL_CONFIG } from "../../../cloudinit/gateway/conference-password";
import { joinPageHtml, landingPageHtml } from "../../../cloudinit/gateway/landing-page";
import { gatewayNginxConf, LANDING_CSP, SITE_CSP } from "../../../cloudinit/gateway/nginx-site";
import { nginxTest, run, tempDir, testCertificate } from "../serializers/validators";
import { tags } from "./fixtures";

describe("the gateway's site served by a real nginx (host nginx, same major version as the image)", () => {
  // One nginx in a network namespace of its own, serving the rendered configuration, landing page and one pages.
  const dir = tempDir("gw-site");
  // The workers run as the compile-time user (nobody here, nginx in the image): the pages must be readable to others.
  chmodSync(dir, 0o755);
  const { cert, key } = testCertificate(dir, "main.example.org");
  const www = join(dir, "www");
  const desktops = [{ index: 1, name: "Desktop-1" }, { index: 2, name: "Desktop-2" }];
  mkdirSync(join(www, "join"), { recursive: true });
  mkdirSync(join(www, "mumble"), { recursive: true });
  writeFileSync(join(www, "mumble", "config.local.js"), MUMBLE_WEB_LOCAL_CONFIG);
  writeFileSync(join(www, "index.html"), landingPageHtml({ title: "T", domain: "main.example.org", desktops }));
  for (const d of desktops) {
    for (const kind of ["collaborate", "watch"] as const) {
      writeFileSync(join(www, "join", `${d.index}-${kind}.html`), joinPageHtml({ title: "T", domain: "main.example.org", desktop: d, kind }));
    }
  }
  writeFileSync(join(dir, "nginx.conf"), gatewayNginxConf({ domain: "main.example.org", tls: { certificate: cert, key }, webRoot: www }));
  mkdirSync(join(dir, "logs"));
  const urls = [
    "/join?c=2-watch&name=Ann%3D%28x%29",
    "/join?c=1-collaborate&name=%22%3E%3Cb%3E",
    '/join?c=1-collaborate&name="><b>',
    "/join?c=../index",
    "/join?c=3-collaborate",
    "/join/1-collaborate.html",
    "/",
    "/guacamole/",
    "/mumble/",
    "/mumble/config.local.js",
  ];
  const sq = (t: string) => `'${t.replace(/'/g, "'\\''")}'`;
  const curl = urls.map((u) => `echo ${sq(`=== ${u}`)}; curl -sk -i --resolve main.example.org:443:127.0.0.1 ${sq(`https://main.example.org${u}`)}; echo`).join("\n");
  const script = [
    "set -e",
    "ip link set lo up",
    `nginx -p ${dir}/ -c ${dir}/nginx.conf -g 'pid ${dir}/nginx.pid; error_log ${dir}/logs/error.log;'`,
    `for i in $(seq 50); do [ -s ${dir}/nginx.pid ] && break; sleep 0.1; done`,
    "set +e",
    curl,
    `kill "$(cat ${dir}/nginx.pid)"`,
  ].join("\n");
  const r = run("unshare", ["-n", "bash", "-c", script]);
  const responses = new Map(
    r.output.split(/^=== /m).slice(1).map((chunk) => {
      const nl = chunk.indexOf("\n");
      const text = chunk.slice(nl + 1);
      const split = text.indexOf("\r\n\r\n");
      const head = text.slice(0, split);
      const headers = Object.fromEntries(head.split("\r\n").slice(1).map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]));
      return [chunk.slice(0, nl), { status: Number(head.split(" ")[1]), headers, body: text.slice(split + 4) }];
    }),
  );
  const get = (u: string) => {
    const res = responses.get(u);
    if (!res) throw new Error(`no response for ${u}:\n${r.output}`);
    return res;
  };

  it("nginx -t accepts the configuration with the one page's maps and SSI location", () => {
    const t = nginxTest(tempDir("gw-site-t"), { "nginx.conf": gatewayNginxConf({ domain: "main.example.org", tls: { certificate: cert, key }, webRoot: www }) });
    expect(t.output).toBe("");
    expect(t.status).toBe(0);
  });

  it("the one page names the chosen desktop connection and carries the display name into mumble-web's username", () => {
    const res = get("/join?c=2-watch&name=Ann%3D%28x%29");
    expect(res.status).toBe(200);
    const [desktop, talk] = tags(res.body, "iframe");
    expect(desktop.src).toBe(`/guacamole/#/client/${Buffer.from("Desktop-2 (watch)\0c\0default").toString("base64")}`);
    expect(talk.src).toBe("/mumble/?address=main.example.org&port=443/mumble/&webrtc=false&joinDialog=1&username=Ann%3D%28x%29");
    expect(talk.allow).toBe("microphone");
    expect(new URL(talk.src, "https://main.example.org").searchParams.get("username")).toBe("Ann=(x)");
    expect(res.body).not.toContain("<!--#");
  });

  it("echoes a name only percent-encoded: raw quotes or markup give an empty username (mumble-web then asks)", () => {
    const encoded = get("/join?c=1-collaborate&name=%22%3E%3Cb%3E");
    expect(encoded.status).toBe(200);
    expect(tags(encoded.body, "iframe")[1].src).toMatch(/&username=%22%3E%3Cb%3E$/);
    const raw = get('/join?c=1-collaborate&name="><b>');
    expect(raw.status).toBe(200);
    expect(tags(raw.body, "iframe")[1].src).toMatch(/&username=$/);
    expect(raw.body.match(/<b>/g)).toHaveLength(1); // the page's own heading
  });

  it("serves the gateway's config.local.js for mumble-web from the web root, not from the (absent) upstream", () => {
    const res = get("/mumble/config.local.js");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/javascript");
    expect(res.body).toBe(`${MUMBLE_WEB_LOCAL_CONFIG}\n`); // the script's echo after each response
  });

  it("serves only the templates the form can name, and none of them directly", () => {
    for (const u of ["/join?c=../index", "/join?c=3-collaborate", "/join/1-collaborate.html"]) expect({ u, status: get(u).status }).toEqual({ u, status: 404 });
  });

  it("the site's own pages are strict and never framed; the proxied apps may be framed by the site only", () => {
    expect(get("/").headers["content-security-policy"]).toBe(LANDING_CSP);
    expect(get("/join?c=2-watch&name=Ann%3D%28x%29").headers["content-security-policy"]).toBe(SITE_CSP);
    for (const u of ["/", "/join?c=2-watch&name=Ann%3D%28x%29"]) expect(get(u).headers["x-frame-options"]).toBe("DENY");
    for (const csp of [LANDING_CSP, SITE_CSP]) {
      expect(csp).toMatch(/^default-src 'none';/);
      expect(csp).toContain("frame-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/https?:|\*/);
    }
    // The landing page's one script by hash; the one page none.
    expect(LANDING_CSP).toMatch(/script-src 'sha256-[A-Za-z0-9+/]{43}=';/);
    expect(SITE_CSP).not.toContain("script-src");
    // No upstream runs here: nginx answers 502, with the headers (`always`).
    for (const u of ["/guacamole/", "/mumble/"]) {
      expect(get(u).status).toBe(502);
      expect(get(u).headers["content-security-policy"]).toBe("frame-ancestors 'self'");
      expect(get(u).headers["x-frame-options"]).toBe("SAMEORIGIN");
    }
  });
});

