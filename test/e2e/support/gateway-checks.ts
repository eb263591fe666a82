// The gateway's configuration files, checked inside the booted machine by the programs that read them.
import * as path from "node:path";
import { parse } from "yaml";
import { BootReport } from "./boot";
import { RunResult, formatResult } from "./exec";
import { nginxContainer, withNginxMounts } from "./nginx-container";
import { ServiceRunner } from "./service-runner";
import { ARTIFACTS_DIR } from "./paths";

const cache = new WeakMap<BootReport, Promise<Record<string, string[]>>>();

function failed(what: string, r: RunResult): string[] {
  return r.code === 0 ? [] : [`${what} failed:\n${formatResult(r)}`];
}

/** Warnings a validator printed although it exited 0 (they count as problems). */
function warnings(what: string, r: RunResult): string[] {
  return `${r.stdout}\n${r.stderr}`
    .split("\n")
    .filter((l) => /\b(warning|fatal|error)\b/i.test(l))
    .map((l) => `${what}: ${l}`);
}

/** The single write_files entry whose path matches, or undefined. */
function fileMatching(report: BootReport, pattern: RegExp): string | undefined {
  const found = report.expected.files.filter((f) => pattern.test(f.path));
  if (found.length > 1) throw new Error(`more than one rendered file matches ${pattern}: ${found.map((f) => f.path).join(", ")}`);
  return found[0]?.path;
}

interface ComposeService {
  image?: string;
  volumes?: (string | { type?: string; source?: string; target?: string })[];
  environment?: Record<string, string> | string[];
}

/**
 * Runs `doveconf -n` the way the Dovecot container would see its files: the compose service's bind
 * mounts (host path → container path) are made inside the machine's private mount namespace first.
 */
async function doveconf(report: BootReport, composePath: string | undefined): Promise<string[]> {
  if (!composePath) return ["no compose file was rendered, so no Dovecot service to check"];
  const compose = parse(report.expected.files.find((f) => f.path === composePath)!.content.toString("utf8")) as { services?: Record<string, ComposeService> };
  const services = Object.entries(compose.services ?? {}).filter(([, s]) => /dovecot/.test(s.image ?? ""));
  if (services.length !== 1) return [`expected one Dovecot service in ${composePath}, found ${services.length}`];
  const [, svc] = services[0];
  const binds: [string, string][] = [];
  for (const v of svc.volumes ?? []) {
    if (typeof v === "string") {
      const [source, target] = v.split(":");
      if (source.startsWith("/")) binds.push([source, target]);
    } else if (v.type === "bind" && v.source && v.target) {
      binds.push([v.source, v.target]);
    }
  }
  const lines = ["set -e"];
  for (const [source, target] of binds) {
    lines.push(`if [ -d '${source}' ]; then mkdir -p '${target}'; else mkdir -p "$(dirname '${target}')"; touch '${target}'; fi`);
    lines.push(`mount --bind '${source}' '${target}'`);
  }
  // The image runs Dovecot as its own unprivileged account (uid/gid 1000, the ids the role gives the mail files);
  // the names the configuration uses for it must exist, as they do in the image: private copies of passwd/group.
  const conf = binds.find(([, t]) => t === "/etc/dovecot")?.[0];
  const confText = conf ? report.machine.readFile(`${conf}/dovecot.conf`) : "";
  const accounts = [...confText.matchAll(/^\s*default_(?:internal|login)_(user|group)\s*=\s*(\S+)/gm)].map((m) => [m[1], m[2]] as const);
  lines.push("cp /etc/passwd /run/e2e-passwd && cp /etc/group /run/e2e-group");
  for (const [kind, name] of accounts) {
    const file = kind === "user" ? "passwd" : "group";
    const entry = kind === "user" ? `${name}:x:1000:1000::/srv/vmail:/usr/sbin/nologin` : `${name}:x:1000:`;
    lines.push(`getent ${file} '${name}' >/dev/null || echo '${entry}' >> /run/e2e-${file}`);
  }
  lines.push("mount --bind /run/e2e-passwd /etc/passwd && mount --bind /run/e2e-group /etc/group");
  lines.push("exec doveconf -n");
  const env: Record<string, string> = {};
  if (Array.isArray(svc.environment)) {
    for (const e of svc.environment) env[e.slice(0, e.indexOf("="))] = e.slice(e.indexOf("=") + 1);
  } else Object.assign(env, svc.environment ?? {});
  const r = await report.machine.exec(["bash", "-c", lines.join("\n")], { machineEnv: env });
  return [...failed("doveconf -n (with the Dovecot container's bind mounts)", r), ...warnings("doveconf", r)];
}

/** `nginx -t` (Debian's nginx, the image's version) on the files as the nginx container sees them. */
async function nginxTest(report: BootReport): Promise<string[]> {
  const c = nginxContainer(report);
  const r = await report.machine.exec(["bash", "-c", withNginxMounts(c, ["/usr/sbin/nginx", "-t"])]);
  return [...failed(`nginx -t (with the ${c.service} container's bind mounts)`, r), ...warnings("nginx -t", r)];
}

async function startPre(report: BootReport, unit: string, what: string): Promise<string[]> {
  const runner = new ServiceRunner(report.machine, unit, { network: { kind: "none" }, logFile: path.join(ARTIFACTS_DIR, report.machine.name, `${unit}-pre.log`) });
  const results = await runner.startPreChecks();
  if (results.length === 0) return [`${unit} has no ExecStartPre= check to run`];
  return results.flatMap((r) => [...failed(`${what} (${unit} ExecStartPre)`, r), ...warnings(what, r)]);
}

/**
 * Every validator of the gateway, run once per booted machine: `docker-compose config -q` on the
 * Compose file, `nginx -t` and `doveconf -n` with the nginx and Dovecot containers' mounts, sshd's own start check
 * (ExecStartPre of ssh.service: `sshd -t`), and `postfix check`.
 */
export function gatewayValidators(report: BootReport): Promise<Record<string, string[]>> {
  let p = cache.get(report);
  if (!p) {
    p = (async () => {
      const m = report.machine;
      const composePath = fileMatching(report, /(^|\/)(docker-)?compose\.ya?ml$/);
      const compose = composePath
        ? await m.exec(["env", "--chdir", path.dirname(composePath), "docker-compose", "-f", composePath, "config", "-q"])
        : undefined;
      const postfix = await m.exec(["postfix", "check"]);
      return {
        "docker-compose config": compose ? [...failed("docker-compose config -q", compose), ...warnings("docker-compose", compose)] : ["no compose file was rendered"],
        "nginx -t": await nginxTest(report),
        "doveconf -n": await doveconf(report, composePath),
        "postfix check": [...failed("postfix check", postfix), ...warnings("postfix check", postfix)],
        "sshd -t": await startPre(report, "ssh.service", "sshd -t"),
      };
    })();
    cache.set(report, p);
  }
  return p;
}
