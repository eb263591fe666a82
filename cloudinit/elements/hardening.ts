import { invalid } from "../private/errors";
import { absolutePath } from "../private/validate";
import { escapeSpecifiers } from "../serializers/systemd-unit";

/** Individual sandboxing settings of a service (systemd.exec(5)); every field is optional. */
export interface HardeningOptions {
  /** `NoNewPrivileges=`. @default - unset */
  readonly noNewPrivileges?: boolean;
  /** `ProtectSystem=`: `true` (/usr, /boot read-only), `"full"` (+ /etc), `"strict"` (whole tree except API file systems). @default - unset */
  readonly protectSystem?: true | "full" | "strict";
  /** `ProtectHome=`. @default - unset */
  readonly protectHome?: boolean | "read-only" | "tmpfs";
  /** `PrivateTmp=`. @default - unset */
  readonly privateTmp?: boolean;
  /** `PrivateDevices=`. @default - unset */
  readonly privateDevices?: boolean;
  /** `ProtectKernelTunables=`. @default - unset */
  readonly protectKernelTunables?: boolean;
  /** `ProtectKernelModules=`. @default - unset */
  readonly protectKernelModules?: boolean;
  /** `ProtectControlGroups=`. @default - unset */
  readonly protectControlGroups?: boolean;
  /** `RestrictSUIDSGID=`. @default - unset */
  readonly restrictSuidSgid?: boolean;
  /** `LockPersonality=`. @default - unset */
  readonly lockPersonality?: boolean;
  /** `RestrictRealtime=`. @default - unset */
  readonly restrictRealtime?: boolean;
  /** `ReadWritePaths=` (needed with `protectSystem: "strict"` for the paths the service writes). @default [] */
  readonly readWritePaths?: readonly string[];
  /** `CapabilityBoundingSet=` (e.g. `["CAP_NET_BIND_SERVICE"]`; `[]` drops all). @default - unset */
  readonly capabilityBoundingSet?: readonly string[];
  /** `AmbientCapabilities=`. @default - unset */
  readonly ambientCapabilities?: readonly string[];
}

const CAPABILITY = /^CAP_[A-Z_]+$/;

/**
 * A set of sandboxing settings for {@link SystemdUnit.service}. Enum-like presets plus {@link Hardening.custom};
 * {@link Hardening.with} extends a preset.
 */
export class Hardening {
  /** No sandboxing settings. */
  public static readonly NONE = new Hardening({});
  /** Settings that suit almost every daemon: no privilege gain, private /tmp, read-only /usr and /boot, kernel protected. */
  public static readonly BASIC = new Hardening({
    noNewPrivileges: true,
    privateTmp: true,
    protectSystem: true,
    protectKernelTunables: true,
    protectKernelModules: true,
    protectControlGroups: true,
    restrictSuidSgid: true,
  });
  /** BASIC plus a read-only file system (add `readWritePaths`), no /home, no devices, no realtime, fixed personality. */
  public static readonly STRICT = new Hardening({
    ...Hardening.BASIC.options,
    protectSystem: "strict",
    protectHome: true,
    privateDevices: true,
    lockPersonality: true,
    restrictRealtime: true,
  });

  /** A custom set of settings. */
  public static custom(options: HardeningOptions): Hardening {
    return new Hardening(options);
  }

  private constructor(
    /** The settings. */
    public readonly options: HardeningOptions,
  ) {
    (options.readWritePaths ?? []).forEach((p, i) => {
      absolutePath(`hardening.readWritePaths[${i}]`, p);
      if (/\s/.test(p)) {
        throw invalid(`hardening.readWritePaths[${i}]`, p, "must not contain blanks (systemd separates the list by blanks)", "Use a path without spaces.");
      }
    });
    for (const key of ["capabilityBoundingSet", "ambientCapabilities"] as const) {
      (options[key] ?? []).forEach((cap, i) => {
        if (!CAPABILITY.test(cap)) {
          throw invalid(`hardening.${key}[${i}]`, cap, "is not a capability name", "Use e.g. \"CAP_NET_BIND_SERVICE\".");
        }
      });
    }
  }

  /** This set with `more` applied on top (arrays are replaced, not merged). */
  public with(more: HardeningOptions): Hardening {
    return new Hardening({ ...this.options, ...more });
  }

  /** The `[Service]` settings in a stable order. */
  public directives(): Record<string, string | boolean | string[] | undefined> {
    const o = this.options;
    return {
      NoNewPrivileges: o.noNewPrivileges,
      ProtectSystem: o.protectSystem === true ? "yes" : o.protectSystem,
      ProtectHome: typeof o.protectHome === "boolean" ? (o.protectHome ? "yes" : "no") : o.protectHome,
      PrivateTmp: o.privateTmp,
      PrivateDevices: o.privateDevices,
      ProtectKernelTunables: o.protectKernelTunables,
      ProtectKernelModules: o.protectKernelModules,
      ProtectControlGroups: o.protectControlGroups,
      RestrictSUIDSGID: o.restrictSuidSgid,
      LockPersonality: o.lockPersonality,
      RestrictRealtime: o.restrictRealtime,
      ReadWritePaths: o.readWritePaths && o.readWritePaths.length > 0 ? o.readWritePaths.map(escapeSpecifiers).join(" ") : undefined,
      CapabilityBoundingSet: o.capabilityBoundingSet ? o.capabilityBoundingSet.join(" ") : undefined,
      AmbientCapabilities: o.ambientCapabilities ? o.ambientCapabilities.join(" ") : undefined,
    };
  }
}
