// nginx in the Compose project and the one page (desktop and conference side by side), on the rendered content.
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { NGINX_COMMAND } from "../../../cloudinit/gateway/compose-project";
import { COMPOSE_UNIT, renderGatewayRole } from "../../../cloudinit/gateway/gateway-role";
import { DISPLAY_NAME_PATTERN, joinPageHtml, landingPageHtml } from "../../../cloudinit/gateway/landing-page";
import { gatewayNginxConf, LANDING_CSP } from "../../../cloudinit/gateway/nginx-site";
import { nginxTest, run, tempDir, testCertificate } from "../serializers/validators";
import { tokenProps } from "./fixtures";

type WriteFile = { path: string; content: string; owner: string; permissions: string; defer?: boolean };
interface Service {
  image: string;
  network_mode?: string;
  ports?: string[];
  networks?: string[];
  command?: string[];
  volumes?: string[];
  read_only?: boolean;
  tmpfs?: string[];
  healthcheck?: { test: string[] };
}

const doc = renderGatewayRole(tokenProps());
const written = new Map((doc.toObject() as { write_files: WriteFile[] }).write_files.map((f) => [f.path, f]));
const content = (path: string): string => {
  const f = written.get(path);
  if (!f) throw new Error(`missing ${path}`);
  return f.content;
};
const compose = parse(content("/etc/pairpac/compose.yaml")) as { services: Record<string, Service> };
const nginx = compose.services.nginx;

/** The attributes of every `<tag ...>` (the pages are our own, simple HTML; quoted values may hold `>`). */
function tags(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}((?:\\s+[a-z-]+(?:="[^"]*"|=[^\\s"'>]+)?)*)\\s*>`, "g"))].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/([a-z-]+)(?:=(?:"([^"]*)"|([^\s"'>]+)))?/g)) attrs[a[1]] = (a[2] ?? a[3] ?? "").replace(/&amp;/g, "&");
    return attrs;
  });
}

describe("nginx in the Compose project", () => {
  it("runs the official image at a pinned tag with the host's network, its own CMD and the gateway's files read-only", () => {
    expect(nginx.image).toBe("nginx:1.26.3");
    expect(nginx.network_mode).toBe("host");
    expect(nginx.ports).toBeUndefined();
    expect(nginx.networks).toBeUndefined();
    expect(nginx.command).toEqual(["nginx", "-g", "daemon off;"]);
    expect(NGINX_COMMAND).toEqual(nginx.command);
    expect(nginx.volumes).toEqual([
      "/etc/pairpac/nginx/nginx.conf:/etc/nginx/nginx.conf:ro",
      "/etc/pairpac/tls/nginx:/etc/nginx/tls:ro",
      "/var/www/pairpac:/var/www/pairpac:ro",
    ]);
    expect(nginx.read_only).toBe(true);
    expect(nginx.tmpfs).toEqual(["/run", "/var/cache/nginx"]);
    expect(nginx.healthcheck?.test).toEqual(["CMD", "bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/443"]);
  });

  it("drops the host's nginx: no package, no /etc/nginx file, no nginx.service command", () => {
    const obj = doc.toObject() as { packages: string[]; runcmd: string[][] };
    expect(obj.packages.filter((p) => /nginx/.test(p))).toEqual([]);
    expect([...written.keys()].filter((p) => p.startsWith("/etc/nginx/"))).toEqual([]);
    expect(obj.runcmd.filter((c) => c.join(" ").includes("nginx"))).toEqual([]);
    expect(written.get("/etc/pairpac/nginx/nginx.conf")).toMatchObject({ owner: "root:root", permissions: "0644" });
    expect(written.get("/etc/pairpac/nginx/nginx.conf")?.defer).toBeFalsy();
  });

  it("hands the certificate to the container like to the others (container-files.sh), root-owned for nginx's master", () => {
    const script = content("/usr/local/lib/pairpac/container-files.sh");
    expect(script).toContain("copy_tls /etc/pairpac/tls/nginx 0\n");
    expect(script.indexOf("copy_tls() {")).toBeLessThan(script.indexOf("copy_tls /etc/pairpac/tls/nginx 0"));
  });

  it("every absolute path nginx.conf names is a mount of the container or part of the image", () => {
    const conf = content("/etc/pairpac/nginx/nginx.conf");
    const named = [...conf.matchAll(/^\s*(?:ssl_certificate|ssl_certificate_key|root|include)\s+(\/\S+);$/gm)].map((m) => m[1]);
    expect(named).toEqual(["/etc/nginx/mime.types", "/etc/nginx/tls/fullchain.pem", "/etc/nginx/tls/privkey.pem", "/var/www/pairpac"]);
    const mounts = (nginx.volumes ?? []).map((v) => v.split(":"));
    const hostPath = (p: string) => {
      const m = mounts.find(([, inside]) => p === inside || p.startsWith(`${inside}/`));
      return m ? m[0] + p.slice(m[1].length) : undefined;
    };
    expect(named.map(hostPath)).toEqual([undefined, "/etc/pairpac/tls/nginx/fullchain.pem", "/etc/pairpac/tls/nginx/privkey.pem", "/var/www/pairpac"]);
    // The certificate copy is made from the files Terraform delivers; the web root holds the pages the role writes.
    expect(content("/usr/local/lib/pairpac/container-files.sh")).toContain('install -o root -g "$2" -m 0644 /etc/pairpac/tls/fullchain.pem "$1/fullchain.pem"');
    expect(written.has("/var/www/pairpac/index.html")).toBe(true);
  });

  it("reloads a new certificate with `nginx -s reload` inside the container (the compose unit's ExecReload)", () => {
    const unit = content(`/etc/systemd/system/${COMPOSE_UNIT}`);
    expect(unit).toContain("ExecReload=/usr/bin/docker compose exec -T nginx nginx -s reload\n");
  });
});

