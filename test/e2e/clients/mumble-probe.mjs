#!/usr/bin/env node
// An independent Mumble client for the live e2e (@tf2pickup-org/mumble-client, Opus from opusscript). It runs on the
// "internet" host, connects to the gateway's Mumble server with the server password, and stays in the conference,
// reconnecting when the server goes away (reboots, certificate changes). It is driven by JSON lines on stdin and
// answers with one JSON line on stdout per request:
//   {"op":"state"}                       → users (name, session, channel path), connection count, audio received
//   {"op":"reset-audio"}                 → forgets the audio received so far
//   {"op":"tone","ms":3000,"hz":440}     → speaks a sine tone (Opus, 20 ms frames) into the conference
//   {"op":"quit"}
// Audio received is counted per speaking user: packets, Opus bytes, and the RMS of the decoded samples.
//
//   node mumble-probe.mjs --host H --port P --password-file F --name N [--ca FILE]
import { createInterface } from "node:readline";
import { createRequire } from "node:module";
import { Client } from "@tf2pickup-org/mumble-client";
import { arg, mumbleServerArgs } from "./cli-args.mjs";

const require = createRequire(import.meta.url);
const OpusScript = require("opusscript");

const { host, port, password } = mumbleServerArgs();
const name = arg("name");

const RATE = 48000;
const FRAME = 960; // 20 ms
const decoder = new OpusScript(RATE, 1, OpusScript.Application.AUDIO);
const encoder = new OpusScript(RATE, 1, OpusScript.Application.AUDIO);

let client;
let connects = 0;
let lastError = "";
let audio = {};
let connecting = false;

function log(...a) {
  process.stderr.write(`[mumble-probe ${new Date().toISOString()}] ${a.join(" ")}\n`);
}

function channelPath(id) {
  const parts = [];
  let ch = client?.channels.byId(id);
  while (ch) {
    parts.unshift(ch.name);
    ch = ch.parent !== undefined && ch.parent !== ch.id ? client.channels.byId(ch.parent) : undefined;
  }
  return parts.join("/");
}

async function connect() {
  if (connecting) return;
  connecting = true;
  for (;;) {
    try {
      const c = new Client({ host, port, username: name, password, rejectUnauthorized: false, pingInterval: 5000 });
      await c.connect();
      client = c;
      connects++;
      log(`connected (${connects}) as session ${c.session}`);
      c.socket.fullAudioPacket.subscribe((p) => {
        const user = c.users.bySession(p.source);
        const who = user?.name ?? `session-${p.source}`;
        const a = (audio[who] ??= { packets: 0, bytes: 0, sumSquares: 0, samples: 0, first: Date.now(), last: 0 });
        a.packets++;
        a.bytes += p.audioData.length;
        a.last = Date.now();
        try {
          const pcm = decoder.decode(p.audioData);
          for (let i = 0; i + 1 < pcm.length; i += 2) {
            const s = pcm.readInt16LE(i) / 32768;
            a.sumSquares += s * s;
            a.samples++;
          }
        } catch {
          a.decodeErrors = (a.decodeErrors ?? 0) + 1;
        }
      });
      c.on("disconnect", () => {
        log("disconnected");
        client = undefined;
        setTimeout(connect, 1000);
      });
      const tls = c.socket.socket;
      const lost = (why) => {
        if (client !== c) return;
        log(`connection lost (${why})`);
        client = undefined;
        tls?.destroy?.();
        setTimeout(connect, 1000);
      };
      tls?.on?.("close", () => lost("closed"));
      tls?.on?.("error", (e) => lost(e.message));
      connecting = false;
      return;
    } catch (e) {
      lastError = String(e?.message ?? e);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

function state() {
  const users = client ? client.users.findAll(() => true).map((u) => ({ name: u.name, session: u.session, channel: channelPath(u.channelId) })) : [];
  const audioOut = Object.fromEntries(
    Object.entries(audio).map(([k, a]) => [
      k,
      { packets: a.packets, bytes: a.bytes, seconds: (a.last - a.first) / 1000, rms: a.samples ? Math.sqrt(a.sumSquares / a.samples) : 0, decodeErrors: a.decodeErrors ?? 0 },
    ]),
  );
  return { connected: !!client, connects, lastError, self: client?.self?.name, users, audio: audioOut };
}

async function tone(ms, hz) {
  if (!client) throw new Error("not connected");
  const frames = Math.ceil(ms / 20);
  const started = Date.now();
  let t = 0;
  for (let f = 0; f < frames; f++) {
    const pcm = Buffer.alloc(FRAME * 2);
    for (let i = 0; i < FRAME; i++, t++) pcm.writeInt16LE(Math.round(12000 * Math.sin((2 * Math.PI * hz * t) / RATE)), i * 2);
    const data = encoder.encode(pcm, FRAME);
    await client.socket.sendAudio({ data, isTerminator: f === frames - 1 });
    const due = started + (f + 1) * 20;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  return { frames };
}

process.on("unhandledRejection", (e) => log(`unhandled: ${e?.message ?? e}`));
process.on("uncaughtException", (e) => log(`uncaught: ${e?.message ?? e}`));

const rl = createInterface({ input: process.stdin });
rl.on("line", async (line) => {
  let req;
  try {
    req = JSON.parse(line);
  } catch {
    return;
  }
  try {
    let out;
    if (req.op === "state") out = state();
    else if (req.op === "reset-audio") {
      audio = {};
      out = { ok: true };
    } else if (req.op === "tone") out = await tone(req.ms ?? 3000, req.hz ?? 440);
    else if (req.op === "quit") {
      client?.disconnect();
      process.exit(0);
    } else out = { error: `unknown op ${req.op}` };
    process.stdout.write(JSON.stringify({ id: req.id, ...out }) + "\n");
  } catch (e) {
    process.stdout.write(JSON.stringify({ id: req.id, error: String(e?.message ?? e) }) + "\n");
  }
});
rl.on("close", () => process.exit(0));

connect();
