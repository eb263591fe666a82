// The gateway's landing page and one page in a real browser: Debian's nginx (the version of the gateway's nginx
// image) runs inside the booted gateway machine with the nginx container's bind mounts and command from the rendered
// compose.yaml, so it serves the rendered configuration, pages and certificate unchanged, inside a network namespace
// of its own (the rendered ports 80/443 need no rewriting and nothing listens on the host); the proxied web
// applications are stand-ins that report which path reached them; Debian's Chromium, driven by playwright-core, opens
// the pages there.
import { ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BootReport, bootSeed } from "./support/boot";
import { formatResult, killGroup, mustRun, run } from "./support/exec";
import { nginxContainer, NginxContainer, withNginxMounts } from "./support/nginx-container";
import { oneJoinJourney } from "./support/one-page-journey";
import { LoopbackNamespace } from "./support/netns";
import { ARTIFACTS_DIR, SCRIPTS_DIR } from "./support/paths";
import { loadState, seedOf } from "./support/state";

const state = loadState();
const SCREENSHOT = path.join(ARTIFACTS_DIR, "landing-page.png");

interface BrowserReport {
  landing: { url: string; status: number; headers: Record<string, string>; title: string; text: string; consoleErrors: string[] };
  links: { text: string; rawHref: string; href: string }[];
  followed: { href: string; url: string; status: number; body: string }[];
}

/** `location PATH { ... proxy_pass http://127.0.0.1:PORT[/]; }` blocks of the rendered nginx.conf. */
function proxiedLocations(conf: string): Map<string, { port: number; stripsPrefix: boolean }> {
  const out = new Map<string, { port: number; stripsPrefix: boolean }>();
  for (const m of conf.matchAll(/location\s+(\S+)\s*\{[^}]*?proxy_pass\s+http:\/\/127\.0\.0\.1:(\d+)(\/?)\s*;/g)) {
    out.set(m[1], { port: Number(m[2]), stripsPrefix: m[3] === "/" });
  }
  return out;
}

/** The HTTPS server's name in the rendered nginx.conf. */
function httpsServerName(conf: string): string {
  const names = [...conf.matchAll(/server_name\s+([^;\s]+)\s*;/g)].map((m) => m[1]).filter((n) => n !== "_");
  if (names.length !== 1) throw new Error(`expected one named server in nginx.conf, found ${JSON.stringify(names)}`);
  return names[0];
}

