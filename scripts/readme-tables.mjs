#!/usr/bin/env node
// Keeps the README's data tables in step with the code: each table between
//   <!-- BEGIN GENERATED: <name> (scripts/readme-tables.mjs) -->  and  <!-- END GENERATED: <name> -->
// is rendered from the compiled library (dist/, so run `npm run build` first).
//
//   node scripts/readme-tables.mjs           rewrite the tables in README.md
//   node scripts/readme-tables.mjs --check   exit 1 when a table differs from what the code says (CI)
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const README = join(ROOT, "README.md");

async function load(relativePath) {
  const file = join(ROOT, "dist", relativePath);
  if (!existsSync(file)) {
    throw new Error(`readme-tables: ${file} is missing; run \`npm run build\` first.`);
  }
  const mod = await import(pathToFileURL(file).href);
  return mod.default ?? mod;
}

/** The tables, by name. */
async function tables() {
  const plan = await load("cloudinit/gateway/memory-plan.js");
  const ports = await load("cloudinit/ports.js");
  const gatewayPorts = await load("cloudinit/gateway/gateway-ports.js");
  const desktopLocal = await load("cloudinit/desktop/desktop-local-ports.js");

  const withMail = plan.gatewayMemoryPlan(true).reduce((s, l) => s + l.mb, 0);
  const withoutMail = plan.gatewayMemoryPlan(false).reduce((s, l) => s + l.mb, 0);
  const memory = [
    plan.gatewayMemoryPlanMarkdown(true).trimEnd(),
    "",
    `Without mail the dovecot line drops out (total ${withoutMail} MiB of ${plan.USABLE_MB_OF_1_GIB}; with mail ${withMail}). ` +
      `Guacamole's JVM runs with \`JAVA_OPTS=${plan.GUACAMOLE_JAVA_OPTS}\`; the swap file is ${plan.GATEWAY_SWAP_MB} MiB. ` +
      "Container limits are Compose `mem_limit` values; rendering the gateway fails when the sum exceeds the usable memory.",
  ].join("\n");

  const all = ports.gatewayPublicPorts({ mail: true });
  const base = ports.gatewayPublicPorts({ mail: false });
  const isBase = (p) => base.some((b) => b.port === p.port && b.protocol === p.protocol);
  const publicPorts = [
    "| port | protocol | service | when |",
    "| ---: | --- | --- | --- |",
    ...all.map((p) => `| ${p.port} | ${p.protocol} | ${p.description} | ${isBase(p) ? "always" : "with mail"} |`),
  ].join("\n");

  const g = gatewayPorts.GATEWAY_PORTS;
  const nets = gatewayPorts.GATEWAY_NETWORKS;
  const d1 = ports.desktopPorts(1);
  const internal = [
    "| address | service | reached by |",
    "| --- | --- | --- |",
    `| 127.0.0.1:${d1.vnc - 1}+N | VNC of desktop N (tunnel end, \`ssh -R\`) | guacd |`,
    `| 127.0.0.1:${d1.audio - 1}+N | PulseAudio of desktop N (tunnel end, \`ssh -R\`) | guacd |`,
    `| 127.0.0.1:${g.guacamoleLoopback} | Guacamole web application (Tomcat) | nginx \`/guacamole/\` |`,
    `| ${nets.guac.gateway}:${g.guacd} | guacd (private bridge \`${nets.guac.bridge}\` only) | Guacamole web application |`,
    `| 127.0.0.1:${g.mumbleWebLoopback} | mumble-web and its WebSocket bridge | nginx \`/mumble/\` |`,
    `| 127.0.0.1:${g.imapLoopback} | IMAP without TLS (with mail) | desktops' mail clients, \`ssh -L\` from their 127.0.0.1:${desktopLocal.DESKTOP_LOCAL_PORTS.imap} |`,
    `| 127.0.0.1:${g.lmtpLoopback} | Dovecot LMTP (with mail) | Postfix |`,
    `| 127.0.0.1:${ports.GATEWAY_LOOPBACK_PORTS.mumble} | Mumble server (also public) | desktops' Mumble clients, \`ssh -L\` |`,
  ].join("\n");

  return { "gateway-memory-plan": memory, "gateway-public-ports": publicPorts, "gateway-internal-ports": internal };
}

/** Replaces every generated block of `text`; fails on a block without a renderer or a missing END marker. */
export function replaceBlocks(text, rendered) {
  const begin = /<!-- BEGIN GENERATED: ([a-z0-9-]+) \(scripts\/readme-tables\.mjs\) -->\n/g;
  let out = "";
  let last = 0;
  const seen = new Set();
  for (let m = begin.exec(text); m !== null; m = begin.exec(text)) {
    const name = m[1];
    if (!(name in rendered)) throw new Error(`readme-tables: README.md has a block "${name}" that no renderer produces`);
    const end = `<!-- END GENERATED: ${name} -->`;
    const endAt = text.indexOf(end, begin.lastIndex);
    if (endAt < 0) throw new Error(`readme-tables: block "${name}" has no "${end}"`);
    out += text.slice(last, begin.lastIndex) + rendered[name] + "\n";
    last = endAt;
    begin.lastIndex = endAt;
    seen.add(name);
  }
  const missing = Object.keys(rendered).filter((n) => !seen.has(n));
  if (missing.length > 0) throw new Error(`readme-tables: README.md lacks the block(s) ${missing.join(", ")}`);
  return out + text.slice(last);
}

async function main() {
  const check = process.argv.includes("--check");
  const text = readFileSync(README, "utf8");
  const next = replaceBlocks(text, await tables());
  if (next === text) {
    process.stdout.write("readme-tables: README.md tables are current\n");
    return;
  }
  if (check) {
    process.stderr.write("readme-tables: README.md tables differ from the code; run `npm run build && node scripts/readme-tables.mjs` and commit.\n");
    process.exitCode = 1;
    return;
  }
  writeFileSync(README, next);
  process.stdout.write("readme-tables: README.md tables updated\n");
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
