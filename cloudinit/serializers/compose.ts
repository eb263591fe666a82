import { invalid } from "../private/errors";
import { emitYaml } from "../private/yaml-emit";
import { defaultQuoteScalar, isSafePlain, textStyle } from "../private/yaml-render";
import { rejectTokens } from "../tokens";
import { checkName, rejectControlCharacters } from "./private/checks";

/** Health check of a Compose service. */
export interface ComposeHealthcheck {
  /** `["CMD", ...]` or `["CMD-SHELL", "..."]`. */
  readonly test: readonly string[];
  /** e.g. `"30s"`. */
  readonly interval?: string;
  /** e.g. `"5s"`. */
  readonly timeout?: string;
  /** Failures before the container counts as unhealthy. */
  readonly retries?: number;
  /** Grace period after start, e.g. `"60s"`. */
  readonly start_period?: string;
}

/** Logging settings of a Compose service. */
export interface ComposeLogging {
  /** Log driver, e.g. `json-file`. */
  readonly driver: string;
  /** Driver options, e.g. `{ "max-size": "10m", "max-file": "3" }`. */
  readonly options?: Readonly<Record<string, string>>;
}

/** The subset of the Compose specification PairPac renders (field names as in the spec). */
export interface ComposeService {
  /** `name:tag`; must carry an explicit tag other than `latest`. */
  readonly image: string;
  /** Container name. */
  readonly container_name?: string;
  /** Command in exec form. */
  readonly command?: readonly string[];
  /** Restart policy. */
  readonly restart: "no" | "always" | "on-failure" | "unless-stopped";
  /** Memory limit, e.g. `"256m"`. */
  readonly mem_limit: string;
  /** Environment variables (literal values; never secrets: those go to `env_file`). */
  readonly environment?: Readonly<Record<string, string>>;
  /** Files with `KEY=value` lines (secrets), absolute host paths. */
  readonly env_file?: readonly string[];
  /** `host:container[:mode]` bind mounts or named volumes. */
  readonly volumes?: readonly string[];
  /** `ip:host:container[/proto]` publications. */
  readonly ports?: readonly string[];
  /** `host` for host networking. */
  readonly network_mode?: string;
  /** Networks to join. */
  readonly networks?: readonly string[];
  /** Services started first. */
  readonly depends_on?: readonly string[];
  /** Health check. */
  readonly healthcheck?: ComposeHealthcheck;
  /** Log settings. */
  readonly logging: ComposeLogging;
  /** `uid:gid` to run as. */
  readonly user?: string;
  /** Read-only root file system. */
  readonly read_only?: boolean;
  /** tmpfs mounts, e.g. `/tmp`. */
  readonly tmpfs?: readonly string[];
  /** e.g. `["no-new-privileges:true"]`. */
  readonly security_opt?: readonly string[];
  /** Capabilities to drop, e.g. `["ALL"]`. */
  readonly cap_drop?: readonly string[];
  /** Capabilities to add back. */
  readonly cap_add?: readonly string[];
  /** Maximum process count. */
  readonly pids_limit?: number;
  /** Time to wait for a graceful stop, e.g. `"30s"`. */
  readonly stop_grace_period?: string;
}

/** A user-defined network. */
export interface ComposeNetwork {
  /** Driver, e.g. `bridge`. */
  readonly driver?: string;
  /** Driver options, e.g. `com.docker.network.bridge.name`. */
  readonly driver_opts?: Readonly<Record<string, string>>;
  /** Address management. */
  readonly ipam?: {
    /** Address pools of the network. */
    readonly config: readonly {
      /** Subnet in CIDR notation, e.g. `172.30.1.0/24`. */
      readonly subnet: string;
      /** Address of the bridge (the host side) in the subnet. */
      readonly gateway?: string;
    }[];
  };
}

/** A Compose file. */
export interface ComposeFile {
  /** Project name. */
  readonly name: string;
  /** Services by name. */
  readonly services: Readonly<Record<string, ComposeService>>;
  /** Networks by name. */
  readonly networks?: Readonly<Record<string, ComposeNetwork>>;
}

const SERVICE = /^[a-z0-9][a-z0-9_.-]*$/;
/** `[registry/]repo[/...]:tag` with an explicit tag. */
const IMAGE = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\.[a-z0-9-]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*:([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})(?:@sha256:[a-f0-9]{64})?$/;
const MEMORY = /^[1-9][0-9]*[kmg]$/;

