import type { CloudInitElement, ElementTarget } from "../element";
import { invalid } from "../private/errors";
import { absolutePath, accountName, integerIn, rejectNewline } from "../private/validate";
import {
  escapeSpecifiers, escapeUnitPath, quoteExecArgv, quoteUnitString, serializeUnit, UnitSections, UnitValue,
} from "../serializers/systemd-unit";
import { Hardening, HardeningOptions } from "./hardening";

/** `Restart=` values. */
export type RestartPolicy = "no" | "always" | "on-success" | "on-failure" | "on-abnormal" | "on-abort" | "on-watchdog";
/** `Type=` values of a service. */
export type ServiceType = "simple" | "exec" | "forking" | "oneshot" | "notify" | "idle";

/** Dependencies shared by every unit type (`[Unit]` section). */
export interface UnitDependencies {
  /** `After=`. @default [] */
  readonly after?: readonly string[];
  /** `Before=`. @default [] */
  readonly before?: readonly string[];
  /** `Wants=`. @default [] */
  readonly wants?: readonly string[];
  /** `Requires=`. @default [] */
  readonly requires?: readonly string[];
  /** `BindsTo=`. @default [] */
  readonly bindsTo?: readonly string[];
  /** `PartOf=`. @default [] */
  readonly partOf?: readonly string[];
  /** `RequiresMountsFor=`: paths that must be mounted first (e.g. a {@link DataVolume} mount point). @default [] */
  readonly requiresMountsFor?: readonly string[];
}

/** An `EnvironmentFile=` entry that may be missing. */
export interface EnvironmentFileRef {
  /** Absolute path of the file. */
  readonly path: string;
  /** When true the file may be missing (systemd's `-` prefix). */
  readonly optional: boolean;
}

/** Options of {@link SystemdUnit.service}. */
export interface ServiceOptions extends UnitDependencies {
  /** `Description=` (literal text; `%` is escaped). */
  readonly description: string;
  /** `Type=`. @default "simple" */
  readonly type?: ServiceType;
  /** `ConditionPathExists=`: the unit starts only when every path exists (else it is skipped, not failed). @default [] */
  readonly conditionPathExists?: readonly string[];
  /** `User=`. @default - root */
  readonly user?: string;
  /** `Group=`. @default - the user's primary group */
  readonly group?: string;
  /** `SupplementaryGroups=`. @default [] */
  readonly supplementaryGroups?: readonly string[];
  /** `WorkingDirectory=`. @default - unset */
  readonly workingDirectory?: string;
  /** `Environment=`, one line per variable, sorted by name. @default {} */
  readonly environment?: Readonly<Record<string, string>>;
  /** `EnvironmentFile=` paths (a leading `-` in systemd syntax is expressed with `optional: true`). @default [] */
  readonly environmentFiles?: readonly (string | EnvironmentFileRef)[];
  /** `ExecStartPre=` commands, each an argv array. @default [] */
  readonly execStartPre?: readonly (readonly string[])[];
  /** `ExecStart=` as an argv array (quoted for systemd). */
  readonly execStart: readonly string[];
  /** `ExecStartPost=` commands. @default [] */
  readonly execStartPost?: readonly (readonly string[])[];
  /** `ExecReload=` command. @default - none */
  readonly execReload?: readonly string[];
  /** `ExecStop=` command. @default - none */
  readonly execStop?: readonly string[];
  /** `RemainAfterExit=` (useful with `type: "oneshot"`). @default - unset */
  readonly remainAfterExit?: boolean;
  /** `Restart=`. @default - "on-failure" for long-running services, unset for oneshot */
  readonly restart?: RestartPolicy;
  /** `RestartSec=` in seconds. @default - unset (systemd's 100ms) */
  readonly restartSec?: number;
  /** `StartLimitIntervalSec=` in seconds (in `[Unit]`). @default - unset */
  readonly startLimitIntervalSec?: number;
  /** `StartLimitBurst=` (in `[Unit]`). @default - unset */
  readonly startLimitBurst?: number;
  /** `TimeoutStartSec=` in seconds, or `"infinity"`. @default - unset */
  readonly timeoutStartSec?: number | "infinity";
  /** `MemoryMax=`, e.g. `"256M"`. @default - unset */
  readonly memoryMax?: string;
  /** Sandboxing settings: a preset such as `Hardening.BASIC` or the fields themselves. @default Hardening.NONE */
  readonly hardening?: Hardening | HardeningOptions;
  /** `WantedBy=` targets. @default ["multi-user.target"] */
  readonly wantedBy?: readonly string[];
  /** Enable and start the unit from runcmd (`systemctl enable --now`). @default true */
  readonly enable?: boolean;
}

