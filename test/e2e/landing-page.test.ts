// The gateway's landing page and one page in a real browser: Debian's nginx (the version of the gateway's nginx
// image) runs inside the booted gateway machine with the nginx container's bind mounts and command from the rendered
// compose.yaml, so it serves the rendered configuration, pages and certificate unchanged, inside a network namespace
// of its own (the rendered ports 80/443 need no rewriting and nothing listens on the host); the proxied web
// applications are stand-ins that report which path reached them (scripts/e2e/upstream-stub.js: a mumble-web stand-in
// in frames, WebSocket echo); Debian's Chromium, driven by playwright-core, opens the pages there, and the one-page
// journey runs once more in Debian's Firefox ESR (WebDriver BiDi, scripts/e2e/chromium.js). The last test
// replaces the certificate and reloads nginx as the gateway does while a WebSocket is open through it.
import { ChildProcess, spawn } from "node:child_process";
import { randomBytes, X509Certificate } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BootReport, bootSeed } from "./support/boot";
import { formatResult, killGroup, mustRun, run, waitFor } from "./support/exec";
import { nginxContainer, NginxContainer, withNginxMounts } from "./support/nginx-container";
import { oneJoinJourney } from "./support/one-page-journey";
import { LoopbackNamespace } from "./support/netns";
import { ARTIFACTS_DIR, SCRIPTS_DIR } from "./support/paths";
import { loadState, seedOf } from "./support/state";

const state = loadState();
const SCREENSHOT = path.join(ARTIFACTS_DIR, "landing-page.png");
/**
 * The one-page journey's screenshots here (Firefox's with `-firefox`; the live e2e's are one-page-join.png and
 * one-page-join-narrow.png).
 */
const JOURNEY_SCREENSHOTS = "one-page-join-stub";

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

