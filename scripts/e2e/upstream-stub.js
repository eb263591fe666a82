#!/usr/bin/env node
// Stand-ins for the gateway's proxied web applications (Guacamole, the Mumble web client) in the
// landing page test: each port answers every request with 200 and a line naming the port and the
// request path, and logs the request as JSON on stdout, so the test sees where nginx sent each link.
// A WebSocket upgrade on any port is accepted and every text message is answered with `echo:<text>`
// (the certificate reload test holds one open through nginx). On the --mumble-web port a document
// loaded in a frame (Sec-Fetch-Dest: iframe) gets a stand-in of mumble-web's index.html instead: it
// loads config.js (this stub's, mumble-web's `defaults` with an empty password), then config.local.js
// (nginx serves the gateway's own) and stand-in.js, which sets window.standInParams to what
// mumble-web's initializeUI reads: Object.assign({}, defaults, <the page's query>) (Johni0702/mumble-web
// 4ef594c, app/index.js). Listens on 127.0.0.1 only; the test runs it inside its own network namespace.
// Stops after --max-seconds (default 600) even if nobody stops it.
//
//   node upstream-stub.js --ports 8080,8081 [--mumble-web-port 8081] [--max-seconds N]
"use strict";
const crypto = require("node:crypto");
const http = require("node:http");

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const ports = String(arg("ports", "")).split(",").filter(Boolean).map(Number);
if (ports.length === 0 || ports.some((p) => !Number.isInteger(p) || p < 1 || p > 65535)) {
  process.stderr.write("usage: upstream-stub.js --ports P[,P...]\n");
  process.exit(2);
}
const mumbleWebPort = Number(arg("mumble-web-port", "0"));

const STAND_IN_CONFIG = "window.mumbleWebConfig = { connectDialog: {}, settings: {}, defaults: { username: '', password: '', joinDialog: false } };\n";
const STAND_IN_SCRIPT =
  "window.standInParams = Object.assign({}, window.mumbleWebConfig.defaults, Object.fromEntries(new URLSearchParams(location.search)));\n" +
  "document.getElementById('state').textContent = 'mumble-web stand-in: ' + (window.standInParams.password ? 'password set' : 'no password');\n";

/** The mumble-web stand-in's answer to `url` in a frame, or undefined for the plain line. */
function mumbleWebStandIn(req) {
  const { pathname } = new URL(req.url, "http://stub");
  if (pathname === "/config.js") return ["application/javascript", STAND_IN_CONFIG];
  if (pathname === "/stand-in.js") return ["application/javascript", STAND_IN_SCRIPT];
  if (pathname === "/" && req.headers["sec-fetch-dest"] === "iframe") {
    return ["text/html; charset=utf-8", '<!DOCTYPE html><meta charset=utf-8><title>mumble-web stand-in</title><script src="config.js"></script><script src="config.local.js"></script><p id=state><script src="stand-in.js"></script>\n'];
  }
  return undefined;
}

/** One WebSocket frame from the server (unmasked, FIN set). */
function wsFrame(opcode, payload) {
  const n = payload.length;
  const head = n < 126 ? Buffer.from([0x80 | opcode, n]) : Buffer.from([0x80 | opcode, 126, n >> 8, n & 0xff]);
  return Buffer.concat([head, payload]);
}

/** Accepts a WebSocket upgrade and answers each text frame with `echo:<text>` (frames up to 64 KiB). */
function acceptWebSocket(port, req, socket) {
  const key = req.headers["sec-websocket-key"];
  if (typeof key !== "string") return socket.destroy();
  const accept = crypto.createHash("sha1").update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest("base64");
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  let buf = Buffer.alloc(0);
  socket.on("data", (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      if (buf.length < 2) return;
      const opcode = buf[0] & 0x0f;
      const masked = (buf[1] & 0x80) !== 0;
      let len = buf[1] & 0x7f;
      let off = 2;
      if (len === 126) {
        if (buf.length < 4) return;
        len = buf.readUInt16BE(2);
        off = 4;
      } else if (len === 127) return socket.destroy();
      const end = off + (masked ? 4 : 0) + len;
      if (buf.length < end) return;
      const payload = Buffer.from(buf.subarray(end - len, end));
      if (masked) for (let i = 0; i < len; i++) payload[i] ^= buf[off + (i % 4)];
      buf = buf.subarray(end);
      if (opcode === 0x1) {
        process.stdout.write(JSON.stringify({ port, websocket: payload.toString("utf8") }) + "\n");
        socket.write(wsFrame(0x1, Buffer.from(`echo:${payload.toString("utf8")}`)));
      } else if (opcode === 0x8) {
        socket.end(wsFrame(0x8, Buffer.alloc(0)));
      } else if (opcode === 0x9) socket.write(wsFrame(0xa, payload));
    }
  });
  socket.on("error", () => undefined);
}

let listening = 0;
for (const port of ports) {
  const server = http.createServer((req, res) => {
    process.stdout.write(JSON.stringify({ port, method: req.method, url: req.url, host: req.headers.host, upgrade: req.headers.upgrade ?? null }) + "\n");
    const standIn = port === mumbleWebPort ? mumbleWebStandIn(req) : undefined;
    if (standIn) {
      res.writeHead(200, { "content-type": standIn[0] });
      res.end(standIn[1]);
      return;
    }
    res.writeHead(200, { "content-type": "text/plain" });
    res.end(`upstream ${port} ${req.url}\n`);
  });
  server.on("upgrade", (req, socket) => {
    process.stdout.write(JSON.stringify({ port, method: req.method, url: req.url, host: req.headers.host, upgrade: req.headers.upgrade ?? null }) + "\n");
    acceptWebSocket(port, req, socket);
  });
  server.listen(port, "127.0.0.1", () => {
    listening++;
    if (listening === ports.length) process.stdout.write(JSON.stringify({ ready: ports }) + "\n");
  });
}
setTimeout(() => process.exit(0), Number(arg("max-seconds", "600")) * 1000).unref();