/** Options of {@link SystemdUnit.timer}. */
export interface TimerOptions extends UnitDependencies {
  /** `Description=`. */
  readonly description: string;
  /** `OnCalendar=` expressions, e.g. `"daily"` or `"*-*-* 03:00:00"`. @default [] */
  readonly onCalendar?: readonly string[];
  /** `OnBootSec=` in seconds. @default - unset */
  readonly onBootSec?: number;
  /** `OnUnitActiveSec=` in seconds. @default - unset */
  readonly onUnitActiveSec?: number;
  /** `Persistent=`: catch up runs missed while powered off. @default - unset */
  readonly persistent?: boolean;
  /** `RandomizedDelaySec=` in seconds. @default - unset */
  readonly randomizedDelaySec?: number;
  /** `Unit=`: the unit to start. @default - the service of the same name */
  readonly unit?: string;
  /** `WantedBy=`. @default ["timers.target"] */
  readonly wantedBy?: readonly string[];
  /** Enable and start the timer from runcmd. @default true */
  readonly enable?: boolean;
}

/** Options of {@link SystemdUnit.mount}. */
export interface MountOptions extends UnitDependencies {
  /** `Description=`. */
  readonly description: string;
  /** `What=`: the device, preferably by label (`/dev/disk/by-label/data`). */
  readonly what: string;
  /** `Where=`: the mount point; it also names the unit. */
  readonly where: string;
  /** `Type=`: the file system type. @default - auto-detected */
  readonly type?: string;
  /** `Options=`. @default ["defaults"] */
  readonly options?: readonly string[];
  /** `TimeoutSec=` in seconds. @default - unset */
  readonly timeoutSec?: number;
  /** `WantedBy=`. @default ["multi-user.target"] */
  readonly wantedBy?: readonly string[];
  /** Enable and start (mount) from runcmd. @default true */
  readonly enable?: boolean;
}

/** Options of {@link SystemdUnit.dropIn} and {@link SystemdUnit.custom}. */
export interface RawUnitOptions {
  /** For a unit: enable and start it from runcmd; ignored for drop-ins. @default false */
  readonly enable?: boolean;
  /** For a drop-in: `systemctl try-restart` the unit from runcmd (when the unit may already run). @default false */
  readonly restart?: boolean;
}

const UNIT_NAME = /^[A-Za-z0-9:_.@\\-]+\.(service|timer|mount|socket|path|target|slice|automount|swap|device|scope)$/;
const TIMESPAN_MAX = 31_536_000;

function unitName(field: string, value: unknown): string {
  if (typeof value !== "string" || value.length > 255 || !UNIT_NAME.test(value)) {
    throw invalid(field, value, "is not a systemd unit name (letters, digits, ':_.@-\\' and a type suffix such as .service)", "Use e.g. \"pairpac-tunnel.service\".");
  }
  return value;
}

function unitNames(field: string, values: readonly string[] | undefined): string[] | undefined {
  if (values === undefined || values.length === 0) return undefined;
  return values.map((v, i) => unitName(`${field}[${i}]`, v));
}

function seconds(field: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > TIMESPAN_MAX) {
    throw invalid(field, value, `must be a whole number of seconds between 0 and ${TIMESPAN_MAX}`, "Use e.g. 5.");
  }
  return value;
}

function text(field: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw invalid(field, value, "must be a non-empty string", "Describe the unit in a few words.");
  }
  rejectNewline(field, value, "Use a single line.");
  return escapeSpecifiers(value.trim());
}

