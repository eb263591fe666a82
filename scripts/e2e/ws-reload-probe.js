#!/usr/bin/env node
// Holds one WebSocket open through the gateway's nginx (TLS on 127.0.0.1:443, SNI = the branch domain) for the
// certificate reload test, driven by lines on stdin; answers each with one JSON line on stdout:
//   send <text>  -> {"sent":"<text>","received":"<the next text frame>"}   (over the connection held open)
//   cert         -> {"fingerprint256":"AA:..","subject":"CN=.."}            (a new TLS connection's peer certificate)
//   close        -> {"closed":true} and exits
// The first line (before any command) is {"open":true,"fingerprint256":..} once the upgrade got 101, or an error and
// exit 1. The certificate is not verified (the test compares fingerprints). Must run in the namespace nginx listens in.
//
//   node ws-reload-probe.js --domain D --path /mumble/
"use strict";
const crypto = require("node:crypto");
const readline = require("node:readline");
const tls = require("node:tls");

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0 || i + 1 >= process.argv.length) {
    process.stderr.write(`ws-reload-probe.js: --${name} is required\n`);
    process.exit(2);
  }
  return process.argv[i + 1];
}

const domain = arg("domain");
const wsPath = arg("path");
const out = (o) => process.stdout.write(JSON.stringify(o) + "\n");
const fail = (e) => {
  out({ error: String(e && e.message ? e.message : e) });
  process.exit(1);
};

function connect() {
  return new Promise((resolve, reject) => {
    const s = tls.connect({ host: "127.0.0.1", port: 443, servername: domain, rejectUnauthorized: false }, () => resolve(s));
    s.once("error", reject);
  });
}

function peer(s) {
  const c = s.getPeerCertificate();
  return { fingerprint256: c.fingerprint256, subject: c.subject ? `CN=${c.subject.CN}` : "" };
}

/** A masked client text frame (payloads below 126 bytes are all the test sends). */
function textFrame(text) {
  const payload = Buffer.from(text, "utf8");
  if (payload.length >= 126) throw new Error("probe frames are short");
  const mask = crypto.randomBytes(4);
  const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]));
  return Buffer.concat([Buffer.from([0x81, 0x80 | payload.length]), mask, masked]);
}

async function main() {
  const s = await connect();
  const key = crypto.randomBytes(16).toString("base64");
  s.write(`GET ${wsPath} HTTP/1.1\r\nHost: ${domain}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`);
  let buf = Buffer.alloc(0);
  let upgraded = false;
  const waiting = [];
  const received = [];
  const deliver = () => {
    while (waiting.length > 0 && received.length > 0) waiting.shift()(received.shift());
  };
  s.on("data", (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    if (!upgraded) {
      const end = buf.indexOf("\r\n\r\n");
      if (end < 0) return;
      const head = buf.subarray(0, end).toString("latin1");
      if (!/^HTTP\/1\.1 101 /.test(head)) fail(`no WebSocket upgrade: ${head.split("\r\n")[0]}`);
      upgraded = true;
      buf = buf.subarray(end + 4);
      out({ open: true, ...peer(s) });
    }
    while (buf.length >= 2) {
      const len = buf[1] & 0x7f;
      const off = len === 126 ? 4 : 2;
      const n = len === 126 ? (buf.length >= 4 ? buf.readUInt16BE(2) : Infinity) : len;
      if (buf.length < off + n) return;
      if ((buf[0] & 0x0f) === 0x1) received.push(buf.subarray(off, off + n).toString("utf8"));
      buf = buf.subarray(off + n);
    }
    deliver();
  });
  s.on("close", () => out({ connectionClosed: true }));
  s.on("error", (e) => out({ connectionError: String(e.message) }));

  const rl = readline.createInterface({ input: process.stdin });
  for await (const line of rl) {
    const [cmd, ...rest] = line.split(" ");
    if (cmd === "send") {
      const text = rest.join(" ");
      const answer = new Promise((resolve) => waiting.push(resolve));
      s.write(textFrame(text));
      deliver();
      const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 5000));
      out({ sent: text, received: await Promise.race([answer, timeout]) });
    } else if (cmd === "cert") {
      const c = await connect();
      out(peer(c));
      c.end();
    } else if (cmd === "close") {
      s.end();
      out({ closed: true });
      process.exit(0);
    }
  }
}

main().catch(fail);
