/**
 * Conformance-tier support: runs a bash script as root in a private mount and network namespace of this machine, with
 * copy-on-write overlays over /etc, /var, /usr/local and /home (their upper layers persist in the sandbox's folder from
 * one run to the next) and a private /run. A delivery can then write /etc/ssh, /etc/pairpac, /var/www, /usr/local/sbin,
 * create users or restart a private sshd without changing anything of this machine. What a run wrote is read back from
 * the upper layers with {@link DeliverySandbox.written}.
 */
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The trees a sandbox overlays (their changes land in `<dir>/ov/<name>.up`). */
const OVERLAID = ["/etc", "/var", "/usr/local", "/home"] as const;

/** Result of one run. */
export interface SandboxRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A file as a run left it in an upper layer. */
export interface WrittenFile {
  readonly content: string;
  /** `uid:gid`. */
  readonly owner: string;
  /** Four octal digits. */
  readonly mode: string;
}

/** One sandbox: a folder holding the overlays' upper layers and anything a test puts there. */
export class DeliverySandbox {
  /** The sandbox's folder on this machine (outside the overlaid trees). */
  public readonly dir: string;

  public constructor(prefix: string) {
    this.dir = mkdtempSync(join(tmpdir(), `pairpac-${prefix}-`));
    for (const tree of OVERLAID) mkdirSync(join(this.dir, "ov", `${name(tree)}.up`), { recursive: true });
  }

  /** Runs `script` (bash, strict mode) in a fresh namespace over the sandbox's persistent layers. */
  public run(script: string, timeoutMs = 240_000): SandboxRun {
    const setup = [
      "set -euo pipefail",
      ...OVERLAID.map((tree) => {
        const base = join(this.dir, "ov", name(tree));
        return `rm -rf ${base}.work && mkdir -p ${base}.work && mount -t overlay overlay -o lowerdir=${tree},upperdir=${base}.up,workdir=${base}.work ${tree}`;
      }),
      "mount -t tmpfs -o mode=0755 tmpfs /run",
      "mkdir -p /run/sshd",
      "ip link set lo up",
    ].join("\n");
    const file = join(this.dir, `run-${Date.now()}-${Math.random().toString(36).slice(2)}.sh`);
    writeFileSync(file, `${setup}\n${script}\n`, { mode: 0o700 });
    const r = spawnSync("unshare", ["--mount", "--propagation", "private", "--net", "--pid", "--fork", "--kill-child", "bash", file], { encoding: "utf8", timeout: timeoutMs });
    if (r.error) throw new Error(`cannot run unshare: ${r.error.message}`);
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  /** The file at `path` as the runs so far wrote it, or undefined when no run wrote it. */
  public written(path: string): WrittenFile | undefined {
    const tree = OVERLAID.find((t) => path.startsWith(`${t}/`));
    if (tree === undefined) throw new Error(`${path} is not below an overlaid tree (${OVERLAID.join(", ")})`);
    const upper = join(this.dir, "ov", `${name(tree)}.up`, path.slice(tree.length));
    if (!existsSync(upper) || !lstatSync(upper).isFile()) return undefined;
    const st = statSync(upper);
    // A character device 0/0 in an upper layer is an overlay whiteout (a deleted file): not a file.
    return { content: readFileSync(upper, "utf8"), owner: `${st.uid}:${st.gid}`, mode: (st.mode & 0o7777).toString(8).padStart(4, "0") };
  }

  /** Whether `path` is gone for the runs: an overlay whiteout, or in neither the upper layer nor this machine. */
  public removed(path: string): boolean {
    const tree = OVERLAID.find((t) => path.startsWith(`${t}/`));
    if (tree === undefined) return false;
    const upper = join(this.dir, "ov", `${name(tree)}.up`, path.slice(tree.length));
    if (existsSync(upper) || isDangling(upper)) return lstatSync(upper).isCharacterDevice();
    return !existsSync(path);
  }

  /** The owner (`uid:gid`) and mode of a directory a run created or changed, or undefined. */
  public directory(path: string): { owner: string; mode: string } | undefined {
    const tree = OVERLAID.find((t) => path.startsWith(`${t}/`));
    if (tree === undefined) return undefined;
    const upper = join(this.dir, "ov", `${name(tree)}.up`, path.slice(tree.length));
    if (!existsSync(upper) || !lstatSync(upper).isDirectory()) return undefined;
    const st = statSync(upper);
    return { owner: `${st.uid}:${st.gid}`, mode: (st.mode & 0o7777).toString(8).padStart(4, "0") };
  }

  /** Removes the sandbox's folder. */
  public dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function isDangling(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function name(tree: string): string {
  return tree.slice(1).replace(/\//g, "-");
}

/** Single-quotes a word for bash. */
export function shq(word: string): string {
  return `'${word.replace(/'/g, "'\\''")}'`;
}

/**
 * Stand-ins the delivery tests install in a sandbox's /usr/local/bin (first on root's and sudo's PATH): `systemctl` and
 * `docker` record their arguments in /var/lib/pairpac-test/calls and succeed (`systemctl is-active
 * pairpac-compose.service` once it was started; `reload-or-restart ssh.service` sends SIGHUP to the sandbox's sshd,
 * whose pid is in /var/lib/pairpac-test/sshd.pid); a command fails while /var/lib/pairpac-test/fail-<word> exists for
 * one of its words. No systemd and no Docker run here.
 */
export const ACTION_STUBS = `mkdir -p /var/lib/pairpac-test
cat > /usr/local/bin/systemctl << 'STUB'
#!/usr/bin/env bash
t=/var/lib/pairpac-test
for w in "$@"; do [ ! -e "$t/fail-$w" ] || { echo "systemctl $*: failing on purpose" >&2; exit 1; }; done
[ "$1" = is-active ] || echo "systemctl $*" >> $t/calls
case "$1 \${*: -1}" in
  "is-active pairpac-compose.service") [ -e $t/compose-active ] ;;
  "start pairpac-compose.service") touch $t/compose-active ;;
  "reload-or-restart ssh.service") [ ! -s $t/sshd.pid ] || kill -HUP "$(cat $t/sshd.pid)" ;;
esac
STUB
cat > /usr/local/bin/docker << 'STUB'
#!/usr/bin/env bash
t=/var/lib/pairpac-test
for w in "$@"; do [ ! -e "$t/fail-$w" ] || { echo "docker $*: failing on purpose" >&2; exit 1; }; done
echo "docker $*" >> $t/calls
STUB
chmod 0755 /usr/local/bin/systemctl /usr/local/bin/docker`;
