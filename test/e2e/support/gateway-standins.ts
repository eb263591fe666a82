// Test-only stand-ins for the gateway's containers. No container registry is reachable here, so `docker compose up`
// cannot pull the images. Each Compose service whose software Debian 13 packages is run as a systemd unit of its own,
// derived from the rendered compose.yaml: the service's volumes become BindPaths/BindReadOnlyPaths (the rendered files
// at the paths the container sees them), its environment and env_file become Environment/EnvironmentFile, it runs as
// the image's user, published ports with another container port get a userland proxy (as docker-proxy is), and the
// Compose networks become bridges with the gateway addresses Docker would give them. A drop-in of the compose unit
// starts them instead of `docker compose up`.
import { parse } from "yaml";

/** A stand-in for one Compose service. */
export interface StandIn {
  readonly service: string;
  readonly image: string;
  /** What runs instead of the image, and from which Debian package. */
  readonly runs: string;
}

/** What the stand-ins cover and what they do not. */
export interface StandInPlan {
  /** Files to add to the gateway's root before its first boot (path → content). */
  readonly files: Record<string, string>;
  readonly standIns: StandIn[];
  /** Compose services that run nothing here, with why. */
  readonly notRun: { service: string; image: string; why: string }[];
  /** Unit names of the stand-ins (pairpac-e2e-app-<service>.service). */
  readonly units: string[];
}

interface ComposeService {
  image: string;
  user?: string;
  command?: string[];
  tmpfs?: string[];
  environment?: Record<string, string>;
  env_file?: string[];
  volumes?: string[];
  ports?: string[];
  networks?: string[];
  network_mode?: string;
}
interface Compose {
  services: Record<string, ComposeService>;
  networks?: Record<string, { driver_opts?: Record<string, string>; ipam?: { config?: { subnet: string; gateway: string }[] } }>;
}

/** The image's own user (numeric), as the project chowns the files it reads. */
export interface ImageUsers {
  readonly mumble: number;
  readonly dovecot: number;
}

const COMPOSE_UNIT = "pairpac-compose.service";
const IMAGE_USERS_UNIT = "pairpac-e2e-image-users.service";
/** Prefix of the image users the harness adds (vmail keeps its name: Dovecot's configuration names it). */
const IMAGE_USER_PREFIX = "e2e-image-";

function unitFor(service: string): string {
  return `pairpac-e2e-app-${service}.service`;
}

