// Deliberate breakages of rendered user-data and delivery bundles, for the harness's own tests: each must make a check
// fail.
import { parseDocument } from "yaml";

/** What a machine is given: its user-data and its delivery bundle (files of both may be broken). */
export interface SeedTexts {
  readonly userData: string;
  readonly delivery: string;
}

/** `edit` applied to the files of both the user-data and the bundle whose path matches; throws when none changed. */
function editSeedFile(seed: SeedTexts, pathPattern: RegExp, edit: (content: string, path: string) => string): SeedTexts {
  let changed = 0;
  let userData = seed.userData;
  try {
    userData = editWriteFile(seed.userData, pathPattern, edit);
    changed++;
  } catch (e) {
    if (!/matched no write_files content/.test((e as Error).message)) throw e;
  }
  const lines = seed.delivery.split("\n").map((line) => {
    const f = line.split(" ");
    if (f[0] !== "file" || !pathPattern.test(f[4] ?? "")) return line;
    const before = Buffer.from(f[5] ?? "", "base64").toString("utf8");
    const after = edit(before, f[4]!);
    if (after === before) return line;
    changed++;
    return [...f.slice(0, 5), Buffer.from(after, "utf8").toString("base64")].join(" ");
  });
  if (changed === 0) throw new Error(`mutation matched no file of the user-data or the delivery (paths ${pathPattern})`);
  return { userData, delivery: lines.join("\n") };
}

function editWriteFile(userData: string, pathPattern: RegExp, edit: (content: string, path: string) => string): string {
  const doc = parseDocument(userData);
  const files = doc.get("write_files") as { items: unknown[] } | undefined;
  let changed = 0;
  for (const item of files?.items ?? []) {
    const node = item as { get(k: string): unknown; set(k: string, v: unknown): void };
    const p = String(node.get("path"));
    if (!pathPattern.test(p)) continue;
    if (node.get("encoding") !== undefined) throw new Error(`cannot mutate encoded file ${p}`);
    const before = String(node.get("content"));
    const after = edit(before, p);
    if (after !== before) {
      node.set("content", after);
      changed++;
    }
  }
  if (changed === 0) throw new Error(`mutation matched no write_files content (paths ${pathPattern})`);
  return "#cloud-config\n" + doc.toString().replace(/^#cloud-config\n/, "");
}

/** Points the first ExecStart= of `unit` at a program that does not exist. */
export function breakExecStart(userData: string, unit: string): string {
  const escaped = unit.replace(/[.]/g, "\\.");
  return editWriteFile(userData, new RegExp(`^/etc/systemd/system/${escaped}$`), (content) =>
    content.replace(/^ExecStart=(\S+)/m, "ExecStart=/usr/local/bin/pairpac-e2e-missing"),
  );
}

/** Appends a runcmd entry that fails. */
export function addFailingCommand(userData: string): string {
  const doc = parseDocument(userData);
  const runcmd = doc.get("runcmd") as { add(v: unknown): void } | undefined;
  if (runcmd) runcmd.add(doc.createNode(["false"]));
  else doc.set("runcmd", [["false"]]);
  return "#cloud-config\n" + doc.toString().replace(/^#cloud-config\n/, "");
}

/**
 * Lets every key publish any port: drops `permitlisten=` from the authorized_keys options and opens
 * sshd's `PermitListen` (both layers of the restriction, in every file written under /etc/ssh).
 */
export function loosenTunnelListen(seed: SeedTexts): SeedTexts {
  return editSeedFile(seed, /^\/etc\/ssh\//, (content) =>
    content.replace(/,?permitlisten="[^"]*"/g, "").replace(/^(\s*)PermitListen\s.*$/gm, "$1PermitListen any"),
  );
}

/**
 * Gives the tunnel keys a shell: drops `restrict` and `command=` from the authorized_keys options, sshd's
 * `ForceCommand` and `PermitTTY no`, and makes every nologin account of `users:` a bash account.
 */
export function allowTunnelShell(seed: SeedTexts): SeedTexts {
  const { userData: edited, delivery } = editSeedFile(seed, /^\/etc\/ssh\//, (content) =>
    content
      .replace(/(^|,)restrict,/gm, "$1")
      .replace(/,?command="[^"]*"/g, "")
      .replace(/^\s*ForceCommand\s.*\n/gm, "")
      .replace(/^\s*PermitTTY\s+no\s*\n/gm, ""),
  );
  const doc = parseDocument(edited);
  const users = doc.get("users") as { items: unknown[] } | undefined;
  let changed = 0;
  for (const u of users?.items ?? []) {
    const node = u as { get?(k: string): unknown; set?(k: string, v: unknown): void };
    if (node.get && node.set && String(node.get("shell")).endsWith("/nologin")) {
      node.set("shell", "/bin/bash");
      changed++;
    }
  }
  if (changed === 0) throw new Error("no nologin account in users: to give a shell");
  return { userData: "#cloud-config\n" + doc.toString().replace(/^#cloud-config\n/, ""), delivery };
}

/**
 * The tunnel's old back-off: a restart delay that grows with systemd's restart counter up to 5 minutes (and, since the
 * counter resets only on a manual start, stays there). Replaces whatever restart settings the tunnel unit has.
 */
export function growingTunnelBackoff(seed: SeedTexts): SeedTexts {
  return editSeedFile(seed, /^\/etc\/systemd\/system\/pairpac-tunnel\.service$/, (content) =>
    content.replace(/^(RestartSec|RestartSteps|RestartMaxDelaySec)=.*\n/gm, "").replace(/^Restart=always$/m, "Restart=always\nRestartSec=5\nRestartSteps=10\nRestartMaxDelaySec=300"),
  );
}

/** Claws Mail's account as a local mailbox (protocol 3 is A_LOCAL in Claws Mail 4.x's prefs_account.h), not IMAP. */
export function clawsLocalAccount(seed: SeedTexts): SeedTexts {
  return editSeedFile(seed, /\/\.claws-mail\/accountrc$/, (content) => content.replace(/^protocol=\d+$/m, "protocol=3"));
}

/** Mumble without its re-pin: start-mumble.sh only waits for the client (no watch for a changed server certificate). */
export function noMumbleRepin(seed: SeedTexts): SeedTexts {
  return editSeedFile(seed, /\/start-mumble\.sh$/, (content) => content.replace(/^while kill -0 "\$mumble"[\s\S]*?^done\n/m, ""));
}

/**
 * The display unit ready before its X socket exists (issue 14, item 8): no ExecStartPost that waits for the socket, so
 * the unit is active as soon as Xvfb is started, and an X server slow to create its socket (4 s, as on a busy
 * machine), so the session, x11vnc and Mumble start before they can connect. Each of them then fails and comes back
 * only through `Restart=`.
 */
export function displayReadyBeforeSocket(seed: SeedTexts): SeedTexts {
  return editSeedFile(seed, /^\/etc\/systemd\/system\/pairpac-desktop-display\.service$/, (content) =>
    content.replace(/^ExecStartPost=.*\n/gm, "").replace(/^ExecStart=(\/usr\/bin\/Xvfb .*)$/m, (_, cmd: string) => `ExecStart=/bin/sh -c "sleep 4; exec ${cmd}"`),
  );
}
