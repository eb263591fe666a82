import { invalid } from "../private/errors";

/** One line of the gateway's memory budget. */
export interface BudgetLine {
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

const LINES: readonly BudgetLine[] = [
  { component: "guacamole", kind: "container", mb: 288, note: "Tomcat + Guacamole web app; JVM heap capped at 160 MiB (JAVA_OPTS)" },
  { component: "guacd", kind: "container", mb: 160, note: "one process per open connection (about 20-40 MiB each)" },
  { component: "mumble", kind: "container", mb: 64, note: "Mumble server with SQLite, typically under 30 MiB" },
  { component: "mumble-web", kind: "container", mb: 48, note: "websockify (Python) serving the static client" },
  { component: "dovecot", kind: "container", mb: 64, note: "IMAP/LMTP for one mailbox (only with mail)" },
  { component: "host", kind: "host", mb: 336, note: "kernel, systemd, journald, sshd, dockerd + containerd, nginx, Postfix, unattended-upgrades" },
];

/** The budget lines for a gateway with or without mail. */
export function gatewayMemoryBudget(mail: boolean): readonly BudgetLine[] {
  return LINES.filter((l) => mail || l.component !== "dovecot");
}

/** The memory limit of a container in Compose form, e.g. `"288m"`. */
export function memLimit(component: string): string {
  const line = LINES.find((l) => l.component === component && l.kind === "container");
  if (!line) throw invalid("budget.component", component, "is not a container in the gateway budget", `Use one of ${LINES.filter((l) => l.kind === "container").map((l) => l.component).join(", ")}.`);
  return `${line.mb}m`;
}

/**
 * Throws when the container limits plus the host reserve exceed `usableMb`.
 *
 * @default usableMb {@link USABLE_MB_OF_1_GIB}
 */
export function checkGatewayBudget(mail: boolean, usableMb: number = USABLE_MB_OF_1_GIB): number {
  const total = gatewayMemoryBudget(mail).reduce((sum, l) => sum + l.mb, 0);
  if (total > usableMb) {
    throw invalid("gateway.memory", total, `exceeds the ${usableMb} MiB a 1 GiB machine offers`, "Lower a container limit in cloudinit/gateway/budget.ts.");
  }
  return total;
}

/** The budget as a Markdown table (for the README and /work/notes). */
export function gatewayBudgetMarkdown(mail = true): string {
  const lines = gatewayMemoryBudget(mail);
  const total = lines.reduce((s, l) => s + l.mb, 0);
  return [
    "| component | kind | MiB | note |",
    "| --- | --- | ---: | --- |",
    ...lines.map((l) => `| ${l.component} | ${l.kind === "container" ? "container limit" : "host reserve"} | ${l.mb} | ${l.note} |`),
    `| **total** | | **${total}** | of ${USABLE_MB_OF_1_GIB} MiB usable on a 1 GiB machine, plus a ${GATEWAY_SWAP_MB} MiB swap file |`,
  ].join("\n") + "\n";
}