/**
 * Renders a Compose file as YAML (lists of plain values in flow style, YAML 1.1 quoting, so `"no"`, `"on"` or `"0755"` stay strings for any parser).
 *
 * Every string is literal: `$` is written as `$$` so Compose never interpolates it. Images must be pinned to an
 * explicit tag other than `latest`; every service needs a memory limit, a restart policy and capped logs.
 *
 * @throws PairPacError for an unpinned image, a bad name or memory size, uncapped json-file logs, a control
 *   character, or a Terraform token (secrets belong in `env_file` files, never in the Compose file).
 */
export function renderCompose(file: ComposeFile): string {
  checkName("compose.name", file.name, SERVICE, "a project name of lower case letters, digits, '_', '.', '-'", "pairpac");
  const services = Object.keys(file.services);
  if (services.length === 0) {
    throw invalid("compose.services", file.services, "must contain at least one service", "Add a service.");
  }
  for (const [name, svc] of Object.entries(file.services)) {
    checkService(name, svc, services, Object.keys(file.networks ?? {}));
  }
  for (const name of Object.keys(file.networks ?? {})) {
    checkName("compose.networks", name, SERVICE, "a network name of lower case letters, digits, '_', '.', '-'", "apps");
  }
  // Lists of plain values (commands, ports, volumes) on one line each: shorter and easier to read.
  return emitYaml(escapeDollars("compose", file), {
    scalar: textStyle,
    quote: defaultQuoteScalar,
    plainKey: isSafePlain,
    flowScalarSequences: true,
  });
}

function checkService(name: string, svc: ComposeService, services: string[], networks: string[]): void {
  const field = `compose.services.${name}`;
  checkName(`compose.services`, name, SERVICE, "a service name of lower case letters, digits, '_', '.', '-'", "guacd");
  const tag = IMAGE.exec(svc.image);
  if (!tag) {
    throw invalid(`${field}.image`, svc.image, "must be a lower-case image reference with an explicit tag", "Pin a verified version, e.g. \"guacamole/guacd:1.6.0\".");
  }
  if (tag[1] === "latest") {
    throw invalid(`${field}.image`, svc.image, "must not use the moving tag 'latest'", "Pin a verified version tag.");
  }
  if (!MEMORY.test(svc.mem_limit)) {
    throw invalid(`${field}.mem_limit`, svc.mem_limit, "must be a positive size with unit k, m or g", "Use e.g. \"256m\".");
  }
  if (!["no", "always", "on-failure", "unless-stopped"].includes(svc.restart)) {
    throw invalid(`${field}.restart`, svc.restart, "must be one of no, always, on-failure, unless-stopped", "Use \"unless-stopped\".");
  }
  if (svc.logging.driver === "json-file" && (svc.logging.options?.["max-size"] === undefined || svc.logging.options?.["max-file"] === undefined)) {
    throw invalid(`${field}.logging`, svc.logging, "must cap json-file logs with max-size and max-file", "Add options { \"max-size\": \"10m\", \"max-file\": \"3\" }.");
  }
  for (const dep of svc.depends_on ?? []) {
    if (!services.includes(dep)) {
      throw invalid(`${field}.depends_on`, dep, "names a service that is not in the file", `Use one of ${services.join(", ")}.`);
    }
  }
  for (const net of svc.networks ?? []) {
    if (!networks.includes(net)) {
      throw invalid(`${field}.networks`, net, "names a network that is not declared", "Declare it under networks.");
    }
  }
  if (svc.network_mode !== undefined && (svc.networks !== undefined || svc.ports !== undefined)) {
    throw invalid(`${field}.network_mode`, svc.network_mode, "cannot be combined with networks or ports", "Use either network_mode or networks/ports.");
  }
}

/** Deep copy with `$` → `$$` in every string; rejects tokens and control characters on the way. */
function escapeDollars(field: string, value: unknown): unknown {
  if (typeof value === "string") {
    rejectTokens(field, value, "Compose files hold no secrets; use env_file");
    rejectControlCharacters(field, value, "Write the value without control characters.", { newline: true });
    return value.replace(/\$/g, "$$$$");
  }
  if (Array.isArray(value)) return value.map((v, i) => escapeDollars(`${field}[${i}]`, v));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined) out[k] = escapeDollars(`${field}.${k}`, v);
    }
    return out;
  }
  return value;
}
