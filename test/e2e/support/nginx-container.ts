// The gateway's nginx runs in a container (official image). No image can be pulled here, so the tests run Debian 13's
// nginx (the same version, 1.26.3) inside the booted machine with the container's view of the files: the Compose
// service's bind mounts are made in the machine's private mount namespace, then the service's command runs.
import { parse } from "yaml";
import type { BootReport } from "./boot";

/** One bind mount of a Compose service. */
export interface BindMount {
  readonly host: string;
  readonly inside: string;
  readonly readOnly: boolean;
}

/** What the nginx container sees and runs, read from the rendered compose.yaml. */
export interface NginxContainer {
  /** Compose service name. */
  readonly service: string;
  readonly image: string;
  readonly binds: readonly BindMount[];
  /** The service's command (the image's CMD when absent). */
  readonly command: readonly string[];
  readonly networkMode?: string;
  /** Path of the rendered compose.yaml. */
  readonly composePath: string;
}

interface ComposeService {
  image?: string;
  command?: string[];
  volumes?: string[];
  network_mode?: string;
}

/** The nginx service (image `nginx:*`) of the rendered compose.yaml in the booted gateway's write_files. */
export function nginxContainer(report: BootReport): NginxContainer {
  const composeFile = report.expected.files.find((f) => /(^|\/)compose\.ya?ml$/.test(f.path));
  if (!composeFile) throw new Error("the gateway rendered no compose.yaml, so there is no nginx container to run");
  const compose = parse(composeFile.content.toString("utf8")) as { services?: Record<string, ComposeService> };
  const found = Object.entries(compose.services ?? {}).filter(([, s]) => /^nginx:/.test(s.image ?? ""));
  if (found.length !== 1) throw new Error(`expected one nginx service (image nginx:*) in ${composeFile.path}, found ${found.map(([n]) => n).join(", ") || "none"}`);
  const [service, svc] = found[0];
  const binds = (svc.volumes ?? []).map((v) => {
    const [host, inside, mode] = v.split(":");
    if (!host?.startsWith("/") || !inside) throw new Error(`nginx volume ${v} is not a bind mount of an absolute host path`);
    return { host, inside, readOnly: mode === "ro" };
  });
  return { service, image: svc.image!, binds, command: svc.command ?? ["nginx", "-g", "daemon off;"], networkMode: svc.network_mode, composePath: composeFile.path };
}

/** Single-quotes a word for bash. */
function sq(s: string): string {
  return `'${s.replace(/'/g, "'\\''")}'`;
}

/**
 * A bash script (run inside the machine) that makes the container's bind mounts and then runs `argv` (default: the
 * container's command, with nginx at Debian's /usr/sbin/nginx).
 */
export function withNginxMounts(c: NginxContainer, argv?: readonly string[]): string {
  const lines = ["set -euo pipefail"];
  for (const b of c.binds) {
    lines.push(`if [ -d ${sq(b.host)} ]; then mkdir -p ${sq(b.inside)}; else mkdir -p "$(dirname ${sq(b.inside)})"; [ -e ${sq(b.inside)} ] || touch ${sq(b.inside)}; fi`);
    lines.push(`mount --bind ${sq(b.host)} ${sq(b.inside)}`);
    if (b.readOnly) lines.push(`mount -o remount,bind,ro ${sq(b.inside)}`);
  }
  const cmd = argv ?? c.command.map((a, i) => (i === 0 && a === "nginx" ? "/usr/sbin/nginx" : a));
  lines.push(`exec ${cmd.map(sq).join(" ")}`);
  return lines.join("\n") + "\n";
}
