/**
 * External validators for the gateway's configuration files (private to the gateway tests; test/support/validators.ts
 * belongs to the cloudinit helper). A missing binary is a test failure, never a skip.
 *
 * Dovecot 2.4 and Compose v2 are not in Debian 12 (the host): they run from a Debian 13 root file system built once
 * with mmdebstrap into PAIRPAC_TRIXIE_ROOT (default /var/cache/pairpac/trixie-validators) and reused afterwards.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Result of one validator run. */
export interface ToolResult {
  readonly status: number | null;
  readonly output: string;
}

/** Runs a command, returning exit status and stdout+stderr. */
export function run(cmd: string, args: readonly string[], options: { cwd?: string; input?: string } = {}): ToolResult {
  const r = spawnSync(cmd, args, { cwd: options.cwd, input: options.input, encoding: "utf8", timeout: 120_000 });
  if (r.error) throw new Error(`cannot run ${cmd}: ${r.error.message}`);
  return { status: r.status, output: `${r.stdout ?? ""}${r.stderr ?? ""}` };
}

/** A fresh temporary directory. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `pairpac-${prefix}-`));
}

/** Writes `files` (relative path → content) below `dir`. */
export function writeTree(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [rel, content] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

const TRIXIE_ROOT = process.env.PAIRPAC_TRIXIE_ROOT ?? "/var/cache/pairpac/trixie-validators";

/** The Debian 13 validator root, built on first use (about 30 s; needs root and the Debian mirror). */
export function trixieRoot(): string {
  if (existsSync(join(TRIXIE_ROOT, "usr/bin/doveconf")) && existsSync(join(TRIXIE_ROOT, "usr/bin/docker-compose"))) return TRIXIE_ROOT;
  const tmp = `${TRIXIE_ROOT}.build-${process.pid}`;
  mkdirSync(dirname(TRIXIE_ROOT), { recursive: true });
  execFileSync("mmdebstrap", ["--variant=apt", "--include=dovecot-core,docker-compose", "trixie", tmp], { stdio: "pipe", timeout: 600_000 });
  if (!existsSync(TRIXIE_ROOT)) renameSync(tmp, TRIXIE_ROOT);
  else rmSync(tmp, { recursive: true, force: true });
  return TRIXIE_ROOT;
}

/** Runs `argv` inside the trixie root with `files` placed in a fresh directory there; returns the result. */
export function runInTrixie(files: Readonly<Record<string, string>>, argv: (dir: string) => string[]): ToolResult {
  const root = trixieRoot();
  mkdirSync(join(root, "tmp"), { recursive: true });
  const hostDir = mkdtempSync(join(root, "tmp", "pairpac-"));
  const inside = hostDir.slice(root.length);
  try {
    writeTree(hostDir, files);
    const [cmd, ...args] = argv(inside);
    return run("chroot", [root, cmd, ...args]);
  } finally {
    rmSync(hostDir, { recursive: true, force: true });
  }
}

/**
 * `doveconf -n -c FILE` with Dovecot 2.4 (trixie). `files` must contain `dovecot.conf`. The root gets the `vmail`
 * account (uid/gid 1000) that the dovecot/dovecot image has, because doveconf checks that configured users exist.
 */
export function doveconf(files: Readonly<Record<string, string>>): ToolResult {
  const root = trixieRoot();
  if (!readFileSync(join(root, "etc/passwd"), "utf8").split("\n").some((l) => l.startsWith("vmail:"))) {
    execFileSync("chroot", [root, "useradd", "--uid", "1000", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "vmail"]);
  }
  return runInTrixie(files, (dir) => ["doveconf", "-n", "-c", `${dir}/dovecot.conf`]);
}

/**
 * `docker-compose -f FILE config -q` with Compose v2 (trixie), which validates without an engine. `extraFiles`
 * (e.g. env files, which Compose requires to exist) are placed next to the Compose file.
 */
export function composeConfig(composeYaml: string, extraFiles: Readonly<Record<string, string>> = {}): ToolResult {
  return runInTrixie({ "compose.yaml": composeYaml, ...extraFiles }, (dir) => ["docker-compose", "-f", `${dir}/compose.yaml`, "config", "-q"]);
}

/** dclint (compose-spec JSON schema, offline) on a Compose file; returns the schema errors only. */
export function dclintSchemaErrors(composeYaml: string): string[] {
  const dir = tempDir("dclint");
  try {
    writeFileSync(join(dir, "compose.yaml"), composeYaml);
    const r = run(join(__dirname, "../../../node_modules/.bin/dclint"), ["--formatter", "json", join(dir, "compose.yaml")]);
    const json = r.output.slice(r.output.indexOf("["));
    const results = JSON.parse(json) as { messages: { rule: string; message: string }[] }[];
    return results.flatMap((f) => f.messages.filter((m) => m.rule === "invalid-schema" || m.rule === "invalid-yaml").map((m) => m.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A self-signed certificate and key (openssl), for configs that must load real files. */
export function testCertificate(dir: string, name = "example.org"): { cert: string; key: string } {
  const cert = join(dir, "fullchain.pem");
  const key = join(dir, "privkey.pem");
  const r = run("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2", "-subj", `/CN=${name}`, "-keyout", key, "-out", cert]);
  if (r.status !== 0) throw new Error(`openssl failed: ${r.output}`);
  return { cert, key };
}

/**
 * `nginx -t` on a complete nginx.conf written to a temp prefix. `files` are written below the prefix; the main file
 * is `nginx.conf`.
 */
export function nginxTest(prefix: string, files: Readonly<Record<string, string>>): ToolResult {
  writeTree(prefix, files);
  mkdirSync(join(prefix, "logs"), { recursive: true });
  return run("nginx", ["-t", "-q", "-p", prefix, "-c", join(prefix, "nginx.conf"), "-g", `pid ${join(prefix, "nginx.pid")};error_log ${join(prefix, "logs/error.log")};`]);
}

/** `sshd -t -f FILE` (with a throw-away host key), optionally with `-T -C` connection spec. */
export function sshdTest(configText: string, connectionSpec?: string): ToolResult {
  mkdirSync("/run/sshd", { recursive: true, mode: 0o755 });
  const dir = tempDir("sshd");
  const hostKey = join(dir, "host_ed25519");
  execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", hostKey]);
  const config = join(dir, "sshd_config");
  writeFileSync(config, `HostKey ${hostKey}\n${configText}`);
  const args = connectionSpec ? ["-T", "-f", config, "-C", connectionSpec] : ["-t", "-f", config];
  try {
    return run("/usr/sbin/sshd", args);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `postconf -c DIR -n` and `postfix -c DIR check` on a config directory holding main.cf and master.cf. */
export function postfixCheck(files: Readonly<Record<string, string>>): { postconf: ToolResult; check: ToolResult; dir: string } {
  const dir = tempDir("postfix");
  writeTree(dir, files);
  const postconf = run("/usr/sbin/postconf", ["-c", dir, "-n"]);
  const check = run("/usr/sbin/postfix", ["-c", dir, "check"]);
  return { postconf, check, dir };
}

/** `shellcheck` on a script body. */
export function shellcheck(script: string): ToolResult {
  return run("shellcheck", ["--shell=bash", "-"], { input: script });
}
