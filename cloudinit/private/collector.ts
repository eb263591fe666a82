import type { ElementTarget, UnitEntry, UserEntry, WriteFileEntry } from "../element";
import type { Os } from "../os";
import { SYSCTL_FILE } from "../elements/sysctl";
import { invalid } from "./errors";

interface Owned<T> {
  readonly value: T;
  readonly contributor: string;
}

type RunEntry =
  | { readonly kind: "command"; readonly argv: readonly string[] }
  | { readonly kind: "enable"; readonly unit: string }
  | { readonly kind: "restart"; readonly unit: string };

/** Stable JSON for comparisons (object keys sorted). */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v !== null && typeof v === "object" && !Array.isArray(v)
    ? Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
    : v));
}

/** The order of top-level keys in the rendered document. */
const KEY_ORDER = [
  "hostname", "fqdn", "manage_etc_hosts", "timezone", "locale", "groups", "users", "ssh_keys", "ssh_genkeytypes", "swap",
  "apt", "package_update", "package_upgrade", "packages", "write_files", "runcmd", "power_state",
];

/** Options of the collected document that do not come from elements. */
export interface CollectorSettings {
  readonly packageUpgrade: boolean;
}

/**
 * Collects what elements contribute, attributing everything to a contributor, and detects conflicts.
 * Not exported from the package: CloudConfig drives it.
 */
export class Collector {
  private readonly files = new Map<string, Owned<WriteFileEntry>>();
  private readonly units = new Map<string, Owned<UnitEntry>>();
  private readonly packages = new Set<string>();
  private readonly users = new Map<string, Owned<Readonly<Record<string, unknown>>>>();
  private readonly groups = new Map<string, Set<string>>();
  private readonly singletons = new Map<string, Owned<unknown>>();
  private readonly aptSources = new Map<string, Owned<Readonly<Record<string, string>>>>();
  private readonly sysctl = new Map<string, Owned<string>>();
  private readonly run: RunEntry[] = [];
  private readonly enabled = new Set<string>();

  public constructor(private readonly os: Os, private readonly settings: CollectorSettings) {}

  /** A target that attributes everything to `contributor`. */
  public target(contributor: string): ElementTarget {
    return {
      os: this.os,
      writeFile: (entry) => this.writeFile(entry, contributor),
      installPackages: (names) => names.forEach((n) => this.packages.add(n)),
      addUser: (entry) => this.addUser(entry, contributor),
      addGroup: (name, members) => {
        const set = this.groups.get(name) ?? new Set<string>();
        members.forEach((m) => set.add(m));
        this.groups.set(name, set);
      },
      addUnit: (entry) => this.addUnit(entry, contributor),
      runCommand: (argv) => this.run.push({ kind: "command", argv: [...argv] }),
      setSingleton: (key, value) => this.setOwned(this.singletons, key, value, contributor, key,
        "Set it in one contributor only, or give both the same value."),
      addAptSource: (name, source) => this.setOwned(this.aptSources, name, source, contributor, `apt.sources.${name}`,
        "Use one AptSource per repository name."),
      addSysctl: (settings) => Object.keys(settings).forEach((key) => this.setOwned(this.sysctl, key, settings[key],
        contributor, `sysctl.${key}`, "Agree on one value for the parameter.")),
    };
  }

  private setOwned<T>(map: Map<string, Owned<T>>, key: string, value: T, contributor: string, field: string, fix: string): void {
    const existing = map.get(key);
    if (existing === undefined) {
      map.set(key, { value, contributor });
    } else if (canonical(existing.value) !== canonical(value)) {
      throw invalid(field, value, `is set differently by "${existing.contributor}" (${canonical(existing.value)}) and "${contributor}"`, fix);
    }
  }

  private writeFile(entry: WriteFileEntry, contributor: string): void {
    const existing = this.files.get(entry.path);
    if (existing !== undefined && canonical(existing.value) !== canonical(entry)) {
      const what = existing.value.content !== entry.content ? "different content" : "different owner, mode or options";
      throw invalid(`write_files[${entry.path}]`, entry.path, `is written by both "${existing.contributor}" and "${contributor}" with ${what}`,
        "Let one contributor own the file, or make both contributions identical.");
    }
    if (existing === undefined) this.files.set(entry.path, { value: entry, contributor });
  }

