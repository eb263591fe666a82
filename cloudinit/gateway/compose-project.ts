import type { ComposeFile, ComposeService } from "../serializers/compose";
import { GUACAMOLE_JAVA_OPTS, memLimit, MUMBLE_WEB_MAX_PROCESSES } from "./memory-plan";
import { CONTAINER_PORTS, GATEWAY_NETWORKS, GATEWAY_PORTS } from "./gateway-ports";
import { GATEWAY_IMAGES, IMAGE_UIDS } from "./images";
import { GATEWAY_PATHS } from "./layout";
import { NGINX_CONTAINER_PATHS } from "./nginx-site";

/** Compose project name (also the systemd unit's working set). */
export const COMPOSE_PROJECT = "pairpac";

/** Logs of every container: json-file, at most 3 × 10 MB. One shared object: YAML writes it once (anchor). */
const LOGGING = { driver: "json-file", options: { "max-size": "10m", "max-file": "3" } } as const;

/** No privilege escalation inside any container (shared object, written once). */
const NO_NEW_PRIVILEGES: readonly string[] = ["no-new-privileges:true"];

/** Settings every service shares: restart policy, memory limit from the memory plan, capped logs, no privilege escalation. */
function base(component: string, image: string): Pick<ComposeService, "image" | "restart" | "mem_limit" | "logging" | "security_opt"> {
  return { image, restart: "unless-stopped", mem_limit: memLimit(component), logging: LOGGING, security_opt: NO_NEW_PRIVILEGES };
}

/**
 * The Compose `command` of guacd: options only. The image's ENTRYPOINT `/opt/guacamole/entrypoint.sh` already runs
 * `exec /opt/guacamole/sbin/guacd -f -b 0.0.0.0 -L <LOG_LEVEL, default info> "$@"`, so these arguments follow its own;
 * guacd's getopt loop replaces the bind host and port on every `-b` / `-l`, so the last one (ours) wins. A command
 * that starts with the binary's path would be a non-option at which musl's getopt stops, leaving guacd on 0.0.0.0.
 * Checked in apache/guacamole-server at tag 1.6.0: Dockerfile (ENTRYPOINT), src/guacd-docker/bin/entrypoint.sh,
 * src/guacd/conf-args.c (`guacd_conf_parse_args`).
 */
export const GUACD_OPTIONS: readonly string[] = ["-b", GATEWAY_NETWORKS.guac.gateway, "-l", String(GATEWAY_PORTS.guacd)];

/** A TCP connect check that needs only bash (`/dev/tcp`). */
function bashTcpCheck(host: string, port: number): ComposeService["healthcheck"] {
  return { test: ["CMD", "bash", "-c", `exec 3<>/dev/tcp/${host}/${port}`] };
}

/** The Compose command of nginx: the image's own CMD, written out so every reader of compose.yaml sees what runs. */
export const NGINX_COMMAND: readonly string[] = ["nginx", "-g", "daemon off;"];

/**
 * The nginx service. Host networking, for three reasons: the clients' own addresses reach nginx (and through
 * X-Forwarded-For, Guacamole's RemoteIpValve) for IPv4 and IPv6 alike, where a published port on a Docker without IPv6
 * is relayed by docker-proxy and shows the bridge's address; the apps stay where they are, on their 127.0.0.1
 * publications (no second address plan, nothing else can reach them); and no docker-proxy process per published port on
 * the 1 GiB machine. The container keeps its own file system, read-only, with tmpfs for the pid file and the temp files,
 * and the gateway's files mounted read-only: the configuration, the web root and the container's copy of the
 * certificate (container-files.sh). A new certificate is loaded with `docker compose exec nginx nginx -s reload` (the
 * compose unit's reload): the master starts new workers, the old ones finish their open connections first.
 */
function nginxService(): ComposeService {
  return {
    ...base("nginx", GATEWAY_IMAGES.nginx),
    network_mode: "host",
    command: NGINX_COMMAND,
    environment: { NGINX_ENTRYPOINT_QUIET_LOGS: "1" },
    volumes: [
      `${GATEWAY_PATHS.nginxConf}:${NGINX_CONTAINER_PATHS.conf}:ro`,
      `${GATEWAY_PATHS.tlsCopies}/nginx:${NGINX_CONTAINER_PATHS.tls}:ro`,
      `${GATEWAY_PATHS.webRoot}:${NGINX_CONTAINER_PATHS.webRoot}:ro`,
    ],
    read_only: true,
    // The pid file (/var/run is a link to /run in the image's Debian base) and nginx's temp folders.
    tmpfs: ["/run", "/var/cache/nginx"],
    healthcheck: bashTcpCheck("127.0.0.1", GATEWAY_PORTS.https),
  };
}

/**
 * The gateway's Compose project.
 *
 * - guacd runs with host networking (it must reach the desktops' tunnel ports on 127.0.0.1) and binds only to the
 *   gateway address of the private `guac` bridge, where only the Guacamole web app is.
 * - nginx runs with host networking too and binds 80 and 443 on the host's addresses itself (see `nginxService`).
 * - Only Mumble (64738 tcp+udp) and IMAPS (993) are published on all addresses; everything else on 127.0.0.1.
 */
