#!/usr/bin/env node
// Opens the desktop in Debian's headless Chromium (playwright-core) through the gateway: https://DOMAIN/guacamole/,
// where the e2e's stand-in for the Guacamole web app serves noVNC over websockify to the tunnel end guacd would use.
// Runs on the "internet" host; the domain is mapped to the gateway's address with --host-resolver-rules (no DNS).
// Prints JSON: the framebuffer size, the mean colour of the panel rectangle and of a wallpaper strip, console errors.
//   node desktop-browser.cjs --domain D --address IP --password-file F --screenshot FILE --profile DIR --panel x,y,w,h
/* global document */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { arg, launchChromium, openPage } = require(path.join(__dirname, "..", "..", "..", "scripts", "e2e", "chromium.js"));

async function main() {
  const domain = arg("domain");
  const password = fs.readFileSync(arg("password-file"), "utf8").split("\n")[0];
  const [px, py, pw, ph] = arg("panel").split(",").map(Number);
  const context = await launchChromium(arg("profile"), { domain, address: arg("address"), viewport: { width: 1280, height: 800 } });
  try {
    const { page, consoleErrors } = await openPage(context);
    const q = new URLSearchParams({ autoconnect: "1", path: "guacamole/websockify", password, resize: "scale", view_only: "1", reconnect: "0" });
    const response = await page.goto(`https://${domain}/guacamole/vnc.html?${q}`, { waitUntil: "load", timeout: 30000 });
    // Wait until the framebuffer is the desktop's size and has drawn something other than black.
    const fb = await page.waitForFunction(() => {
      const c = document.querySelector("#noVNC_container canvas, canvas");
      if (!c || c.width < 100) return false;
      const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
      let lit = 0;
      for (let i = 0; i < d.length; i += 4 * 97) if (d[i] + d[i + 1] + d[i + 2] > 30) lit++;
      return lit > 50 ? { width: c.width, height: c.height } : false;
    }, null, { timeout: 60000, polling: 500 });
    const size = await fb.jsonValue();
    await page.waitForTimeout(1500);
    const colours = await page.evaluate(([x, y, w, h]) => {
      const c = document.querySelector("#noVNC_container canvas, canvas");
      const ctx = c.getContext("2d");
      const mean = (x0, y0, w0, h0) => {
        const d = ctx.getImageData(x0, y0, w0, h0).data;
        const sum = [0, 0, 0];
        const seen = new Set();
        for (let i = 0; i < d.length; i += 4) {
          sum[0] += d[i];
          sum[1] += d[i + 1];
          sum[2] += d[i + 2];
          if (seen.size < 1000) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
        }
        const n = d.length / 4;
        return { mean: sum.map((s) => Math.round(s / n)), distinctColours: seen.size };
      };
      const above = Math.max(0, y - 3 * h);
      return { panel: mean(x, y, w, h), wallpaper: mean(x, above, w, h) };
    }, [px, py, pw, ph]);
    const canvas = await page.$("#noVNC_container canvas, canvas");
    await canvas.screenshot({ path: arg("screenshot") });
    process.stdout.write(JSON.stringify({ status: response ? response.status() : null, framebuffer: size, ...colours, consoleErrors }) + "\n");
  } finally {
    await context.close();
  }
}

main().catch((e) => {
  process.stdout.write(JSON.stringify({ error: String(e && e.stack ? e.stack : e) }) + "\n");
  process.exit(1);
});