describe("the gateway's site served by a real nginx (host nginx, same major version as the image)", () => {
  // One nginx in a network namespace of its own, serving the rendered configuration, landing page and one pages.
  const dir = tempDir("gw-site");
  // The workers run as the compile-time user (nobody here, nginx in the image): the pages must be readable to others.
  chmodSync(dir, 0o755);
  const { cert, key } = testCertificate(dir, "main.example.org");
  const www = join(dir, "www");
  const desktops = [{ index: 1, name: "Desktop-1" }, { index: 2, name: "Desktop-2" }];
  mkdirSync(join(www, "join"), { recursive: true });
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

  it("serves only the templates the form can name, and none of them directly", () => {
    for (const u of ["/join?c=../index", "/join?c=3-collaborate", "/join/1-collaborate.html"]) expect({ u, status: get(u).status }).toEqual({ u, status: 404 });
  });

  it("the site's own pages are strict and never framed; the proxied apps may be framed by the site only", () => {
    for (const u of ["/", "/join?c=2-watch&name=Ann%3D%28x%29"]) {
      expect(get(u).headers["content-security-policy"]).toBe(LANDING_CSP);
      expect(get(u).headers["x-frame-options"]).toBe("DENY");
    }
    expect(LANDING_CSP).toMatch(/^default-src 'none';/);
    expect(LANDING_CSP).toContain("frame-src 'self'");
    expect(LANDING_CSP).toContain("frame-ancestors 'none'");
    expect(LANDING_CSP).not.toMatch(/script-src|https?:|\*/);
    // No upstream runs here: nginx answers 502, with the headers (`always`).
    for (const u of ["/guacamole/", "/mumble/"]) {
      expect(get(u).status).toBe(502);
      expect(get(u).headers["content-security-policy"]).toBe("frame-ancestors 'self'");
      expect(get(u).headers["x-frame-options"]).toBe("SAMEORIGIN");
    }
  });
});

describe("the landing page's form and the one page", () => {
  const desktops = [{ index: 1, name: "Desktop-1" }, { index: 7, name: "Lab" }];
  const landing = landingPageHtml({ title: "T", domain: "main.example.org", desktops });

  it("asks for a desktop connection and a display name and sends them to /join", () => {
    const [form] = tags(landing, "form");
    expect(form).toEqual({ action: "/join", method: "get" });
    const radios = tags(landing, "input").filter((i) => i.type === "radio");
    expect(radios.map((i) => [i.name, i.value])).toEqual([["c", "1-collaborate"], ["c", "1-watch"], ["c", "7-collaborate"], ["c", "7-watch"]]);
    expect(radios.filter((i) => "checked" in i).map((i) => i.value)).toEqual(["1-collaborate"]);
    const [name] = tags(landing, "input").filter((i) => i.name === "name");
    expect(name).toMatchObject({ required: "", maxlength: "32", pattern: DISPLAY_NAME_PATTERN });
    expect(landing).not.toMatch(/<script|<link|src=|https?:\/\//);
  });

  it("the name pattern compiles as browsers compile it (v flag) and matches the Mumble server's user names", () => {
    const re = new RegExp(`^(?:${DISPLAY_NAME_PATTERN})$`, "v");
    expect(["Ann", "bob.b", "x-y=z[1]{2}(3)@a|b"].filter((s) => !re.test(s))).toEqual([]);
    expect(["", "Ann B", "a\"b", "<b>", "é", "x".repeat(33)].filter((s) => re.test(s))).toEqual([]);
  });

  it("has no form without desktops", () => {
    expect(landingPageHtml({ title: "T", domain: "main.example.org", desktops: [] })).not.toContain("<form");
  });

  it("the one page frames the desktop (focused) and mumble-web (microphone) on the site's own origin, stacked on narrow screens", () => {
    const html = joinPageHtml({ title: "T", domain: "main.example.org", desktop: desktops[1], kind: "collaborate" });
    const [desktop, talk] = tags(html, "iframe");
    expect(desktop).toEqual({ id: "desktop", title: "Desktop Lab (collaborate)", src: `/guacamole/#/client/${Buffer.from("Lab (collaborate)\0c\0default").toString("base64")}`, autofocus: "" });
    expect(talk).toMatchObject({ id: "talk", allow: "microphone" });
    expect(talk.src).toBe("/mumble/?address=main.example.org&port=443/mumble/&webrtc=false&joinDialog=1&username=<!--# echo var='pairpac_name' -->");
    expect(html).toMatch(/@media \(max-width:50em\)\{main\{flex-direction:column\}/);
    expect(html).not.toMatch(/<script|<link|https?:\/\//);
    expect(html.match(/<!--#/g)).toHaveLength(1);
  });

  it("the role writes one page per desktop connection, next to the landing page", () => {
    const pages = [...written.keys()].filter((p) => p.startsWith("/var/www/pairpac/join/")).sort();
    expect(pages).toEqual(["1", "2", "3", "4"].flatMap((i) => [`/var/www/pairpac/join/${i}-collaborate.html`, `/var/www/pairpac/join/${i}-watch.html`]));
    expect(content("/var/www/pairpac/join/3-watch.html")).toContain(Buffer.from("Desktop-3 (watch)\0c\0default").toString("base64"));
  });

  it("fails on a token in the one page's public text", () => {
    expect(() => joinPageHtml({ title: "${TfToken[TOKEN.1]}", domain: "main.example.org", desktop: desktops[0], kind: "watch" })).toThrow("joinPage.title: must not contain a Terraform token");
  });
});