  private addUser(entry: UserEntry, contributor: string): void {
    const existing = this.users.get(entry.name);
    if (existing !== undefined && canonical(existing.value) !== canonical(entry.fields)) {
      throw invalid(`users[${entry.name}]`, entry.name, `is defined differently by "${existing.contributor}" and "${contributor}"`,
        "Define the user in one contributor only, or identically.");
    }
    if (existing === undefined) this.users.set(entry.name, { value: entry.fields, contributor });
  }

  private addUnit(entry: UnitEntry, contributor: string): void {
    const existing = this.units.get(entry.path);
    if (existing !== undefined && canonical(existing.value) !== canonical(entry)) {
      throw invalid(`unit[${entry.path.replace("/etc/systemd/system/", "")}]`, entry.unitName,
        `is defined differently by "${existing.contributor}" and "${contributor}"`, "Define the unit in one contributor only, or identically.");
    }
    this.writeFile({ path: entry.path, content: entry.content, owner: "root:root", permissions: "0644", defer: false }, contributor);
    if (existing !== undefined) return;
    this.units.set(entry.path, { value: entry, contributor });
    if (entry.enable && !this.enabled.has(entry.unitName)) {
      this.enabled.add(entry.unitName);
      this.run.push({ kind: "enable", unit: entry.unitName });
    }
    if (entry.restart === true) {
      this.run.push({ kind: "restart", unit: entry.unitName });
    }
  }

  /** The cloud-config object in a fixed key order. */
  public toObject(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, owned] of this.singletons) out[key] = owned.value;
    if (this.groups.size > 0) {
      out.groups = [...this.groups.keys()].sort().map((name) => {
        const members = [...(this.groups.get(name) as Set<string>)].sort();
        return members.length > 0 ? { [name]: members } : name;
      });
    }
    if (this.users.size > 0) {
      out.users = ["default", ...[...this.users.keys()].sort().map((name) => ({ name, ...(this.users.get(name) as Owned<Record<string, unknown>>).value }))];
    }
    if (this.aptSources.size > 0) {
      const sources: Record<string, unknown> = {};
      [...this.aptSources.keys()].sort().forEach((name) => { sources[name] = { ...(this.aptSources.get(name) as Owned<object>).value }; });
      out.apt = { sources };
    }
    if (this.packages.size > 0 || this.aptSources.size > 0) {
      out.package_update = true;
    }
    if (this.settings.packageUpgrade) {
      out.package_upgrade = true;
    }
    if (this.packages.size > 0) {
      out.packages = [...this.packages].sort();
    }
    const files = [...this.files.values()].map((o) => o.value);
    if (this.sysctl.size > 0) {
      const clash = this.files.get(SYSCTL_FILE);
      if (clash !== undefined) {
        throw invalid(`write_files[${SYSCTL_FILE}]`, SYSCTL_FILE, `is reserved for Sysctl elements but written by "${clash.contributor}"`, "Use Sysctl.of(...) instead of writing the file.");
      }
      const lines = [...this.sysctl.keys()].sort().map((k) => `${k} = ${(this.sysctl.get(k) as Owned<string>).value}`);
      files.push({ path: SYSCTL_FILE, content: `${lines.join("\n")}\n`, owner: "root:root", permissions: "0644", defer: false });
    }
    if (files.length > 0) {
      out.write_files = files
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((f) => ({
          path: f.path,
          content: f.content,
          owner: f.owner,
          permissions: f.permissions,
          ...(f.encoding !== undefined ? { encoding: f.encoding } : {}),
          ...(f.defer ? { defer: true } : {}),
        }));
    }
    const runcmd: string[][] = [];
    if (this.sysctl.size > 0) runcmd.push(["sysctl", "-p", SYSCTL_FILE]);
    if (this.units.size > 0) runcmd.push(["systemctl", "daemon-reload"]);
    for (const entry of this.run) {
      if (entry.kind === "command") runcmd.push([...entry.argv]);
      else if (entry.kind === "enable") runcmd.push(["systemctl", "enable", "--now", entry.unit]);
      else runcmd.push(["systemctl", "try-restart", entry.unit]);
    }
    if (runcmd.length > 0) out.runcmd = runcmd;
    const ordered: Record<string, unknown> = {};
    for (const key of KEY_ORDER) if (key in out) ordered[key] = out[key];
    for (const key of Object.keys(out).sort()) if (!(key in ordered)) ordered[key] = out[key];
    return ordered;
  }
}