function dependencies(field: string, o: UnitDependencies): Record<string, UnitValue | undefined> {
  return {
    Wants: unitNames(`${field}.wants`, o.wants)?.join(" "),
    Requires: unitNames(`${field}.requires`, o.requires)?.join(" "),
    BindsTo: unitNames(`${field}.bindsTo`, o.bindsTo)?.join(" "),
    PartOf: unitNames(`${field}.partOf`, o.partOf)?.join(" "),
    After: unitNames(`${field}.after`, o.after)?.join(" "),
    Before: unitNames(`${field}.before`, o.before)?.join(" "),
    RequiresMountsFor: o.requiresMountsFor && o.requiresMountsFor.length > 0
      ? o.requiresMountsFor.map((p, i) => escapeSpecifiers(plainPath(`${field}.requiresMountsFor[${i}]`, p))).join(" ")
      : undefined,
  };
}

/** An absolute path without blanks (systemd separates list entries by blanks). */
function plainPath(field: string, value: string): string {
  const path = absolutePath(field, value);
  if (/\s/.test(path)) {
    throw invalid(field, path, "must not contain blanks", "Use a path without spaces.");
  }
  return path;
}

/** The `[Install]` section, omitted when there is no target (a unit only pulled in by others). */
function install(field: string, wantedBy: readonly string[]): { Install?: Record<string, UnitValue> } {
  const targets = unitNames(field, wantedBy);
  return targets === undefined ? {} : { Install: { WantedBy: targets.join(" ") } };
}

function argvList(field: string, commands: readonly (readonly string[])[] | undefined): string[] | undefined {
  if (commands === undefined || commands.length === 0) return undefined;
  return commands.map((argv, i) => quoteExecArgv(argv, { field: `${field}[${i}]` }));
}

/**
 * A systemd unit (service, timer, mount, or any raw unit) or drop-in, written to `/etc/systemd/system` and, when
 * enabled, enabled and started from runcmd after `systemctl daemon-reload`. Immutable; build with the static factories.
 */
