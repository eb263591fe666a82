#!/usr/bin/env node
// Mail clients for the live e2e, run on the "internet" host: nodemailer speaks SMTP to the gateway's port 25, imapflow
// logs in over IMAPS (993). Prints one JSON object on stdout.
//   node mail-client.mjs send --host IP --to ADDR --subject S          → {accepted, rejected, response} or {error, responseCode}
//   node mail-client.mjs find --host IP --servername N --user U --password-file F --subject S [--ca FILE]
//                                                                     → {found, uid, subject, from, tls}
//   node mail-client.mjs connect --host IP --port P                    → {connected} or {error, code}
import { readFileSync } from "node:fs";
import { connect as tcpConnect } from "node:net";
import nodemailer from "nodemailer";
import { ImapFlow } from "imapflow";
import { arg as cliArg } from "./cli-args.mjs";

const [, , op, ...rest] = process.argv;
const arg = (name, fallback) => cliArg(name, fallback, rest);
const out = (o) => process.stdout.write(JSON.stringify(o) + "\n");

async function send() {
  const transport = nodemailer.createTransport({
    host: arg("host"),
    port: Number(arg("port", "25")),
    secure: false,
    name: "client.internet.test",
    tls: { rejectUnauthorized: false },
    connectionTimeout: 20000,
  });
  try {
    const info = await transport.sendMail({
      from: "someone@internet.test",
      to: arg("to"),
      subject: arg("subject"),
      text: `Sent by the PairPac end-to-end test at ${new Date().toISOString()}.\n`,
    });
    out({ accepted: info.accepted, rejected: info.rejected, response: info.response });
  } catch (e) {
    out({ error: e.message, responseCode: e.responseCode ?? null, command: e.command ?? null });
  }
}

async function find() {
  const ca = rest.includes("--ca") ? readFileSync(arg("ca"), "utf8") : undefined;
  const client = new ImapFlow({
    host: arg("host"),
    port: Number(arg("port", "993")),
    secure: true,
    servername: arg("servername"),
    tls: ca ? { ca, servername: arg("servername") } : { rejectUnauthorized: false },
    auth: { user: arg("user"), pass: readFileSync(arg("password-file"), "utf8").split("\n")[0] },
    logger: false,
  });
  try {
    await client.connect();
    const lock = await client.getMailboxLock("INBOX");
    try {
      const uids = await client.search({ subject: arg("subject") }, { uid: true });
      if (!uids || uids.length === 0) return out({ found: false, exists: client.mailbox.exists });
      const msg = await client.fetchOne(String(uids[uids.length - 1]), { envelope: true }, { uid: true });
      out({ found: true, uid: msg.uid, subject: msg.envelope.subject, from: msg.envelope.from?.[0]?.address ?? null, exists: client.mailbox.exists });
    } finally {
      lock.release();
    }
    await client.logout();
  } catch (e) {
    out({ error: e.message, responseText: e.responseText ?? null, authenticationFailed: !!e.authenticationFailed });
  }
}

function probe() {
  return new Promise((resolve) => {
    const s = tcpConnect({ host: arg("host"), port: Number(arg("port")), timeout: 5000 });
    s.once("connect", () => {
      let banner = "";
      s.once("data", (d) => (banner = d.toString("utf8").trim()));
      setTimeout(() => {
        s.destroy();
        resolve(out({ connected: true, banner }));
      }, 1000);
    });
    s.once("timeout", () => {
      s.destroy();
      resolve(out({ connected: false, code: "TIMEOUT" }));
    });
    s.once("error", (e) => resolve(out({ connected: false, code: e.code })));
  });
}

if (op === "send") await send();
else if (op === "find") await find();
else if (op === "connect") await probe();
else throw new Error(`unknown operation ${op}`);
