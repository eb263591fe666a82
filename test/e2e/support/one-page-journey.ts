// Journey "one-page-join": a participant goes from the landing page to the one page (desktop and conference side by
// side) in Debian's Chromium (or Firefox ESR, where the caller asks and the gateway is on loopback). The browser runs through ctx.runOnInternet (another network namespace, as a participant's
// machine is); scripts/e2e/one-page-browser.js measures, this file judges. Where the real apps are missing (the live
// e2e stands in noVNC for Guacamole and runs no mumble-web), the mumble-web frame may answer 502: that is recorded,
// and its element, attributes and headers are still checked (the conference password's arrival in mumble-web only
// where the frame loads). The journey types a conference password into the landing form: it must reach mumble-web's
// frame (as its default password) and be in no request URL or Referer; then it does the same with the same desktop's
// watch connection (a guest's choice).
import * as fs from "node:fs";
import * as path from "node:path";
import { SCRIPTS_DIR } from "./paths";

/** What the journey needs from the live environment. */
export interface OneJoinContext {
  /** Runs argv in the participants' network namespace. */
  readonly runOnInternet: (argv: string[], opts?: { timeoutMs?: number }) => Promise<{ code: number | null; stdout: string; stderr: string }>;
  /** The space's domain (the site's name). */
  readonly domain: string;
  /** The gateway's address as the participants' namespace reaches it. */
  readonly gatewayAddress: string;
  /** A Guacamole login; also the display name in the conference. */
  readonly user: string;
  /** File holding that login's password (used only if the desktop frame shows Guacamole's login form). */
  readonly passwordFile: string;
  /** File holding the conference password the participant types into the landing form. */
  readonly conferencePasswordFile: string;
  /** Where the screenshots go (`<screenshotName>.png`, `<screenshotName>-narrow.png`). */
  readonly artifactsDir: string;
  /** Base name of the screenshots. @default "one-page-join" */
  readonly screenshotName?: string;
  /** Which browser runs the page (Firefox: the gateway must be at 127.0.0.1, see scripts/e2e/chromium.js). @default "chromium" */
  readonly browser?: "chromium" | "firefox";
  /** An empty Chromium profile directory. */
  readonly profileDir: string;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Measured {
  landing: { url: string; status: number | null };
  form: { action: string | null; method: string | null }[];
  choice: string | null;
  join: { url: string; title: string };
  frames: { id: string; title: string; srcAttribute: string | null; src: string; allow: string | null; box: Box }[];
  focused: string;
  childFrames: { name: string; url: string }[];
  passwordField: { id: string; name: string | null; autocomplete: string | null } | null;
  talk: Conference;
  watch: { choice: string | null; url: string | null; desktopSrc: string | null; talk: Conference | null };
  requests: number;
  leaks: { url: string; referer: string }[];
  narrow: { id: string; box: Box }[];
  guacamoleLogin: string;
  documents: { url: string; status: number; headers: Record<string, string>; in: string }[];
  consoleErrors: { text: string; url: string }[];
}

/** What the conference frame's mumble-web got (redacted: the password itself is never reported). */
interface Conference {
  url: string | null;
  /** "typed password", "empty", "another password", or why it could not be read. */
  config: string;
  /** The mumble-web stand-in's merged parameters (upstream-stub.js), where it runs. */
  standIn?: string;
}

/** The connection name and kind a Guacamole client URL opens ("" when it is not one). */
function guacamoleConnection(src: string): { connection: string; type: string; provider: string } {
  const id = /^#\/client\/(.+)$/.exec(new URL(src).hash)?.[1] ?? "";
  // Guacamole client identifiers: base64 of "<connection name>\0c\0<auth provider>".
  const [connection, type, provider] = Buffer.from(decodeURIComponent(id), "base64").toString("utf8").split("\0");
  return { connection: connection ?? "", type: type ?? "", provider: provider ?? "" };
}

/** The browser script the journey runs. */
export const ONE_PAGE_BROWSER = path.join(SCRIPTS_DIR, "one-page-browser.js");

/** The display name the journey types: the login, made to fit the landing page's name rule. */
function displayNameOf(user: string): string {
  const cleaned = user.replace(/[^A-Za-z0-9._-]/g, "-").slice(0, 28);
  return `${cleaned || "guest"}-e2e`;
}

/**
 * Runs the journey and returns what it measured; throws with every failed check named. Writes
 * `one-page-join.png` (1280x800) and `one-page-join-narrow.png` (420x900) to ctx.artifactsDir.
 */
export async function oneJoinJourney(ctx: OneJoinContext): Promise<Record<string, unknown>> {
  fs.mkdirSync(ctx.artifactsDir, { recursive: true });
  const screenshot = path.join(ctx.artifactsDir, `${ctx.screenshotName ?? "one-page-join"}.png`);
  fs.rmSync(screenshot, { force: true });
  const name = displayNameOf(ctx.user);
  const origin = `https://${ctx.domain}`;
  const argv = [
    process.execPath, ONE_PAGE_BROWSER,
    "--domain", ctx.domain, "--address", ctx.gatewayAddress, "--name", name,
    "--screenshot", screenshot, "--profile", ctx.profileDir,
    "--user", ctx.user, "--password-file", ctx.passwordFile,
    "--conference-password-file", ctx.conferencePasswordFile,
    "--browser", ctx.browser ?? "chromium",
  ];
  const r = await ctx.runOnInternet(argv, { timeoutMs: 150_000 });
  if (r.code !== 0) throw new Error(`one-page-join: the browser run failed (exit ${r.code}):\n${r.stderr.slice(-4000)}\n${r.stdout.slice(-2000)}`);
  const lastLine = r.stdout.trim().split("\n").pop() ?? "";
  let m: Measured;
  try {
    m = JSON.parse(lastLine) as Measured;
  } catch {
    throw new Error(`one-page-join: the browser printed no report:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  }

  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };

  // Landing page and its form.
  expect(m.landing.url === `${origin}/` && m.landing.status === 200, `the landing page must load at ${origin}/ with 200 (got ${m.landing.url}, ${m.landing.status})`);
  expect(m.form.some((f) => f.action === "/join" && f.method === "get"), `the landing page must have a GET form to /join (got ${JSON.stringify(m.form)})`);
  const choice = /^([1-9][0-9]?)-(collaborate|watch)$/.exec(m.choice ?? "");
  expect(choice !== null, `the form must preselect a desktop connection <N>-<collaborate|watch> (got ${m.choice})`);
  const kind = choice?.[2] ?? "";

  // The one page itself.
  const joinUrl = new URL(m.join.url);
  expect(joinUrl.origin === origin && joinUrl.pathname === "/join", `the form must lead to ${origin}/join (got ${m.join.url})`);
  expect(joinUrl.searchParams.get("c") === m.choice && joinUrl.searchParams.get("name") === name, `/join must carry c=${m.choice} and name=${name} (got ${joinUrl.search})`);
  const pageDoc = m.documents.find((d) => d.in === "page" && d.url.startsWith(`${origin}/join?`));
  expect(pageDoc?.status === 200, `the one page must answer 200 (got ${pageDoc?.status})`);
  const pageCsp = pageDoc?.headers["content-security-policy"] ?? "";
  expect(/^default-src 'none';/.test(pageCsp) && pageCsp.includes("frame-src 'self'") && pageCsp.includes("frame-ancestors 'none'") && !/script-src|https?:/.test(pageCsp),
    `the one page's CSP must stay strict (default-src 'none', frame-src 'self', frame-ancestors 'none', no script or external source); got "${pageCsp}"`);
  expect(pageDoc?.headers["x-frame-options"] === "DENY", `the one page must not be framed (X-Frame-Options DENY; got ${pageDoc?.headers["x-frame-options"]})`);
  const pageErrors = m.consoleErrors.filter((e) => !/\/(guacamole|mumble)\//.test(e.url));
  const frameErrors = m.consoleErrors.filter((e) => /\/(guacamole|mumble)\//.test(e.url));
  expect(pageErrors.length === 0, `the landing page and the one page must log no console errors (got ${JSON.stringify(pageErrors)})`);

  // The two frames.
  expect(m.frames.length === 2, `the one page must embed exactly two frames (got ${m.frames.map((f) => f.id).join(", ")})`);
  const desktop = m.frames.find((f) => f.id === "desktop");
  const talk = m.frames.find((f) => f.id === "talk");
  let desktopConnection = "";
  if (!desktop) problems.push("no iframe#desktop");
  else {
    const u = new URL(desktop.src);
    const { connection, type, provider } = guacamoleConnection(desktop.src);
    desktopConnection = connection;
    expect(u.origin === origin && u.pathname === "/guacamole/", `the desktop frame must show ${origin}/guacamole/ (got ${desktop.src})`);
    expect(type === "c" && provider === "default" && (connection ?? "").endsWith(` (${kind})`), `the desktop frame must open the chosen connection (${kind}) of user-mapping.xml (got "${connection}", "${type}", "${provider}")`);
  }
  if (!talk) problems.push("no iframe#talk");
  else {
    const u = new URL(talk.src);
    const p = Object.fromEntries(u.searchParams);
    expect(talk.allow === "microphone", `the conference frame must have allow="microphone" (got ${JSON.stringify(talk.allow)})`);
    expect(u.origin === origin && u.pathname === "/mumble/", `the conference frame must show ${origin}/mumble/ (got ${talk.src})`);
    expect(p.address === ctx.domain && p.port === "443/mumble/" && p.username === name && p.joinDialog === "1" && p.webrtc === "false",
      `mumble-web must get address=${ctx.domain}, port=443/mumble/, username=${name}, joinDialog=1, webrtc=false (got ${JSON.stringify(p)})`);
  }
  // The conference password: typed into a field the form does not send, in no URL or Referer, and in mumble-web's frame.
  const pf = m.passwordField;
  expect(pf !== null && pf.name === null && pf.autocomplete === "current-password",
    `the landing form must have a conference password field without a name (never sent) and autocomplete=current-password (got ${JSON.stringify(pf)})`);
  expect(m.leaks.length === 0, `no request URL or Referer may hold the conference password (${m.leaks.length} of ${m.requests} did: ${JSON.stringify(m.leaks)})`);
  expect(!joinUrl.searchParams.has("password"), `/join must carry no password parameter (got ${joinUrl.search})`);
  const carried = (c: Conference | null, what: string) => {
    expect(c?.url !== null && c?.url !== undefined && !c.url.includes("<conference password>"), `${what}: the conference frame's URL must not hold the password (got ${c?.url})`);
    expect(c?.config === "typed password", `${what}: mumble-web's frame must get exactly the typed conference password as its default password (got ${c?.config})`);
    if (c?.standIn !== undefined) expect(c.standIn === "typed password", `${what}: mumble-web's merged parameters (defaults, then query) must hold the typed password (got ${c.standIn})`);
  };
  expect(m.focused === "iframe#desktop", `the keyboard focus must be on the desktop frame (got ${m.focused || "nothing"})`);

  // What each frame's document answered, with the framing headers nginx adds.
  const frameDoc = (part: string) => m.documents.filter((d) => d.in === "frame" && new URL(d.url).pathname.startsWith(part)).pop();
  const framing = (doc: Measured["documents"][number] | undefined, what: string) => {
    expect(doc !== undefined, `the ${what} frame's document never answered`);
    if (!doc) return;
    expect(doc.headers["x-frame-options"] === "SAMEORIGIN", `the ${what} frame's response must carry X-Frame-Options SAMEORIGIN (got ${doc.headers["x-frame-options"]})`);
    expect(doc.headers["content-security-policy"] === "frame-ancestors 'self'", `the ${what} frame's response must carry CSP frame-ancestors 'self' (got ${doc.headers["content-security-policy"]})`);
  };
  const desktopDoc = frameDoc("/guacamole/");
  const talkDoc = frameDoc("/mumble/");
  framing(desktopDoc, "desktop");
  framing(talkDoc, "conference");
  expect(desktopDoc !== undefined && desktopDoc.status < 400, `the desktop frame must load (got ${desktopDoc?.status})`);
  expect(talkDoc !== undefined && (talkDoc.status < 400 || talkDoc.status === 502), `the conference frame must load, or answer 502 where mumble-web does not run (got ${talkDoc?.status})`);
  const mumbleWebRuns = talkDoc !== undefined && talkDoc.status < 400;
  if (mumbleWebRuns) carried(m.talk, "collaborate");

  // The watch connection of the same desktop.
  const watchKind = /-(collaborate|watch)$/.exec(m.watch.choice ?? "")?.[1];
  expect(m.watch.choice !== null && watchKind === "watch", `the journey must also choose the desktop's watch connection (got ${m.watch.choice})`);
  let watchConnection = "";
  if (m.watch.url && m.watch.desktopSrc) {
    const wu = new URL(m.watch.url);
    expect(wu.pathname === "/join" && wu.searchParams.get("c") === m.watch.choice, `the watch choice must lead to /join?c=${m.watch.choice} (got ${m.watch.url})`);
    const w = guacamoleConnection(m.watch.desktopSrc);
    watchConnection = w.connection;
    const sameDesktop = desktopConnection.replace(/ \((collaborate|watch)\)$/, "");
    expect(new URL(m.watch.desktopSrc).pathname === "/guacamole/" && w.type === "c" && w.provider === "default" && w.connection === `${sameDesktop} (watch)`,
      `with c=${m.watch.choice} the desktop frame must open the watch connection "${sameDesktop} (watch)" (got "${w.connection}" from ${m.watch.desktopSrc})`);
    if (mumbleWebRuns) carried(m.watch.talk, "watch");
  } else problems.push(`the watch choice led to no one page with a desktop frame (got ${JSON.stringify(m.watch)})`);

  const blocked = m.childFrames.filter((f) => f.url.startsWith("chrome-error:"));
  expect(blocked.length === 0, `the browser refused to show a frame (framing headers?): ${JSON.stringify(blocked)}`);

  // Side by side on a wide screen, stacked on a narrow one.
  const wide = { desktop: desktop?.box, talk: talk?.box };
  const nd = m.narrow.find((f) => f.id === "desktop")?.box;
  const nt = m.narrow.find((f) => f.id === "talk")?.box;
  if (wide.desktop && wide.talk) {
    expect(wide.desktop.x + wide.desktop.width <= wide.talk.x + 1 && wide.desktop.width > wide.talk.width && wide.talk.height > 300,
      `at 1280x800 the conference must sit beside the (wider) desktop (got ${JSON.stringify(wide)})`);
  }
  if (nd && nt) {
    expect(nd.y + nd.height <= nt.y + 1 && nd.width >= 380 && nt.width >= 380, `at 420x900 the conference must sit below the desktop, both full width (got ${JSON.stringify({ nd, nt })})`);
  }

  // The screenshot.
  const png = fs.existsSync(screenshot) ? fs.readFileSync(screenshot) : Buffer.alloc(0);
  expect(png.subarray(0, 8).toString("hex") === "89504e470d0a1a0a" && png.length > 5000, `no screenshot at ${screenshot} (${png.length} bytes)`);

  const measured: Record<string, unknown> = {
    landingUrl: m.landing.url,
    joinUrl: m.join.url,
    choice: m.choice,
    displayName: name,
    pageCsp,
    pageFrameOptions: pageDoc?.headers["x-frame-options"],
    desktopFrame: { src: desktop?.src, title: desktop?.title, connection: desktopConnection, status: desktopDoc?.status, frameOptions: desktopDoc?.headers["x-frame-options"], csp: desktopDoc?.headers["content-security-policy"] },
    conferenceFrame: {
      src: talk?.src,
      allow: talk?.allow,
      status: talkDoc?.status,
      frameOptions: talkDoc?.headers["x-frame-options"],
      csp: talkDoc?.headers["content-security-policy"],
      note: talkDoc?.status === 502 ? "502: mumble-web is not running here (nginx answered for it)" : undefined,
    },
    conferencePassword: {
      field: pf,
      inFrame: mumbleWebRuns ? m.talk.config : `not checked: ${m.talk.config} (the frame answered ${talkDoc?.status})`,
      standIn: m.talk.standIn,
      requestsChecked: m.requests,
      requestsHoldingIt: m.leaks.length,
    },
    watch: { choice: m.watch.choice, joinUrl: m.watch.url, desktopSrc: m.watch.desktopSrc, connection: watchConnection, conference: m.watch.talk?.config },
    focused: m.focused,
    layout: { wide, narrow: { desktop: nd, talk: nt } },
    guacamoleLogin: m.guacamoleLogin,
    consoleErrors: { page: pageErrors, frames: frameErrors },
    screenshot,
  };
  if (problems.length > 0) throw new Error(`one-page-join failed:\n- ${problems.join("\n- ")}\nmeasured: ${JSON.stringify(measured, null, 2)}`);
  return measured;
}
