// nginx in the Compose project and the one page (desktop and conference side by side), on the rendered content.
import { createHash } from "node:crypto";
import { runInNewContext } from "node:vm";
import { parse } from "yaml";
import { CONFERENCE_PASSWORD_KEY, LANDING_SCRIPT, MUMBLE_WEB_LOCAL_CONFIG } from "../../../cloudinit/gateway/conference-password";
import { NGINX_COMMAND } from "../../../cloudinit/gateway/compose-project";
import { COMPOSE_UNIT, describeGatewayRole } from "../../../cloudinit/gateway/gateway-role";
import { DISPLAY_NAME_PATTERN, joinPageHtml, landingPageHtml } from "../../../cloudinit/gateway/landing-page";
import { gatewayNginxConf, LANDING_CSP, SITE_CSP } from "../../../cloudinit/gateway/nginx-site";
import { tags, tokenProps } from "./fixtures";

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

const role = describeGatewayRole(tokenProps());
const doc = role.cloudConfig;
const written = new Map((doc.toObject() as { write_files: WriteFile[] }).write_files.map((f) => [f.path, f]));
const delivered = new Map(role.delivery.files.map((f) => [f.path, f]));
/** A file of the user-data or of the delivery bundle. */
const content = (path: string): string => {
  const f = written.get(path)?.content ?? delivered.get(path)?.content;
  if (f === undefined) throw new Error(`missing ${path}`);
  return f;
};
const compose = parse(content("/etc/pairpac/compose.yaml")) as { services: Record<string, Service> };
const nginx = compose.services.nginx;


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

  it("gets the certificate delivered like the other containers, root-owned for nginx's master, reloaded with SIGHUP", () => {
    expect(delivered.get("/etc/pairpac/tls/nginx/fullchain.pem")).toMatchObject({ owner: "root:0", mode: "0644", then: ["containers:nginx"] });
    expect(delivered.get("/etc/pairpac/tls/nginx/privkey.pem")).toMatchObject({ owner: "root:0", mode: "0640", then: ["containers:nginx"] });
    expect(content("/usr/local/lib/pairpac/reload-containers.sh")).toContain('nginx) "${compose[@]}" kill -s SIGHUP nginx ;;');
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
    // The certificate copy and the pages in the web root are delivered by the Terraform run.
    expect(delivered.has("/etc/pairpac/tls/nginx/fullchain.pem")).toBe(true);
    expect(delivered.has("/var/www/pairpac/index.html")).toBe(true);
  });

  it("keeps `nginx -s reload` inside the container as the compose unit's ExecReload (for a manual reload)", () => {
    const unit = content(`/etc/systemd/system/${COMPOSE_UNIT}`);
    expect(unit).toContain("ExecReload=/usr/bin/docker compose exec -T nginx nginx -s reload\n");
  });
});

describe("framing policy in the rendered nginx.conf (served for real in web.conformance.test.ts)", () => {
  const conf = gatewayNginxConf({ domain: "main.example.org", tls: { certificate: "c", key: "k" }, webRoot: "/var/www/pairpac" });
  it("lets only the site frame the proxied apps, never its own pages, and hides the apps' own X-Frame-Options", () => {
    expect(conf).toMatch(/~\^\(\/guacamole\/\|\/mumble\/\) "frame-ancestors 'self'";/);
    expect(conf).toMatch(/default "[^"]*frame-ancestors 'none'";/);
    expect(conf).toContain("add_header X-Frame-Options $pairpac_frame_options always;");
    expect(conf).toContain("proxy_hide_header X-Frame-Options;");
  });
});