/** Connection names of the rendered Guacamole user-mapping.xml. */
function guacamoleConnections(xml: string): Set<string> {
  return new Set([...xml.matchAll(/<connection name="([^"]+)">/g)].map((m) => m[1].replace(/&amp;/g, "&").replace(/&quot;/g, '"')));
}

describe("landing page in headless Chromium", () => {
  let gateway: BootReport;
  let ns: LoopbackNamespace;
  let stub: ChildProcess | undefined;
  const stubRequests: { port: number; url: string }[] = [];
  let browser: BrowserReport;
  let conf: string;
  let domain: string;
  let proxies: Map<string, { port: number; stripsPrefix: boolean }>;
  let nginx: NginxContainer;

  beforeAll(async () => {
    gateway = await bootSeed(state, seedOf(state, "gateway"), "landing-gateway");
    ns = await LoopbackNamespace.create("web");
    nginx = nginxContainer(gateway);
    const confMount = nginx.binds.find((b) => b.inside === "/etc/nginx/nginx.conf");
    if (!confMount) throw new Error(`the ${nginx.service} container mounts no /etc/nginx/nginx.conf: ${JSON.stringify(nginx.binds)}`);
    conf = gateway.machine.readFile(confMount.host);
    domain = httpsServerName(conf);
    proxies = proxiedLocations(conf);
    const network = { kind: "netns", name: ns.name } as const;

    // Stand-ins for the proxied applications, on the ports nginx proxies to.
    stub = spawn("ip", ["netns", "exec", ns.name, process.execPath, path.join(SCRIPTS_DIR, "upstream-stub.js"), "--ports", [...proxies.values()].map((p) => p.port).join(","), "--max-seconds", "600"], {
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    });
    let buffered = "";
    const ready = new Promise<void>((resolve) => {
      stub!.stdout!.on("data", (b: Buffer) => {
        buffered += b.toString("utf8");
        let nl: number;
        while ((nl = buffered.indexOf("\n")) >= 0) {
          const msg = JSON.parse(buffered.slice(0, nl)) as { ready?: number[]; port?: number; url?: string };
          buffered = buffered.slice(nl + 1);
          if (msg.ready) resolve();
          else if (msg.port !== undefined && msg.url !== undefined) stubRequests.push({ port: msg.port, url: msg.url });
        }
      });
    });
    await ready;

    // nginx as its container runs it: the service's bind mounts, then its command (`nginx -g 'daemon off;'`), after
    // the check nginx makes itself at start.
    const check = await gateway.machine.exec(["bash", "-c", withNginxMounts(nginx, ["/usr/sbin/nginx", "-t"])], { network });
    if (check.code !== 0) throw new Error(`nginx -t with the ${nginx.service} container's mounts failed:\n${formatResult(check)}`);
    gateway.machine.start(["bash", "-c", withNginxMounts(nginx)], path.join(ARTIFACTS_DIR, "landing-nginx.log"), { network });
    await gateway.machine.waitForPort(443, network, 20_000);

    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    fs.rmSync(SCREENSHOT, { force: true });
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "pairpac-e2e-chromium-"));
    try {
      const r = await run("ip", ["netns", "exec", ns.name, process.execPath, path.join(SCRIPTS_DIR, "landing-browser.js"), "--domain", domain, "--screenshot", SCREENSHOT, "--profile", profile], {
        timeoutMs: 120_000,
      });
      if (r.code !== 0) throw new Error(`the browser run failed:\n${formatResult(r)}`);
      browser = JSON.parse(r.stdout.trim().split("\n").pop()!) as BrowserReport;
    } finally {
      await mustRun("rm", ["-rf", "--one-file-system", profile]);
    }
  });

  afterAll(async () => {
    if (stub) killGroup(stub, "SIGKILL");
    await gateway?.machine.dispose();
    await ns?.dispose();
  });

  test("http:// redirects to the https:// landing page, which loads without browser errors", () => {
    expect(browser.landing.url).toBe(`https://${domain}/`);
    expect(browser.landing.status).toBe(200);
    expect(browser.landing.consoleErrors).toEqual([]);
    expect(browser.landing.headers["content-security-policy"]).toMatch(/^default-src 'none'/);
    const title = /<title>([^<]*)<\/title>/.exec(gateway.machine.readFile("/var/www/pairpac/index.html"))?.[1];
    expect(browser.landing.title).toBe(title);
  });

  test("keeps a screenshot in e2e-artifacts/landing-page.png", () => {
    const png = fs.readFileSync(SCREENSHOT);
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(png.length).toBeGreaterThan(10_000);
  });

  test("links one Guacamole connection per entry of the rendered user-mapping.xml, on the page's own origin", () => {
    const expected = guacamoleConnections(gateway.machine.readFile("/etc/pairpac/guacamole/user-mapping.xml"));
    const guacLinks = browser.links.filter((l) => new URL(l.href).pathname === "/guacamole/");
    const named = guacLinks.map((l) => {
      const u = new URL(l.href);
      expect(u.origin).toBe(`https://${domain}`);
      const id = /^#\/client\/(.+)$/.exec(u.hash)?.[1] ?? "";
      // Guacamole client identifiers: base64 of "<connection id>\0c\0<auth provider>".
      const [name, type, provider] = Buffer.from(decodeURIComponent(id), "base64").toString("utf8").split("\0");
      expect({ type, provider }).toEqual({ type: "c", provider: "default" });
      return name;
    });
    expect(new Set(named)).toEqual(expected);
    expect(named.length).toBe(expected.size);
  });

  test("links the browser audio client on the page's own origin", () => {
    const audio = browser.links.filter((l) => new URL(l.href).pathname === "/mumble/");
    expect(audio.length).toBe(1);
    const u = new URL(audio[0].href);
    expect(u.origin).toBe(`https://${domain}`);
    expect(u.searchParams.get("address")).toBe(domain);
  });

  test("one-page-join: the form leads to the one page with the desktop and the conference framed on the site's origin", async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "pairpac-e2e-chromium-"));
    const secrets = fs.mkdtempSync(path.join(os.tmpdir(), "pairpac-e2e-login-"));
    try {
      // The stand-ins show no login form, so the password is never typed; the file only has to exist.
      const passwordFile = path.join(secrets, "password");
      fs.writeFileSync(passwordFile, `${Math.random().toString(36).slice(2)}\n`, { mode: 0o600 });
      const measured = await oneJoinJourney({
        runOnInternet: (argv, opts) => run("ip", ["netns", "exec", ns.name, ...argv], { timeoutMs: opts?.timeoutMs ?? 120_000 }),
        domain,
        gatewayAddress: "127.0.0.1",
        user: "team",
        passwordFile,
        artifactsDir: ARTIFACTS_DIR,
        profileDir: profile,
      });
      // Both stand-ins answer here, so both frames load; mumble-web gets the display name with the site's prefix stripped.
      expect(measured).toMatchObject({ desktopFrame: { status: 200 }, conferenceFrame: { status: 200, allow: "microphone" }, focused: "iframe#desktop" });
      const mumble = proxies.get("/mumble/")!;
      expect(stubRequests).toContainEqual({ port: mumble.port, url: `/?address=${domain}&port=443/mumble/&webrtc=false&joinDialog=1&username=team-e2e` });
      expect(fs.existsSync(path.join(ARTIFACTS_DIR, "one-page-join.png"))).toBe(true);
    } finally {
      await mustRun("rm", ["-rf", "--one-file-system", profile, secrets]);
    }
  });

  test("every link leads to a location nginx serves: each proxied link reaches its application", () => {
    expect(browser.links.length).toBeGreaterThan(0);
    expect(browser.followed.length).toBe(browser.links.length);
    for (const f of browser.followed) {
      const u = new URL(f.href);
      const location = [...proxies.keys()].find((p) => u.pathname.startsWith(p));
      expect({ href: f.href, location: location ?? "none", status: f.status }).toEqual({ href: f.href, location: expect.any(String), status: 200 });
      const { port, stripsPrefix } = proxies.get(location!)!;
      const upstreamPath = (stripsPrefix ? "/" + u.pathname.slice(location!.length) : u.pathname) + u.search;
      expect(f.body).toBe(`upstream ${port} ${upstreamPath}\n`);
      expect(stubRequests).toContainEqual({ port, url: upstreamPath });
    }
  });
});
