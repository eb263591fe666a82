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

module.exports = { launchChromium };