/** systemd quoting of one argument. */
function q(a: string): string {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `"${a.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/**
 * Builds the stand-ins from the rendered compose.yaml. `vncTarget` is the address guacd would connect to for the
 * desktop (the tunnel end from user-mapping.xml); noVNC's websockify connects there instead.
 */
export function planStandIns(composeYaml: string, users: ImageUsers, vncTarget: { host: string; port: number }): StandInPlan {
  const compose = parse(composeYaml) as Compose;
  const files: Record<string, string> = {};
  const standIns: StandIn[] = [];
  const notRun: StandInPlan["notRun"] = [];
  const units: string[] = [];

  // Compose networks: a bridge per network with Docker's gateway address; each container gets the next address.
  const netSetup: string[] = [];
  const containerIp: Record<string, string> = {};
  const nextHost: Record<string, number> = {};
  for (const [name, net] of Object.entries(compose.networks ?? {})) {
    const bridge = net.driver_opts?.["com.docker.network.bridge.name"] ?? `br-${name}`;
    const cfg = net.ipam?.config?.[0];
    if (!cfg) continue;
    const prefix = cfg.subnet.split("/")[1];
    netSetup.push(`ip link show ${bridge} >/dev/null 2>&1 || ip link add ${bridge} type bridge`, `ip addr replace ${cfg.gateway}/${prefix} dev ${bridge}`, `ip link set ${bridge} up`);
    nextHost[name] = Number(cfg.gateway.split(".")[3]) + 1;
  }
  for (const [service, svc] of Object.entries(compose.services)) {
    const net = svc.networks?.[0];
    if (!net || nextHost[net] === undefined) continue;
    const cfg = compose.networks![net]!.ipam!.config![0]!;
    const ip = `${cfg.gateway.split(".").slice(0, 3).join(".")}.${nextHost[net]!++}`;
    containerIp[service] = ip;
    const bridge = compose.networks![net]!.driver_opts?.["com.docker.network.bridge.name"] ?? `br-${net}`;
    netSetup.push(`ip addr replace ${ip}/32 dev ${bridge}`);
  }

  const projectEnvFiles = [...new Set(Object.values(compose.services).flatMap((x) => x.env_file ?? []))].sort();
  for (const [service, svc] of Object.entries(compose.services)) {
    const repo = svc.image.split(":")[0] ?? svc.image;
    const common: string[] = [];
    for (const v of svc.volumes ?? []) {
      const [host, inside, mode] = v.split(":");
      if (!host || !inside) continue;
      common.push(`${mode === "ro" ? "BindReadOnlyPaths" : "BindPaths"}=${host}:${inside}`);
    }
    for (const [k, v] of Object.entries(svc.environment ?? {})) common.push(`Environment=${q(`${k}=${v}`)}`);
    for (const f of svc.env_file ?? []) common.push(`EnvironmentFile=${f}`);
    const mounts = (svc.volumes ?? []).map((v) => v.split(":")[0]).filter((p): p is string => !!p && p.startsWith("/srv/"));

    let body: string[] | undefined;
    let runs = "";
    if (repo === "mumblevoip/mumble-server") {
      // The image's entrypoint sets the SuperUser password from MUMBLE_SUPERUSER_PASSWORD, then runs the server in
      // the foreground with the custom configuration file.
      runs = "mumble-server 1.5.735 (Debian 13 package mumble-server)";
      body = [
        `User=${IMAGE_USER_PREFIX}mumble`,
        `Group=${IMAGE_USER_PREFIX}mumble`,
        ...common,
        `ExecStartPre=/bin/sh -c 'exec /usr/bin/mumble-server -ini "$MUMBLE_CUSTOM_CONFIG_FILE" -supw "$MUMBLE_SUPERUSER_PASSWORD"'`,
        `ExecStart=/bin/sh -c 'exec /usr/bin/mumble-server -fg -ini "$MUMBLE_CUSTOM_CONFIG_FILE"'`,
        "KillSignal=SIGTERM",
      ];
    } else if (repo === "dovecot/dovecot") {
      // The image's user vmail (its own uid) must exist for default_internal_user/default_login_user.
      runs = "dovecot 2.4.1 (Debian 13 packages dovecot-core, dovecot-imapd, dovecot-lmtpd)";
      body = [
        ...common,
        "ExecStart=/usr/sbin/dovecot -F -c /etc/dovecot/dovecot.conf",
        "RuntimeDirectory=dovecot",
      ];
    } else if (repo === "nginx") {
      // The official image runs its CMD (`nginx -g "daemon off;"`) after entrypoint scripts that only template
      // files the project does not use; Debian 13's nginx (same 1.26 line) runs the same command with the same files.
      runs = "nginx 1.26 (Debian 13 package nginx)";
      const argv = svc.command ?? ["nginx", "-g", "daemon off;"];
      body = [
        ...common,
        ...(svc.tmpfs ?? []).filter((t) => t !== "/run").map((t) => `TemporaryFileSystem=${t}`),
        `ExecStart=/usr/sbin/${argv.map(q).join(" ")}`,
        "ExecReload=/usr/sbin/nginx -s reload",
      ];
    } else if (repo === "guacamole/guacamole") {
      // guacd + the Guacamole web app have no Debian package: noVNC over websockify serves the desktop through the
      // same tunnel end guacd connects to, at the same address and path nginx proxies (/guacamole/ → 127.0.0.1:8080).
      runs = `noVNC + websockify (Debian 13 packages novnc, websockify) → ${vncTarget.host}:${vncTarget.port}`;
      const listen = (svc.ports ?? [])[0]?.split(":");
      const listenAddr = listen && listen.length === 3 ? `${listen[0]}:${listen[1]}` : "127.0.0.1:8080";
      body = [
        "ExecStartPre=/bin/sh -c 'mkdir -p /run/pairpac-e2e-novnc && ln -sfn /usr/share/novnc /run/pairpac-e2e-novnc/guacamole'",
        `ExecStart=/usr/bin/websockify --web /run/pairpac-e2e-novnc ${listenAddr} ${vncTarget.host}:${vncTarget.port}`,
        "RuntimeDirectory=pairpac-e2e-novnc",
        "RuntimeDirectoryPreserve=no",
      ];
    } else {
      notRun.push({ service, image: svc.image, why: repo === "guacamole/guacd" ? "no Debian package (guacd)" : repo === "rankenstein/mumble-web" ? "no Debian package (mumble-web)" : "no stand-in" });
      continue;
    }
    const proxies: string[] = [];
    for (const p of svc.ports ?? []) {
      const [spec, proto = "tcp"] = p.split("/");
      const parts = (spec ?? "").split(":");
      const [hostIp, hostPort, cPort] = parts.length === 3 ? parts : ["0.0.0.0", parts[0], parts[1]];
      if (hostPort === cPort || repo === "guacamole/guacamole") continue; // the app listens on the host port itself
      if (proto !== "tcp") throw new Error(`stand-in for ${service}: only TCP ports can be proxied (${p})`);
      const target = containerIp[service] ?? "127.0.0.1";
      const name = `pairpac-e2e-port-${service}-${hostPort}`;
      files[`/etc/systemd/system/${name}.socket`] = unit({
        Unit: [`Description=e2e stand-in for docker-proxy: ${hostIp}:${hostPort} → ${service}:${cPort}`, `PartOf=${unitFor(service)}`],
        Socket: [`ListenStream=${hostIp}:${hostPort}`, "FreeBind=yes"],
      });
      files[`/etc/systemd/system/${name}.service`] = unit({
        Unit: [`Description=e2e stand-in for docker-proxy: ${hostIp}:${hostPort} → ${service}:${cPort}`, `Requires=${name}.socket`, `After=${name}.socket ${unitFor(service)}`],
        Service: [`ExecStart=/usr/lib/systemd/systemd-socket-proxyd ${target}:${cPort}`],
      });
      proxies.push(`${name}.socket`);
    }
    const u = unitFor(service);
    files[`/etc/systemd/system/${u}`] = unit({
      Unit: [
        `Description=e2e stand-in for Compose service ${service} (${svc.image}): ${runs}`,
        // Compose creates no container of the project while an env_file of it is missing (the first delivery brings
        // it), and Docker restarts a container for ever (restart: unless-stopped).
        ...projectEnvFiles.map((f) => `ConditionPathExists=${f}`),
        "StartLimitIntervalSec=0",
        `PartOf=${COMPOSE_UNIT}`,
        `Requires=${IMAGE_USERS_UNIT}`,
        `After=${COMPOSE_UNIT} ${IMAGE_USERS_UNIT}`,
        ...(proxies.length ? [`Wants=${proxies.join(" ")}`] : []),
        ...(mounts.length ? [`RequiresMountsFor=${mounts.join(" ")}`] : []),
      ],
      Service: [...body, "Restart=always", "RestartSec=2"],
    });
    units.push(u);
    standIns.push({ service, image: svc.image, runs });
  }

  // The images' own users, with the images' uids (the role chowns what each container reads to these numbers). Made
  // when the stand-ins first start, after cloud-init made the machine's users, so no uid of the role's moves;
  // --non-unique because a container's uid may be a host user's too (e.g. 1000), exactly as with Docker.
  // A service's own `user:` (numeric uid:gid in the rendered compose.yaml) wins over the image's default user.
  const mumbleUid = Number(/^(\d+)(?::\d+)?$/.exec(compose.services.mumble?.user ?? "")?.[1] ?? users.mumble);
  const imageUsers: [string, number, string][] = [
    [`${IMAGE_USER_PREFIX}mumble`, mumbleUid, "/data"],
    ["vmail", users.dovecot, "/srv/vmail"],
  ];
  files[`/etc/systemd/system/${IMAGE_USERS_UNIT}`] = unit({
    Unit: ["Description=e2e: the container images' users for the stand-ins"],
    Service: [
      "Type=oneshot",
      "RemainAfterExit=yes",
      ...imageUsers.map(
        ([n, uid, home]) =>
          `ExecStart=/bin/sh -c 'getent group ${n} >/dev/null || groupadd --system --non-unique --gid ${uid} ${n}; ` +
          `getent passwd ${n} >/dev/null || useradd --system --non-unique --uid ${uid} --gid ${uid} --no-create-home --home-dir ${home} --shell /usr/sbin/nologin ${n}'`,
      ),
    ],
  });
  files[`/etc/systemd/system/${COMPOSE_UNIT}.d/90-pairpac-e2e.conf`] = unit({
    Unit: ["# PairPac e2e: the containers' software from Debian packages instead of `docker compose up` (no registry here).", `Wants=${units.join(" ")}`],
    Service: ["ExecStart=", `ExecStart=/bin/sh -c ${q(netSetup.join(" && "))}`, "ExecStop=", "ExecStop=/bin/true"],
  });
  // The docker CLI as the gateway's delivery actions use it (reload-containers.sh), for the stand-ins: a signal to a
  // service goes to its unit's main process (as Compose sends it to the container's PID 1), a forced re-creation
  // restarts the unit (its EnvironmentFile and bind mounts are read again, as a new container reads them), and
  // `exec -T nginx nginx -s reload` is the nginx unit's reload. Anything else fails, naming what it was asked.
  const byService = standIns.map((x) => `    ${x.service}) unit=${unitFor(x.service)} ;;`).join("\n");
  files["/usr/local/bin/docker"] = `#!/usr/bin/env bash
# PairPac e2e: stands in for the docker CLI (no engine runs here); see test/e2e/support/gateway-standins.ts.
set -euo pipefail
echo "docker $*" >> /var/log/pairpac-e2e-docker.log
args=("$@")
[ "\${args[0]:-}" = compose ] || { echo "docker (e2e stand-in): only 'docker compose' is supported: $*" >&2; exit 1; }
args=("\${args[@]:1}")
if [ "\${args[0]:-}" = -f ]; then args=("\${args[@]:2}"); fi
last="\${args[\${#args[@]}-1]}"
unit_of() {
  case "$1" in
${byService}
    *) echo "docker (e2e stand-in): no stand-in for service $1" >&2; exit 1 ;;
  esac
  echo "$unit"
}
case "\${args[*]}" in
  "kill -s "*) exec systemctl kill --kill-whom=main -s "\${args[2]}" "$(unit_of "$last")" ;;
  "up -d --no-deps --force-recreate "*) exec systemctl restart "$(unit_of "$last")" ;;
  "exec -T nginx nginx -s reload") exec systemctl reload "$(unit_of nginx)" ;;
  *) echo "docker (e2e stand-in): not supported: docker $*" >&2; exit 1 ;;
esac
`;
  // The engine itself: nothing to run without images. Its units stay in place (the compose unit requires them).
  for (const engine of ["docker.service", "containerd.service"]) {
    files[`/etc/systemd/system/${engine}.d/90-pairpac-e2e.conf`] = unit({
      Service: ["# PairPac e2e: no container engine runs here (no images); the unit stands in for it.", "Type=simple", "ExecStart=", "ExecStart=/bin/sleep infinity", "ExecStartPre=", "ExecStartPost=", "ExecReload=", "ExecReload=/bin/true"],
    });
  }
  return { files, standIns, notRun, units };
}

function unit(sections: Record<string, string[]>): string {
  return Object.entries(sections).map(([s, lines]) => `[${s}]\n${lines.join("\n")}\n`).join("\n");
}