export function gatewayCompose(options: { readonly mail: boolean }): ComposeFile {
  const loop = (host: number, container: number) => `127.0.0.1:${host}:${container}`;
  const services: Record<string, ComposeService> = {
    guacd: {
      ...base("guacd", GATEWAY_IMAGES.guacd),
      network_mode: "host",
      command: GUACD_OPTIONS,
      healthcheck: { test: ["CMD", "nc", "-z", GATEWAY_NETWORKS.guac.gateway, String(GATEWAY_PORTS.guacd)] },
    },
    guacamole: {
      ...base("guacamole", GATEWAY_IMAGES.guacamole),
      depends_on: ["guacd"],
      networks: ["guac"],
      ports: [loop(GATEWAY_PORTS.guacamoleLoopback, CONTAINER_PORTS.guacamole)],
      environment: {
        GUACD_HOSTNAME: GATEWAY_NETWORKS.guac.gateway,
        GUACD_PORT: String(GATEWAY_PORTS.guacd),
        GUACAMOLE_HOME: "/etc/guacamole",
        REMOTE_IP_VALVE_ENABLED: "true",
        JAVA_OPTS: GUACAMOLE_JAVA_OPTS,
      },
      volumes: [`${GATEWAY_PATHS.guacamoleHome}:/etc/guacamole:ro`],
      healthcheck: bashTcpCheck("127.0.0.1", CONTAINER_PORTS.guacamole),
    },
    mumble: {
      ...base("mumble", GATEWAY_IMAGES.mumble),
      // Started as its own uid, the entrypoint ends in `exec "${server_invocation[@]}"`: mumble-server is PID 1 and
      // gets Compose's SIGTERM. Started as root, the image's entrypoint drops privileges with su-exec, and between
      // 2025-01-10 (PUID/PGID support) and 2025-03-11 (commit 81dae4b) it did so without `exec`, leaving bash as PID 1,
      // which ignores SIGTERM, so Compose killed the server after 10 s. The v1.5.735 image is built from whatever
      // mumble-docker commit was current at build time (no tag in that repository; Mumble 1.5.735 was released in
      // December 2024), so the uid is set here and every entrypoint version takes the exec path. The files the server
      // reads are owned by or readable for this uid (container-files.sh). Checked in mumble-voip/mumble-docker:
      // entrypoint.sh and Dockerfile at e61111b, f1d9bea, 8b2015b and a0ab293.
      user: `${IMAGE_UIDS.mumble}:${IMAGE_UIDS.mumble}`,
      networks: ["apps"],
      ports: [`${GATEWAY_PORTS.mumble}:64738/tcp`, `${GATEWAY_PORTS.mumble}:64738/udp`],
      environment: { MUMBLE_CUSTOM_CONFIG_FILE: "/etc/mumble/mumble-server.ini" },
      env_file: [GATEWAY_PATHS.mumbleEnv],
      volumes: [
        `${GATEWAY_PATHS.mumbleData}:/data`,
        `${GATEWAY_PATHS.mumbleIni}:/etc/mumble/mumble-server.ini:ro`,
        `${GATEWAY_PATHS.tlsCopies}/mumble:/etc/mumble/tls:ro`,
      ],
      healthcheck: bashTcpCheck("127.0.0.1", 64738),
    },
    "mumble-web": {
      ...base("mumble-web", GATEWAY_IMAGES.mumbleWeb),
      depends_on: ["mumble"],
      networks: ["apps"],
      ports: [loop(GATEWAY_PORTS.mumbleWebLoopback, CONTAINER_PORTS.mumbleWeb)],
      // websockify connects to the server with TLS (--ssl-target); the browser's TLS ends at nginx. OpenBLAS (under
      // numpy) would start a thread per CPU in the listener: one thread keeps memory and the process count predictable.
      environment: { MUMBLE_SERVER: "mumble:64738", OPENBLAS_NUM_THREADS: "1" },
      // Caps the forked websockify processes, hence the browser users, so the memory limit holds (memory-plan.ts).
      pids_limit: MUMBLE_WEB_MAX_PROCESSES,
      // BusyBox wget: part of the alpine:edge base of the image, which installs only git (removed again), nodejs, npm,
      // tini and websockify on top (Johni0702/mumble-web Dockerfile, unchanged since 2020-04-02, commit 23cfd0d; the
      // image's CMD is `websockify --ssl-target --web=/home/node/dist 8080 "$MUMBLE_SERVER"`). python3 is not asked
      // for by the Dockerfile, and node would cost about 40 MiB inside this container's limit. The check fetches the
      // static client websockify serves, which is what nginx proxies.
      healthcheck: { test: ["CMD", "wget", "-q", "--spider", `http://127.0.0.1:${CONTAINER_PORTS.mumbleWeb}/`] },
    },
  };
  if (options.mail) {
    services.dovecot = {
      ...base("dovecot", GATEWAY_IMAGES.dovecot),
      networks: ["apps"],
      ports: [
        `${GATEWAY_PORTS.imaps}:${CONTAINER_PORTS.dovecotImaps}`,
        loop(GATEWAY_PORTS.imapLoopback, CONTAINER_PORTS.dovecotImap),
        loop(GATEWAY_PORTS.lmtpLoopback, CONTAINER_PORTS.dovecotLmtp),
      ],
      volumes: [
        `${GATEWAY_PATHS.dovecotDir}:/etc/dovecot:ro`,
        `${GATEWAY_PATHS.tlsCopies}/dovecot:/etc/dovecot-tls:ro`,
        `${GATEWAY_PATHS.mailData}:/srv/vmail`,
      ],
      healthcheck: { test: ["CMD", "nc", "-z", "127.0.0.1", String(CONTAINER_PORTS.dovecotImap)] },
    };
  }
  services.nginx = nginxService();
  const net = (n: { subnet: string; gateway: string; bridge: string }) => ({
    driver: "bridge",
    driver_opts: { "com.docker.network.bridge.name": n.bridge },
    ipam: { config: [{ subnet: n.subnet, gateway: n.gateway }] },
  });
  return { name: COMPOSE_PROJECT, services, networks: { guac: net(GATEWAY_NETWORKS.guac), apps: net(GATEWAY_NETWORKS.apps) } };
}
