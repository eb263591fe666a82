// What a rendered #cloud-config asks for, read back from the YAML (the expectations of the e2e checks).
import { gunzipSync } from "node:zlib";
import { parse } from "yaml";

/** A write_files entry, decoded. */
export interface ExpectedFile {
  readonly path: string;
  readonly content: Buffer;
  /** "user:group" as cloud-init applies it (default root:root). */
  readonly owner: string;
  /** Octal mode without leading zeros, as `stat -c %a` prints it (default 644). */
  readonly mode: string;
  readonly append: boolean;
  readonly defer: boolean;
}

/** A users entry (the "default" user excluded). */
export interface ExpectedUser {
  readonly name: string;
  readonly groups: string[];
  readonly shell?: string;
  readonly homedir?: string;
  readonly system: boolean;
  readonly sshAuthorizedKeys: string[];
}

/** The parts of a cloud-config the checks compare against the booted machine. */
export interface UserDataExpectations {
  readonly raw: Record<string, unknown>;
  readonly packages: string[];
  readonly files: ExpectedFile[];
  readonly users: ExpectedUser[];
  readonly groups: string[];
  /** write_files entries that are systemd units or drop-ins under /etc/systemd/system. */
  readonly unitFiles: ExpectedFile[];
}

const UNIT_SUFFIX = /\.(service|socket|timer|mount|automount|path|target|slice|swap)$/;

/** Parses user-data text; it must start with #cloud-config. */
export function parseUserData(text: string): Record<string, unknown> {
  if (!text.startsWith("#cloud-config\n")) throw new Error("user-data does not start with #cloud-config");
  const doc = parse(text) as unknown;
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) throw new Error("user-data is not a YAML mapping");
  return doc as Record<string, unknown>;
}

function decode(content: unknown, encoding: unknown): Buffer {
  const text = typeof content === "string" ? content : content === undefined || content === null ? "" : String(content);
  switch (encoding ?? "text/plain") {
    case "text/plain":
      return Buffer.from(text, "utf8");
    case "b64":
    case "base64":
      return Buffer.from(text, "base64");
    case "gz":
    case "gzip":
      return gunzipSync(Buffer.from(text, "binary"));
    case "gz+base64":
    case "gzip+base64":
    case "gz+b64":
    case "gzip+b64":
      return gunzipSync(Buffer.from(text, "base64"));
    default:
      throw new Error(`unknown write_files encoding ${JSON.stringify(encoding)}`);
  }
}

/** Package names from `packages:` (strings, or [name, version] pairs → "name"). */
export function packageNames(cfg: Record<string, unknown>): string[] {
  const list = (cfg.packages ?? []) as unknown[];
  return list.map((p) => {
    if (typeof p === "string") return p.split("=")[0];
    if (Array.isArray(p) && typeof p[0] === "string") return p[0];
    throw new Error(`unsupported packages entry ${JSON.stringify(p)}`);
  });
}

function groupsOf(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return value.split(",").map((g) => g.trim()).filter((g) => g !== "");
  if (Array.isArray(value)) return value.map(String);
  throw new Error(`unsupported groups value ${JSON.stringify(value)}`);
}

/** Reads the expectations out of rendered user-data. */
export function expectationsOf(userData: string): UserDataExpectations {
  const raw = parseUserData(userData);
  const files = ((raw.write_files ?? []) as Record<string, unknown>[]).map((f): ExpectedFile => {
    const mode = String(f.permissions ?? "0644");
    return {
      path: String(f.path),
      content: decode(f.content, f.encoding),
      // cloud-init chowns to "user:group"; with only "user" the group stays root (the file is created by root).
      owner: String(f.owner ?? "root:root").includes(":") ? String(f.owner ?? "root:root") : `${String(f.owner)}:root`,
      mode: parseInt(mode, 8).toString(8),
      append: f.append === true,
      defer: f.defer === true,
    };
  });
  const users: ExpectedUser[] = [];
  for (const u of (raw.users ?? []) as unknown[]) {
    if (u === "default") continue;
    if (typeof u === "string") {
      users.push({ name: u, groups: [], system: false, sshAuthorizedKeys: [] });
      continue;
    }
    const e = u as Record<string, unknown>;
    users.push({
      name: String(e.name),
      groups: groupsOf(e.groups),
      shell: e.shell === undefined ? undefined : String(e.shell),
      homedir: e.homedir === undefined ? undefined : String(e.homedir),
      system: e.system === true,
      sshAuthorizedKeys: ((e.ssh_authorized_keys ?? []) as unknown[]).map(String),
    });
  }
  const groups: string[] = [];
  for (const g of (raw.groups ?? []) as unknown[]) {
    if (typeof g === "string") groups.push(g);
    else if (g && typeof g === "object") groups.push(...Object.keys(g));
  }
  const unitFiles = files.filter((f) => f.path.startsWith("/etc/systemd/system/") && (UNIT_SUFFIX.test(f.path) || /\.d\/[^/]+\.conf$/.test(f.path)));
  return { raw, packages: packageNames(raw), files, users, groups, unitFiles };
}

/** Unit name of a unit file or drop-in path, e.g. /etc/systemd/system/x.service.d/y.conf → x.service. */
export function unitNameOf(filePath: string): string {
  const dropIn = /\/([^/]+)\.d\/[^/]+\.conf$/.exec(filePath);
  if (dropIn) return dropIn[1];
  return filePath.slice(filePath.lastIndexOf("/") + 1);
}
