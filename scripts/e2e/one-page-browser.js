#!/usr/bin/env node
// The participant's journey to the one page in Debian's headless Chromium (driven by playwright-core): the landing
// page's form (first desktop connection, a display name), then /join with the desktop's Guacamole client and
// mumble-web side by side; then the same desktop's watch connection the same way (a guest's choice). The conference
// password from --conference-password-file is typed into the landing form; the report says whether mumble-web's frame
// got it (its `mumbleWebConfig.defaults.password`, what initializeUI merges with the query) and lists every request URL
// or Referer that contained it (redacted), never the password itself. Prints what it measured as one JSON line on
// stdout; it judges nothing (the caller does). It must run in a network namespace that reaches the gateway: the branch
// domain is mapped to the gateway's address with --host-resolver-rules, nothing is looked up in DNS.
//
//   node one-page-browser.js --domain D --address A --name NAME --screenshot FILE --profile DIR
//                            --conference-password-file F
//                            [--user U --password-file F]   (a Guacamole login form in the desktop frame is filled in)
//                            [--browser chromium|firefox]   (default chromium; firefox: see launchFirefox in chromium.js)
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { arg, launchBrowser, openPage } = require(path.join(__dirname, "chromium.js"));

async function main() {
  const domain = arg("domain");
  const address = arg("address");
  const name = arg("name");
  const screenshot = arg("screenshot");
  const profile = arg("profile");
  const user = arg("user", true);
  const passwordFile = arg("password-file", true);
  const conferencePassword = fs.readFileSync(arg("conference-password-file"), "utf8").replace(/\n$/, "");
  if (!conferencePassword) throw new Error("--conference-password-file is empty");
  const redact = (t) => String(t).split(conferencePassword).join("<conference password>");
  const context = await launchBrowser(arg("browser", true), profile, { domain, address, viewport: { width: 1280, height: 800 } });
  try {
    const { page, consoleErrors } = await openPage(context, {
      console: (msg) => ({ text: msg.text(), url: msg.location().url || "" }),
      exception: (e, p) => ({ text: String(e), url: p.url() }),
    });
    // Every document load, in the page or a frame, with its status and headers.
    const documents = [];
    page.on("response", (r) => {
      const req = r.request();
      if (!req.isNavigationRequest()) return;
      let inFrame = "page";
      try {
        inFrame = r.frame() === page.mainFrame() ? "page" : "frame";
      } catch {
        inFrame = "unknown";
      }
      documents.push(r.allHeaders().then((headers) => ({ url: r.url(), status: r.status(), headers, in: inFrame })));
    });
    // Every request (documents, scripts, WebSockets) whose URL or Referer holds the conference password.
    const leaks = [];
    let requests = 0;
    page.on("request", (req) => {
      requests++;
      const referer = req.headers()["referer"] ?? "";
      if (req.url().includes(conferencePassword) || referer.includes(conferencePassword)) leaks.push({ url: redact(req.url()), referer: redact(referer) });
    });
    /** What the conference frame's mumble-web got: its URL (redacted) and whether its default password is the typed one. */
    const conference = async () => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && new URL(f.url()).pathname === "/mumble/");
      if (!frame) return { url: null, config: "no frame" };
      await frame.waitForLoadState("load", { timeout: 10000 }).catch(() => undefined);
      const got = await frame
        .evaluate(() => {
          // In the frame: globalThis is its window.
          const w = globalThis;
          const c = w.mumbleWebConfig;
          return { href: w.location.href, password: c && c.defaults ? c.defaults.password : undefined, standIn: w.standInParams ? w.standInParams.password : undefined };
        })
        .catch((e) => ({ error: String(e) }));
      if (got.error) return { url: redact(frame.url()), config: redact(got.error) };
      if (got.password === undefined) return { url: redact(got.href), config: "no mumbleWebConfig" };
      return {
        url: redact(got.href),
        config: got.password === conferencePassword ? "typed password" : got.password === "" ? "empty" : "another password",
        standIn: got.standIn === undefined ? undefined : got.standIn === conferencePassword ? "typed password" : "not the typed password",
      };
    };

    const landingResponse = await page.goto(`http://${domain}/`, { waitUntil: "load", timeout: 30000 });
    const landing = { url: page.url(), status: landingResponse ? landingResponse.status() : null };
    const form = await page.$$eval("form", (forms) => forms.map((f) => ({ action: f.getAttribute("action"), method: f.getAttribute("method") })));
    const choice = await page.$eval("input[name=c]:checked", (i) => i.value).catch(() => null);
    const passwordField = await page.$eval("input[type=password]", (i) => ({ id: i.id, name: i.getAttribute("name"), autocomplete: i.getAttribute("autocomplete") })).catch(() => null);
    await page.fill("input[name=name]", name);
    if (passwordField) await page.fill("input[type=password]", conferencePassword);
    await Promise.all([page.waitForURL(/\/join\?/, { timeout: 30000 }), page.click("form button")]);
    await page.waitForLoadState("load", { timeout: 30000 });
    // Both frames' documents (answered or failed) before measuring.
    const until = Date.now() + 20000;
    while (Date.now() < until && (await Promise.all(documents)).filter((d) => d.in === "frame").length < 2) await page.waitForTimeout(200);

    const join = { url: page.url(), title: await page.title() };
    const frames = await page.$$eval("iframe", (els) =>
      els.map((f) => {
        const box = f.getBoundingClientRect();
        return { id: f.id, title: f.title, srcAttribute: f.getAttribute("src"), src: f.src, allow: f.getAttribute("allow"), box: { x: box.x, y: box.y, width: box.width, height: box.height } };
      }),
    );
    const focused = await page.$eval("body", (body) => {
      const active = body.ownerDocument.activeElement;
      return active ? `${active.tagName.toLowerCase()}#${active.id}` : "";
    });
    const childFrames = page.frames().filter((f) => f !== page.mainFrame()).map((f) => ({ name: f.name(), url: redact(f.url()) }));
    const talk = await conference();

    let guacamoleLogin = "no login form";
    const desktopFrame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes("/guacamole/"));
    if (desktopFrame && user && passwordFile) {
      const field = await desktopFrame.waitForSelector("input[name=username]", { timeout: 3000 }).catch(() => null);
      if (field) {
        await desktopFrame.fill("input[name=username]", user);
        await desktopFrame.fill("input[name=password]", fs.readFileSync(passwordFile, "utf8").trim());
        await desktopFrame.press("input[name=password]", "Enter");
        guacamoleLogin = "submitted";
      }
    }

    await page.screenshot({ path: screenshot });
    await page.setViewportSize({ width: 420, height: 900 });
    await page.waitForTimeout(300);
    const narrow = await page.$$eval("iframe", (els) => els.map((f) => ({ id: f.id, box: (({ x, y, width, height }) => ({ x, y, width, height }))(f.getBoundingClientRect()) })));
    await page.screenshot({ path: screenshot.replace(/\.png$/, "-narrow.png") });
    await page.setViewportSize({ width: 1280, height: 800 });

    // The same desktop's watch connection, as a guest chooses it.
    const watchChoice = choice ? choice.replace(/-collaborate$/, "-watch") : null;
    const watch = { choice: watchChoice, url: null, desktopSrc: null, talk: null };
    if (watchChoice) {
      await page.goto(`https://${domain}/`, { waitUntil: "load", timeout: 30000 });
      await page.check(`input[name=c][value="${watchChoice}"]`);
      await page.fill("input[name=name]", name);
      if (passwordField) await page.fill("input[type=password]", conferencePassword);
      await Promise.all([page.waitForURL(/\/join\?/, { timeout: 30000 }), page.click("form button")]);
      await page.waitForLoadState("load", { timeout: 30000 });
      watch.url = page.url();
      watch.desktopSrc = await page.$eval("iframe#desktop", (f) => f.src).catch(() => null);
      watch.talk = await conference();
    }

    process.stdout.write(
      redact(JSON.stringify({ landing, form, choice, passwordField, join, frames, focused, childFrames, talk, watch, narrow, guacamoleLogin, documents: await Promise.all(documents), consoleErrors, requests, leaks })) + "\n",
    );
  } finally {
    await context.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : String(e)}\n`);
  process.exit(1);
});
