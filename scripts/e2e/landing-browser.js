#!/usr/bin/env node
// Opens the gateway's landing page in Debian's headless Chromium (driven by playwright-core) and
// prints what a person would see as JSON on stdout: the page, its links, and where each link leads.
// The end-to-end test starts it inside the gateway's network namespace (`ip netns exec`), so the
// browser reaches only the nginx running there; the branch domain is mapped to 127.0.0.1 with
// --host-resolver-rules, nothing is looked up in DNS.
//
//   node landing-browser.js --domain D --screenshot FILE --profile DIR
"use strict";
const path = require("node:path");
const { arg, launchChromium, openPage } = require(path.join(__dirname, "chromium.js"));

async function main() {
  const domain = arg("domain");
  const screenshot = arg("screenshot");
  const profile = arg("profile");
  const context = await launchChromium(profile, { domain, address: "127.0.0.1", viewport: { width: 1280, height: 900 } });
  try {
    const { page, consoleErrors } = await openPage(context);
    const viaHttp = await page.goto(`http://${domain}/`, { waitUntil: "load", timeout: 30000 });
    const landing = {
      url: page.url(),
      status: viaHttp ? viaHttp.status() : null,
      headers: viaHttp ? await viaHttp.allHeaders() : {},
      title: await page.title(),
      text: await page.innerText("body"),
    };
    const landingConsoleErrors = consoleErrors.splice(0);
    const links = await page.$$eval("a", (anchors) => anchors.map((a) => ({ text: a.textContent.trim(), rawHref: a.getAttribute("href"), href: a.href })));
    await page.screenshot({ path: screenshot, fullPage: true });
    const followed = [];
    for (const link of links) {
      // From a blank page, so a link that differs from the previous one only in its #fragment is a real load too.
      await page.goto("about:blank");
      const response = await page.goto(link.href, { waitUntil: "load", timeout: 30000 });
      followed.push({
        href: link.href,
        url: page.url(),
        status: response ? response.status() : null,
        body: response ? (await response.text()).slice(0, 2000) : "",
      });
    }
    process.stdout.write(JSON.stringify({ landing: { ...landing, consoleErrors: landingConsoleErrors }, links, followed }) + "\n");
  } finally {
    await context.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : String(e)}\n`);
  process.exit(1);
});