export class SystemdUnit implements CloudInitElement {
  /** A service unit built from typed options. `name` may omit the `.service` suffix. */
  public static service(name: string, options: ServiceOptions): SystemdUnit {
    const unit = unitName("service.name", name.endsWith(".service") ? name : `${name}.service`);
    const f = `service(${unit})`;
    const type = options.type ?? "simple";
    const hardening = options.hardening instanceof Hardening ? options.hardening : Hardening.custom(options.hardening ?? {});
    const restart = options.restart ?? (type === "oneshot" ? undefined : "on-failure");
    if (!["simple", "exec", "forking", "oneshot", "notify", "idle"].includes(type)) {
      throw invalid(`${f}.type`, type, "is not a supported service type", "Use simple, exec, forking, oneshot, notify or idle.");
    }
    if (restart !== undefined && !["no", "always", "on-success", "on-failure", "on-abnormal", "on-abort", "on-watchdog"].includes(restart)) {
      throw invalid(`${f}.restart`, restart, "is not a Restart= policy", "Use e.g. \"on-failure\" or \"always\".");
    }
    const environment = options.environment ?? {};
    const envLines = Object.keys(environment).sort().map((key) => {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
        throw invalid(`${f}.environment`, key, "is not a valid environment variable name", "Use letters, digits and '_', not starting with a digit.");
      }
      const value = environment[key];
      if (typeof value !== "string") {
        throw invalid(`${f}.environment.${key}`, value, "must be a string", "Convert the value to a string.");
      }
      return quoteUnitString(`${f}.environment.${key}`, `${key}=${value}`);
    });
    const envFiles = (options.environmentFiles ?? []).map((e, i) => {
      const entry = typeof e === "string" ? { path: e, optional: false } : e;
      return `${entry.optional ? "-" : ""}${escapeSpecifiers(plainPath(`${f}.environmentFiles[${i}]`, entry.path))}`;
    });
    if (options.memoryMax !== undefined && !/^\d+[KMGT]?$|^\d{1,3}%$|^infinity$/.test(options.memoryMax)) {
      throw invalid(`${f}.memoryMax`, options.memoryMax, "is not a MemoryMax= value", "Use bytes with an optional K, M, G or T suffix (\"256M\"), a percentage or \"infinity\".");
    }
    const timeoutStart = options.timeoutStartSec === "infinity" ? "infinity" : seconds(`${f}.timeoutStartSec`, options.timeoutStartSec);
    const sections: UnitSections = {
      Unit: {
        Description: text(`${f}.description`, options.description),
        ...dependencies(f, options),
        StartLimitIntervalSec: seconds(`${f}.startLimitIntervalSec`, options.startLimitIntervalSec),
        StartLimitBurst: options.startLimitBurst === undefined ? undefined
          : integerIn(`${f}.startLimitBurst`, options.startLimitBurst, 1, 10_000, "Use e.g. 5."),
        ConditionPathExists: options.conditionPathExists && options.conditionPathExists.length > 0
          ? options.conditionPathExists.map((p, i) => escapeSpecifiers(plainPath(`${f}.conditionPathExists[${i}]`, p)))
          : undefined,
      },
      Service: {
        Type: type,
        User: options.user === undefined ? undefined : accountName(`${f}.user`, options.user),
        Group: options.group === undefined ? undefined : accountName(`${f}.group`, options.group),
        SupplementaryGroups: options.supplementaryGroups && options.supplementaryGroups.length > 0
          ? options.supplementaryGroups.map((g, i) => accountName(`${f}.supplementaryGroups[${i}]`, g)).join(" ")
          : undefined,
        WorkingDirectory: options.workingDirectory === undefined ? undefined
          : escapeSpecifiers(plainPath(`${f}.workingDirectory`, options.workingDirectory)),
        Environment: envLines.length > 0 ? envLines : undefined,
        EnvironmentFile: envFiles.length > 0 ? envFiles : undefined,
        ExecStartPre: argvList(`${f}.execStartPre`, options.execStartPre),
        ExecStart: quoteExecArgv(options.execStart, { field: `${f}.execStart` }),
        ExecStartPost: argvList(`${f}.execStartPost`, options.execStartPost),
        ExecReload: options.execReload === undefined ? undefined : quoteExecArgv(options.execReload, { field: `${f}.execReload` }),
        ExecStop: options.execStop === undefined ? undefined : quoteExecArgv(options.execStop, { field: `${f}.execStop` }),
        RemainAfterExit: options.remainAfterExit,
        Restart: restart,
        RestartSec: seconds(`${f}.restartSec`, options.restartSec),
        TimeoutStartSec: timeoutStart,
        MemoryMax: options.memoryMax,
        ...hardening.directives(),
      },
      ...install(`${f}.wantedBy`, options.wantedBy ?? ["multi-user.target"]),
    };
    return new SystemdUnit(unit, `/etc/systemd/system/${unit}`, serializeUnit(sections), options.enable ?? true, false);
  }

  /** A timer unit. `name` may omit the `.timer` suffix; by default it starts the service of the same name. */
  public static timer(name: string, options: TimerOptions): SystemdUnit {
    const unit = unitName("timer.name", name.endsWith(".timer") ? name : `${name}.timer`);
    const f = `timer(${unit})`;
    const onCalendar = options.onCalendar ?? [];
    onCalendar.forEach((c, i) => {
      if (typeof c !== "string" || c.trim() === "" || /[\r\n%]/.test(c)) {
        throw invalid(`${f}.onCalendar[${i}]`, c, "must be a one-line calendar expression", "Use e.g. \"daily\" or \"*-*-* 03:00:00\".");
      }
    });
    if (onCalendar.length === 0 && options.onBootSec === undefined && options.onUnitActiveSec === undefined) {
      throw invalid(`${f}`, options, "has no trigger", "Set onCalendar, onBootSec or onUnitActiveSec.");
    }
    const sections: UnitSections = {
      Unit: { Description: text(`${f}.description`, options.description), ...dependencies(f, options) },
      Timer: {
        OnCalendar: onCalendar.length > 0 ? onCalendar.map((c) => c.trim()) : undefined,
        OnBootSec: seconds(`${f}.onBootSec`, options.onBootSec),
        OnUnitActiveSec: seconds(`${f}.onUnitActiveSec`, options.onUnitActiveSec),
        Persistent: options.persistent,
        RandomizedDelaySec: seconds(`${f}.randomizedDelaySec`, options.randomizedDelaySec),
        Unit: options.unit === undefined ? undefined : unitName(`${f}.unit`, options.unit),
      },
      ...install(`${f}.wantedBy`, options.wantedBy ?? ["timers.target"]),
    };
    return new SystemdUnit(unit, `/etc/systemd/system/${unit}`, serializeUnit(sections), options.enable ?? true, false);
  }

  /** A mount unit; its name is derived from `where` (`/srv/data` → `srv-data.mount`). */
  public static mount(options: MountOptions): SystemdUnit {
    const where = plainPath("mount.where", options.where);
    const unit = `${escapeUnitPath(where)}.mount`;
    const f = `mount(${unit})`;
    if (typeof options.what !== "string" || options.what === "" || /\s/.test(options.what)) {
      throw invalid(`${f}.what`, options.what, "must be a device path or source without blanks", "Use e.g. \"/dev/disk/by-label/data\".");
    }
    const mountOptions = options.options ?? ["defaults"];
    mountOptions.forEach((o, i) => {
      if (typeof o !== "string" || !/^[A-Za-z0-9_.=:/@+-]+$/.test(o)) {
        throw invalid(`${f}.options[${i}]`, o, "is not a plain mount option", "Use e.g. \"noatime\".");
      }
    });
    if (options.type !== undefined && !/^[a-z0-9.]+$/.test(options.type)) {
      throw invalid(`${f}.type`, options.type, "is not a file system type", "Use e.g. \"ext4\".");
    }
    const sections: UnitSections = {
      Unit: { Description: text(`${f}.description`, options.description), ...dependencies(f, options) },
      Mount: {
        What: escapeSpecifiers(options.what),
        Where: escapeSpecifiers(where),
        Type: options.type,
        Options: mountOptions.length > 0 ? escapeSpecifiers(mountOptions.join(",")) : undefined,
        TimeoutSec: seconds(`${f}.timeoutSec`, options.timeoutSec),
      },
      ...install(`${f}.wantedBy`, options.wantedBy ?? ["multi-user.target"]),
    };
    return new SystemdUnit(unit, `/etc/systemd/system/${unit}`, serializeUnit(sections), options.enable ?? true, false);
  }

  /**
   * A drop-in `/etc/systemd/system/<unitName>.d/<dropInName>.conf` that changes an existing unit (e.g. one shipped by a
   * package). `sections` are serialized as given (see `serializeUnit`).
   */
  public static dropIn(unitNameValue: string, dropInName: string, sections: UnitSections, options: RawUnitOptions = {}): SystemdUnit {
    const unit = unitName("dropIn.unitName", unitNameValue);
    if (typeof dropInName !== "string" || !/^[A-Za-z0-9_.@-]+$/.test(dropInName) || dropInName.startsWith(".")) {
      throw invalid(`dropIn(${unit}).dropInName`, dropInName, "must be a file name of letters, digits and '_.@-'", "Use e.g. \"10-pairpac\".");
    }
    const file = dropInName.endsWith(".conf") ? dropInName : `${dropInName}.conf`;
    return new SystemdUnit(unit, `/etc/systemd/system/${unit}.d/${file}`, serializeUnit(sections), false, options.restart ?? false);
  }

  /** Any unit from raw sections (for types without a typed factory, e.g. `.socket` or `.path`). */
  public static custom(name: string, sections: UnitSections, options: RawUnitOptions = {}): SystemdUnit {
    const unit = unitName("unit.name", name);
    return new SystemdUnit(unit, `/etc/systemd/system/${unit}`, serializeUnit(sections), options.enable ?? false, false);
  }

  private constructor(
    /** Unit name including the type suffix. For a drop-in: the unit it changes. */
    public readonly unitName: string,
    /** Path of the file written. */
    public readonly path: string,
    /** Serialized file content. */
    public readonly content: string,
    /** Whether runcmd enables and starts the unit. */
    public readonly enable: boolean,
    /** Whether runcmd restarts the unit (drop-ins). */
    public readonly restart: boolean,
  ) {}

  /** True for a drop-in. */
  public get isDropIn(): boolean {
    return this.path !== `/etc/systemd/system/${this.unitName}`;
  }

  /** Writes the unit file and registers enabling. */
  public contribute(target: ElementTarget): void {
    target.addUnit({ unitName: this.unitName, path: this.path, content: this.content, enable: this.enable, restart: this.restart });
  }
}