/** PID (as the host sees it) of the nginx master among the descendants of `pid` (the started nginx): exactly one. */
function nginxMasterPid(pid: number): number {
  const found: number[] = [];
  const walk = (p: number) => {
    try {
      if (fs.readFileSync(`/proc/${p}/cmdline`, "utf8").startsWith("nginx: master process")) found.push(p);
      for (const task of fs.readdirSync(`/proc/${p}/task`)) {
        for (const c of fs.readFileSync(`/proc/${p}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) walk(Number(c));
      }
    } catch {
      // the process ended meanwhile
    }
  };
  walk(pid);
  if (found.length !== 1) throw new Error(`expected one nginx master below pid ${pid}, found ${JSON.stringify(found)}`);
  return found[0];
}

describe("landing page in headless Chromium", () => {
  let gateway: BootReport;
  let ns: LoopbackNamespace;
  let stub: ChildProcess | undefined;
  const stubRequests: { port: number; url: string }[] = [];
  const stubWebSocket: { port: number; text: string }[] = [];
  let browser: BrowserReport;
  let conf: string;
  let domain: string;
  let proxies: Map<string, { port: number; stripsPrefix: boolean }>;
  let nginx: NginxContainer;
  let nginxProcess: ChildProcess;

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
    const mumbleWeb = proxies.get("/mumble/");
    if (!mumbleWeb) throw new Error(`nginx.conf proxies no /mumble/ location: ${JSON.stringify([...proxies.keys()])}`);
    stub = spawn("ip", ["netns", "exec", ns.name, process.execPath, path.join(SCRIPTS_DIR, "upstream-stub.js"), "--ports", [...proxies.values()].map((p) => p.port).join(","), "--mumble-web-port", String(mumbleWeb.port), "--max-seconds", "900"], {
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    });
    let buffered = "";
    const ready = new Promise<void>((resolve) => {
      stub!.stdout!.on("data", (b: Buffer) => {
        buffered += b.toString("utf8");
        let nl: number;
        while ((nl = buffered.indexOf("\n")) >= 0) {
          const msg = JSON.parse(buffered.slice(0, nl)) as { ready?: number[]; port?: number; url?: string; websocket?: string };
          buffered = buffered.slice(nl + 1);
          if (msg.ready) resolve();
          else if (msg.port !== undefined && msg.url !== undefined) stubRequests.push({ port: msg.port, url: msg.url });
          else if (msg.port !== undefined && msg.websocket !== undefined) stubWebSocket.push({ port: msg.port, text: msg.websocket });
        }
      });
    });
    await ready;

    // nginx as its container runs it: the service's bind mounts, then its command (`nginx -g 'daemon off;'`), after
    // the check nginx makes itself at start.
    const check = await gateway.machine.exec(["bash", "-c", withNginxMounts(nginx, ["/usr/sbin/nginx", "-t"])], { network });
    if (check.code !== 0) throw new Error(`nginx -t with the ${nginx.service} container's mounts failed:\n${formatResult(check)}`);
    nginxProcess = gateway.machine.start(["bash", "-c", withNginxMounts(nginx)], path.join(ARTIFACTS_DIR, "landing-nginx.log"), { network });
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

  /**
   * The one-page journey in `browser` against the stand-ins, with every check that needs them: the conference password
   * in mumble-web's frame and in no log, no console error in the frames either, the watch connection.
   */
  async function standInJourney(browser: "chromium" | "firefox", screenshotName: string): Promise<void> {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "pairpac-e2e-browser-"));
    const secrets = fs.mkdtempSync(path.join(os.tmpdir(), "pairpac-e2e-login-"));
    try {
      // The stand-ins show no login form, so the Guacamole password is never typed; the file only has to exist.
      const passwordFile = path.join(secrets, "password");
      fs.writeFileSync(passwordFile, `${randomBytes(9).toString("base64url")}\n`, { mode: 0o600 });
      // The conference password: unique enough that finding it anywhere means it got there.
      const conferencePassword = `cp-${randomBytes(12).toString("hex")}`;
      const conferencePasswordFile = path.join(secrets, "conference-password");
      fs.writeFileSync(conferencePasswordFile, `${conferencePassword}\n`, { mode: 0o600 });
      const accessLog = "/var/log/nginx/access.log";
      const accessBefore = gateway.machine.readFile(accessLog).length;
      const stubBefore = stubRequests.length;
      const measured = await oneJoinJourney({
        runOnInternet: (argv, opts) => run("ip", ["netns", "exec", ns.name, ...argv], { timeoutMs: opts?.timeoutMs ?? 120_000 }),
        domain,
        gatewayAddress: "127.0.0.1",
        user: "team",
        passwordFile,
        conferencePasswordFile,
        artifactsDir: ARTIFACTS_DIR,
        screenshotName,
        profileDir: profile,
        browser,
      });
      // Both stand-ins answer here, so both frames load; mumble-web gets the display name with the site's prefix stripped.
      expect(measured).toMatchObject({ desktopFrame: { status: 200 }, conferenceFrame: { status: 200, allow: "microphone" }, focused: "iframe#desktop" });
      expect(measured.consoleErrors).toEqual({ page: [], frames: [] });
      const mumble = proxies.get("/mumble/")!;
      const reached = stubRequests.slice(stubBefore);
      expect(reached).toContainEqual({ port: mumble.port, url: `/?address=${domain}&port=443/mumble/&webrtc=false&joinDialog=1&username=team-e2e` });
      // The stand-in's config.js came from upstream, config.local.js from the gateway's web root (nginx, not proxied).
      expect(reached).toContainEqual({ port: mumble.port, url: "/config.js" });
      expect(reached.filter((r) => r.url.includes("config.local.js"))).toEqual([]);

      // mumble-web got exactly the typed password (its config, and the parameters initializeUI merges), twice.
      expect(measured.conferencePassword).toMatchObject({ inFrame: "typed password", standIn: "typed password", requestsHoldingIt: 0 });
      expect((measured.conferencePassword as { requestsChecked: number }).requestsChecked).toBeGreaterThan(10);
      expect(measured.watch).toMatchObject({ conference: "typed password" });

      // Watch-only: the guest's choice c=<n>-watch opens the watch connection of the same desktop.
      const watch = measured.watch as { choice: string; joinUrl: string; connection: string };
      expect(watch.choice).toMatch(/^1-watch$/);
      expect(new URL(watch.joinUrl).searchParams.get("c")).toBe("1-watch");
      expect(watch.connection).toBe((measured.desktopFrame as { connection: string }).connection.replace(/ \(collaborate\)$/, " (watch)"));

      // Nothing nginx wrote in this run holds the password: its access log (which did log the run's requests), its error
      // log (stderr, in landing-nginx.log) and what reached the upstreams.
      const access = gateway.machine.readFile(accessLog).slice(accessBefore);
      expect(access).toMatch(/"GET \/join\?c=1-collaborate&name=team-e2e HTTP\/1\.1" 200 /);
      expect(access).toMatch(/"GET \/join\?c=1-watch&name=team-e2e HTTP\/1\.1" 200 /);
      expect(access).toMatch(/"GET \/mumble\/config\.local\.js HTTP\/1\.1" 200 /);
      // The pages' empty icon: no browser asks for /favicon.ico.
      expect(access).not.toContain("/favicon.ico");
      const logs = { access, error: gateway.machine.readFile("/var/log/nginx/error.log"), stderr: fs.readFileSync(path.join(ARTIFACTS_DIR, "landing-nginx.log"), "utf8"), upstream: JSON.stringify(stubRequests) };
      expect(Object.entries(logs).filter(([, text]) => text.includes(conferencePassword)).map(([name]) => name)).toEqual([]);

      for (const f of [`${screenshotName}.png`, `${screenshotName}-narrow.png`]) expect(fs.existsSync(path.join(ARTIFACTS_DIR, f))).toBe(true);
    } finally {
      await mustRun("rm", ["-rf", "--one-file-system", profile, secrets]);
    }
  }

  test("one-page-join in Chromium: the form leads to the one page with the desktop and the conference framed on the site's origin, the conference password reaches mumble-web in no URL and no log, and the watch connection works the same", async () => {
    await standInJourney("chromium", JOURNEY_SCREENSHOTS);
  });

  test("one-page-join in Firefox ESR (WebDriver BiDi): the same journey and checks", async () => {
    await standInJourney("firefox", `${JOURNEY_SCREENSHOTS}-firefox`);
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
  test("a certificate reload as the gateway does it (SIGHUP to nginx's master) keeps an open WebSocket and serves the new certificate to new connections", async () => {
    // The gateway's reload: reload-containers.sh runs `docker compose kill -s SIGHUP nginx` (PID 1 of the container is
    // nginx's master), and the Compose unit's ExecReload `nginx -s reload` sends the master the same SIGHUP.
    const tlsMount = nginx.binds.find((b) => b.inside === "/etc/nginx/tls");
    if (!tlsMount) throw new Error(`the ${nginx.service} container mounts no /etc/nginx/tls: ${JSON.stringify(nginx.binds)}`);
    const probe = spawn("ip", ["netns", "exec", ns.name, process.execPath, path.join(SCRIPTS_DIR, "ws-reload-probe.js"), "--domain", domain, "--path", "/mumble/"], { stdio: ["pipe", "pipe", "inherit"], detached: true });
    const lines: Record<string, unknown>[] = [];
    let buffered = "";
    probe.stdout!.on("data", (b: Buffer) => {
      buffered += b.toString("utf8");
      let nl: number;
      while ((nl = buffered.indexOf("\n")) >= 0) {
        lines.push(JSON.parse(buffered.slice(0, nl)) as Record<string, unknown>);
        buffered = buffered.slice(nl + 1);
      }
    });
    let seen = 0;
    const next = () => waitFor("the WebSocket probe's answer", 15_000, async () => (lines.length > seen ? lines[seen++] : undefined), 50);
    const ask = async (command: string) => {
      probe.stdin!.write(`${command}\n`);
      return next();
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pairpac-e2e-cert-"));
    try {
      const opened = await next();
      expect(opened).toMatchObject({ open: true });
      expect(await ask("send before-reload")).toEqual({ sent: "before-reload", received: "echo:before-reload" });

      // A new certificate for the same name, written over the container's copy as a delivery does (a new file renamed
      // into place), then the signal.
      await mustRun("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj", `/CN=${domain}`, "-addext", `subjectAltName=DNS:${domain}`, "-keyout", path.join(dir, "privkey.pem"), "-out", path.join(dir, "fullchain.pem")]);
      const fresh = new X509Certificate(fs.readFileSync(path.join(dir, "fullchain.pem"))).fingerprint256;
      expect(fresh).not.toBe(opened.fingerprint256);
      for (const f of ["fullchain.pem", "privkey.pem"]) {
        const target = gateway.machine.path(path.posix.join(tlsMount.host, f));
        fs.copyFileSync(path.join(dir, f), `${target}.new`);
        fs.renameSync(`${target}.new`, target);
      }
      const master = nginxMasterPid(nginxProcess.pid!);
      process.kill(master, "SIGHUP");

      // New connections get the new certificate once the new workers run (the master reads the files first).
      const served = await waitFor("nginx serving the new certificate", 15_000, async () => {
        const c = await ask("cert");
        return c.fingerprint256 === fresh ? c : undefined;
      }, 200);
      expect(served).toMatchObject({ fingerprint256: fresh, subject: `CN=${domain}` });
      // The WebSocket opened before the reload still carries messages both ways, through the old worker.
      expect(await ask("send after-reload")).toEqual({ sent: "after-reload", received: "echo:after-reload" });
      expect(lines.filter((l) => "connectionClosed" in l || "connectionError" in l || "error" in l)).toEqual([]);
      expect(stubWebSocket.map((m) => m.text)).toEqual(["before-reload", "after-reload"]);
      expect(new Set(stubWebSocket.map((m) => m.port))).toEqual(new Set([proxies.get("/mumble/")!.port]));
      expect(nginxMasterPid(nginxProcess.pid!)).toBe(master);
      expect(await ask("close")).toEqual({ closed: true });
    } finally {
      killGroup(probe, "SIGKILL");
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