describe("the landing page's form and the one page", () => {
  const desktops = [{ index: 1, name: "Desktop-1" }, { index: 7, name: "Lab" }];
  const landing = landingPageHtml({ title: "T", domain: "main.example.org", desktops });

  it("asks for a desktop connection and a display name and sends them to /join", () => {
    const [form] = tags(landing, "form");
    expect(form).toEqual({ id: "join", action: "/join", method: "get" });
    const radios = tags(landing, "input").filter((i) => i.type === "radio");
    expect(radios.map((i) => [i.name, i.value])).toEqual([["c", "1-collaborate"], ["c", "1-watch"], ["c", "7-collaborate"], ["c", "7-watch"]]);
    expect(radios.filter((i) => "checked" in i).map((i) => i.value)).toEqual(["1-collaborate"]);
    const [name] = tags(landing, "input").filter((i) => i.name === "name");
    expect(name).toMatchObject({ required: "", maxlength: "32", pattern: DISPLAY_NAME_PATTERN });
    expect(landing).not.toMatch(/<link(?! rel=icon href="data:,">)|src=|https?:\/\//);
    // The empty icon: no /favicon.ico request (Firefox logs the one the CSP blocks as a console error).
    expect(landing.match(/<link[^>]*>/g)).toEqual(['<link rel=icon href="data:,">']);
  });

  it("asks for the conference password in a field the form never sends and the password manager can fill", () => {
    const [password] = tags(landing, "input").filter((i) => i.type === "password");
    expect(password).toEqual({ type: "password", id: "conference-password", autocomplete: "current-password" });
    // Every field the GET sends has a name; the password field has none.
    expect(tags(landing, "input").filter((i) => i.name !== undefined).map((i) => i.name)).toEqual(["c", "c", "c", "c", "name"]);
  });

  it("has one inline script, allowed by its hash in the landing page's CSP; the one page's CSP allows none", () => {
    const scripts = [...landing.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toEqual([LANDING_SCRIPT]);
    const hash = createHash("sha256").update(scripts[0], "utf8").digest("base64");
    expect(LANDING_CSP).toBe(`default-src 'none'; script-src 'sha256-${hash}'; ${SITE_CSP.slice("default-src 'none'; ".length)}`);
    expect(SITE_CSP).not.toMatch(/script-src|unsafe-eval|https?:|\*/);
    expect(LANDING_CSP.match(/'unsafe-inline'/g)).toHaveLength(1); // styles only
    expect(LANDING_CSP).toMatch(/style-src 'unsafe-inline'/);
  });

  /** Runs the landing script on a fake form, then mumble-web's config.js defaults and the gateway's config.local.js. */
  function carry(typed: string, query = ""): { stored: Record<string, string>; password: string } {
    const stored: Record<string, string> = {};
    const sessionStorage = { setItem: (k: string, v: string) => void (stored[k] = v), getItem: (k: string) => stored[k] ?? null, removeItem: (k: string) => void delete stored[k] };
    let submit: (() => void) | undefined;
    const fields: Record<string, unknown> = {
      join: { addEventListener: (type: string, f: () => void) => type === "submit" && (submit = f) },
      "conference-password": { value: typed },
    };
    runInNewContext(LANDING_SCRIPT, { document: { getElementById: (id: string) => fields[id] ?? null }, sessionStorage });
    submit!();
    // What mumble-web's initializeUI reads: Object.assign({}, mumbleWebConfig.defaults, query) (4ef594c, app/index.js).
    const window = { mumbleWebConfig: { defaults: { password: "" } } };
    runInNewContext(MUMBLE_WEB_LOCAL_CONFIG, { window, sessionStorage });
    const params = Object.assign({}, window.mumbleWebConfig.defaults, Object.fromEntries(new URLSearchParams(query)));
    return { stored: { ...stored }, password: params.password };
  }

  it("the typed password goes through sessionStorage into mumble-web's default password, exactly", () => {
    for (const typed of ["s3cret", "a&b=c d#e?f'\"<>", "ünï 🎧"]) {
      expect(carry(typed)).toEqual({ stored: { [CONFERENCE_PASSWORD_KEY]: typed }, password: typed });
    }
    // An empty field stores nothing: mumble-web then asks once (its Failed to connect dialog).
    expect(carry("")).toEqual({ stored: {}, password: "" });
  });

  it("the delivery puts mumble-web's config.local.js where nginx serves it instead of the image's", () => {
    expect(content("/var/www/pairpac/mumble/config.local.js")).toBe(MUMBLE_WEB_LOCAL_CONFIG);
    const conf = gatewayNginxConf({ domain: "main.example.org", tls: { certificate: "c", key: "k" }, webRoot: "/var/www/pairpac" });
    expect(conf).toMatch(/location = \/mumble\/config\.local\.js \{\s*\}/);
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
    expect(html).not.toMatch(/<script|<link(?! rel=icon href="data:,">)|https?:\/\/|password/i);
    expect(html.match(/<link[^>]*>/g)).toEqual(['<link rel=icon href="data:,">']);
    expect(html.match(/<!--#/g)).toHaveLength(1);
  });

  it("the role writes one page per desktop connection, next to the landing page", () => {
    const pages = [...delivered.keys()].filter((p) => p.startsWith("/var/www/pairpac/join/")).sort();
    expect(pages).toEqual(["1", "2", "3", "4"].flatMap((i) => [`/var/www/pairpac/join/${i}-collaborate.html`, `/var/www/pairpac/join/${i}-watch.html`]));
    expect(content("/var/www/pairpac/join/3-watch.html")).toContain(Buffer.from("Desktop-3 (watch)\0c\0default").toString("base64"));
  });

  it("fails on a token in the one page's public text", () => {
    expect(() => joinPageHtml({ title: "${TfToken[TOKEN.1]}", domain: "main.example.org", desktop: desktops[0], kind: "watch" })).toThrow("joinPage.title: must not contain a Terraform token");
  });
});
