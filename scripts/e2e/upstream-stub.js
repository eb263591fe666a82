#!/usr/bin/env node
// Stand-ins for the gateway's proxied web applications (Guacamole, the Mumble web client) in the
// landing page test: each port answers every request with 200 and a line naming the port and the
// request path, and logs the request as JSON on stdout, so the test sees where nginx sent each link.
// Listens on 127.0.0.1 only; the test runs it inside its own network namespace. Stops after
// --max-seconds (default 600) even if nobody stops it.
//
//   node upstream-stub.js --ports 8080,8081 [--max-seconds N]
"use strict";
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
let listening = 0;
for (const port of ports) {
  const server = http.createServer((req, res) => {
    process.stdout.write(JSON.stringify({ port, method: req.method, url: req.url, host: req.headers.host, upgrade: req.headers.upgrade ?? null }) + "\n");
    res.writeHead(200, { "content-type": "text/plain" });
    res.end(`upstream ${port} ${req.url}\n`);
  });
  server.listen(port, "127.0.0.1", () => {
    listening++;
    if (listening === ports.length) process.stdout.write(JSON.stringify({ ready: ports }) + "\n");
  });
}
setTimeout(() => process.exit(0), Number(arg("max-seconds", "600")) * 1000).unref();
