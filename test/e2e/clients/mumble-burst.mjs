#!/usr/bin/env node
// Many short Mumble connections from one address, as a meeting starting behind one source address (mumble-web's
// container, sshd's forward) makes them: `--count` times, a client (@tf2pickup-org/mumble-client) connects with the
// server password, is accepted, and disconnects. Then one more client joins and lists who is in the conference. Prints
// one JSON line: {connections, attempts, seconds, errors, joined, users, joinError}.
//
//   node mumble-burst.mjs --host H --port P --password-file F --count N
import { Client } from "@tf2pickup-org/mumble-client";
import { arg, mumbleServerArgs } from "./cli-args.mjs";

const { host, port, password } = mumbleServerArgs();
const count = Number(arg("count"));

/** Connects as `username`; resolves with the client once the server accepted it (ServerSync), rejects after 15 s. */
async function join(username) {
  const c = new Client({ host, port, username, password, rejectUnauthorized: false, pingInterval: 5000 });
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${username}: no ServerSync within 15 s`)), 15_000);
  });
  try {
    await Promise.race([c.connect(), timeout]);
  } catch (e) {
    c.socket?.socket?.destroy?.();
    throw e;
  } finally {
    clearTimeout(timer);
  }
  if (!c.isConnected()) throw new Error(`${username}: not connected after connect()`);
  return c;
}

const started = Date.now();
let connections = 0;
const errors = [];
for (let i = 0; i < count; i++) {
  try {
    const c = await join(`e2e-burst-${i + 1}`);
    connections++;
    c.disconnect();
  } catch (e) {
    errors.push(String(e?.message ?? e));
  }
}
const seconds = (Date.now() - started) / 1000;

let users = [];
let joinError = "";
let joined = false;
try {
  const c = await join("e2e-after-burst");
  joined = true;
  // The user list arrives before ServerSync; give it a moment for late state changes.
  await new Promise((r) => setTimeout(r, 1000));
  users = c.users.findAll(() => true).map((u) => u.name);
  c.disconnect();
} catch (e) {
  joinError = String(e?.message ?? e);
}
process.stdout.write(JSON.stringify({ connections, attempts: count, seconds, errors: errors.slice(0, 5), joined, users, joinError }) + "\n");
process.exit(0);
