// Debian's headless Chromium for the e2e browser scripts (playwright-core), started the one way they all need: a
// fresh profile, the space's certificate accepted (it comes from the render command's local CA), nothing fetched in
// the background (these machines' network is closed), and the branch domain mapped to one address, so nothing is
// looked up in DNS.
"use strict";
const path = require("node:path");
const { chromium } = require(path.join(__dirname, "..", "..", "node_modules", "playwright-core"));

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

module.exports = { arg, launchChromium, openPage };
