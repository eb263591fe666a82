import { invalid } from "../private/errors";

/**
 * The gateway's memory plan: how the 1 GiB of a free-tier machine is shared out (a Compose `mem_limit` per container
 * and a reserve for the host), checked when the gateway role is rendered.
 */

/** One line of the gateway's memory plan. */
export interface MemoryPlanLine {
  /** Component, e.g. `guacamole`. */
  readonly component: string;
  /** `container` lines are enforced as Compose `mem_limit`; `host` lines are the reserve for everything else. */
  readonly kind: "container" | "host";
  /** Limit (containers) or reserve (host) in MiB. */
  readonly mb: number;
  /** Why this number. */
  readonly note: string;
}

/**
 * Memory a 1 GiB instance really offers: t3.micro / VM.Standard.E2.1.Micro report about 960 MiB MemTotal after the
 * kernel's own reservations.
 */
export const USABLE_MB_OF_1_GIB = 960;

/** Size of the gateway's swap file in MiB (absorbs JVM start-up and apt runs; containers are still capped). */
export const GATEWAY_SWAP_MB = 1024;

/** JVM options of the Guacamole web application: heap well below the container limit, small stacks, serial GC. */
export const GUACAMOLE_JAVA_OPTS = "-Xms64m -Xmx160m -XX:MaxMetaspaceSize=80m -Xss512k -XX:+UseSerialGC";

/**
 * Most processes (and threads) the mumble-web container may hold: tini, the websockify listener, and one forked
 * websockify process per connection (browser users and, for a moment, each health check, whose `wget` is one more).
 * A browser user beyond the cap is refused cleanly: websockify's accept loop catches the failed fork, closes that
 * socket and keeps serving (websockify 0.10.0 websockifyserver.py, `start_server`). So 6 browser users always fit, 8
 * between health checks; anyone else uses the Mumble app (the server's own limit, `MUMBLE_MAX_USERS`, counts both).
 */
export const MUMBLE_WEB_MAX_PROCESSES = 10;

/**
 * Memory of websockify, measured (2026-12) with Debian's websockify 0.10.0 on Python 3.11 and numpy 1.24 (the Alpine
 * image pulls numpy in for websockify), 10 and 20 open WebSocket connections proxied with TLS to a server:
 * the listener alone about 39 MiB PSS, each connection's process about 7.2-7.4 MiB of its own (5.0-5.2 MiB without
 * numpy). Rounded up to 40 and 7.5.
 */
const MUMBLE_WEB_BASE_MB = 40;
const MUMBLE_WEB_PER_PROCESS_MB = 7.5;

/** mumble-web's limit: the listener plus every process slot but tini's and the listener's as a connection, in 8 MiB steps. */
const MUMBLE_WEB_MB = Math.ceil((MUMBLE_WEB_BASE_MB + (MUMBLE_WEB_MAX_PROCESSES - 2) * MUMBLE_WEB_PER_PROCESS_MB) / 8) * 8;

const LINES: readonly MemoryPlanLine[] = [
  { component: "guacamole", kind: "container", mb: 288, note: "Tomcat + Guacamole web app; JVM heap capped at 160 MiB (JAVA_OPTS)" },
  { component: "guacd", kind: "container", mb: 160, note: "one process per open connection (about 20-40 MiB each)" },
  { component: "mumble", kind: "container", mb: 64, note: "Mumble server with SQLite, typically under 30 MiB" },
  {
    component: "mumble-web", kind: "container", mb: MUMBLE_WEB_MB,
    note: `websockify: about ${MUMBLE_WEB_BASE_MB} MiB + ${MUMBLE_WEB_PER_PROCESS_MB} MiB per connection (measured), at most ${MUMBLE_WEB_MAX_PROCESSES} processes (6-8 browser users)`,
  },
  { component: "dovecot", kind: "container", mb: 64, note: "IMAP/LMTP for one mailbox (only with mail)" },
  { component: "nginx", kind: "container", mb: 32, note: "master + one worker, a few MiB each; TLS session cache 1 MiB; moved out of the host reserve" },
  { component: "host", kind: "host", mb: 248, note: "kernel, systemd, journald, sshd, dockerd + containerd (one shim per container), Postfix, unattended-upgrades" },
];

/** The plan's lines for a gateway with or without mail. */
export function gatewayMemoryPlan(mail: boolean): readonly MemoryPlanLine[] {
  return LINES.filter((l) => mail || l.component !== "dovecot");
}

/** The memory limit of a container in Compose form, e.g. `"288m"`. */
export function memLimit(component: string): string {
  const line = LINES.find((l) => l.component === component && l.kind === "container");
  if (!line) throw invalid("memoryPlan.component", component, "is not a container in the gateway memory plan", `Use one of ${LINES.filter((l) => l.kind === "container").map((l) => l.component).join(", ")}.`);
  return `${line.mb}m`;
}

/**
 * Throws when the container limits plus the host reserve exceed `usableMb`.
 *
 * @default usableMb {@link USABLE_MB_OF_1_GIB}
 */
export function checkGatewayMemoryPlan(mail: boolean, usableMb: number = USABLE_MB_OF_1_GIB): number {
  const total = gatewayMemoryPlan(mail).reduce((sum, l) => sum + l.mb, 0);
  if (total > usableMb) {
    throw invalid("gateway.memory", total, `exceeds the ${usableMb} MiB a 1 GiB machine offers`, "Lower a container limit in cloudinit/gateway/memory-plan.ts.");
  }
  return total;
}

/** The plan as a Markdown table (for the README, see scripts/readme-tables.mjs). */
export function gatewayMemoryPlanMarkdown(mail = true): string {
  const lines = gatewayMemoryPlan(mail);
  const total = lines.reduce((s, l) => s + l.mb, 0);
  return [
    "| component | kind | MiB | note |",
    "| --- | --- | ---: | --- |",
    ...lines.map((l) => `| ${l.component} | ${l.kind === "container" ? "container limit" : "host reserve"} | ${l.mb} | ${l.note} |`),
    `| **total** | | **${total}** | of ${USABLE_MB_OF_1_GIB} MiB usable on a 1 GiB machine, plus a ${GATEWAY_SWAP_MB} MiB swap file |`,
  ].join("\n") + "\n";
}
