// Debian's headless Chromium for the e2e browser scripts (playwright-core), started the one way they all need: a
// fresh profile, the space's certificate accepted (it comes from the render command's local CA), nothing fetched in
// the background (these machines' network is closed), and the branch domain mapped to one address, so nothing is
// looked up in DNS.
"use strict";
const path = require("node:path");
const playwright = require(path.join(__dirname, "..", "..", "node_modules", "playwright-core"));
const { chromium } = playwright;

/** Opens a persistent context in `profile` with `domain` resolving to `address`. */
function launchChromium(profile, { domain, address, viewport }) {
  return chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    ignoreHTTPSErrors: true,
    viewport,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--host-resolver-rules=MAP ${domain} ${address}`,
    ],
  });
}

/**
 * Debian's Firefox ESR (/usr/bin/firefox-esr) through WebDriver BiDi: playwright-core's `_bidiFirefox` (experimental,
 * underscore-named in playwright-core 1.56; its `firefox` needs Playwright's own patched build, which is not installed
 * here), with a fresh temporary profile (its persistent context timed out at start with firefox-esr 153 here) and the space's
 * certificate accepted. Firefox has no per-name host mapping like Chromium's --host-resolver-rules: the domain is
 * resolved to loopback (`network.dns.localDomains`), so `address` must be 127.0.0.1. Closing the context closes the
 * browser.
 */
async function launchFirefox({ domain, address, viewport }) {
  if (address !== "127.0.0.1") throw new Error(`launchFirefox: --address must be 127.0.0.1 (Firefox maps ${domain} to loopback only), got ${address}`);
  const browser = await playwright._bidiFirefox.launch({
    executablePath: "/usr/bin/firefox-esr",
    headless: true,
    timeout: 60000,
    firefoxUserPrefs: {
      "network.dns.localDomains": domain,
      // Nothing fetched in the background (the namespaces have no internet).
      "app.update.auto": false,
      "browser.safebrowsing.malware.enabled": false,
      "browser.safebrowsing.phishing.enabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
    },
  });
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport });
  const closeContext = context.close.bind(context);
  context.close = async () => {
    await closeContext().catch(() => undefined);
    await browser.close();
  };
  return context;
}

/** Chromium (default) or Firefox, by `--browser chromium|firefox`; `profile` is used by Chromium only. */
function launchBrowser(name, profile, opts) {
  if (name === undefined || name === "chromium") return launchChromium(profile, opts);
  if (name === "firefox") return launchFirefox(opts);
  throw new Error(`--browser must be chromium or firefox, got ${name}`);
}

/**
 * The first page of `context` and the console errors it logs (messages and uncaught exceptions), as text; `describe`
 * turns a console message or exception into what is collected instead.
 */
async function openPage(context, describe = { console: (msg) => msg.text(), exception: (e) => String(e) }) {
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(describe.console(msg, page));
  });
  page.on("pageerror", (e) => consoleErrors.push(describe.exception(e, page)));
  return { page, consoleErrors };
}

/** The value of `--name` on the command line; throws when it is missing, unless `optional`. */
function arg(name, optional = false) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0 || i + 1 >= process.argv.length) {
    if (optional) return undefined;
    throw new Error(`missing --${name}`);
  }
  return process.argv[i + 1];
}

module.exports = { arg, launchBrowser, launchChromium, openPage };
