import { desktopPorts } from "../ports";
import { invalid } from "../private/errors";
import { containsToken } from "../tokens";
import { renderXml, xml, XmlElement } from "../serializers/xml";
import type { DesktopRegistration } from "./desktop-registration";
import type { GuacamoleUser } from "./gateway-role-props";

/** Kind of a desktop connection: full shared control, or view-only. */
export type ConnectionKind = "collaborate" | "watch";

/** Characters allowed in a desktop name (it appears in XML, URLs and menus). */
const DESKTOP_NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}$/;

/** Checks desktop registrations: literal unique names and indexes, valid ports. Returns them sorted by index. */
export function checkDesktops(desktops: readonly DesktopRegistration[]): DesktopRegistration[] {
  const seen = new Map<number, string>();
  const names = new Set<string>();
  desktops.forEach((d, i) => {
    desktopPorts(d.index);
    if (typeof d.name !== "string" || containsToken(d.name) || !DESKTOP_NAME.test(d.name)) {
      throw invalid(`desktops[${i}].name`, d.name, "must be 1-40 letters, digits, spaces, '_', '.' or '-' (and no token)", "Use e.g. \"Desktop-1\".");
    }
    if (seen.has(d.index)) {
      throw invalid(`desktops[${i}].index`, d.index, `is already used by ${seen.get(d.index)}`, "Give every desktop its own index.");
    }
    if (names.has(d.name.toLowerCase())) {
      throw invalid(`desktops[${i}].name`, d.name, "is used by another desktop", "Give every desktop its own name.");
    }
    if (!containsToken(d.vncPassword) && !/^[A-Za-z0-9._-]{6,8}$/.test(d.vncPassword)) {
      throw invalid(`desktops[${i}].vncPassword`, "(hidden)", "must be 6-8 characters from [A-Za-z0-9._-]", "VNC uses at most 8 characters; use random_password with length 8.");
    }
    if (d.guacamoleAudio !== undefined && typeof d.guacamoleAudio !== "boolean") {
      throw invalid(`desktops[${i}].guacamoleAudio`, d.guacamoleAudio, "must be true or false", "Use true to offer the desktop's sound in Guacamole, or leave it out.");
    }
    seen.set(d.index, d.name);
    names.add(d.name.toLowerCase());
  });
  return [...desktops].sort((a, b) => a.index - b.index);
}

/** The Guacamole connection name of a desktop connection, e.g. `Desktop-1 (collaborate)`. */
export function connectionName(desktop: Pick<DesktopRegistration, "name">, kind: ConnectionKind): string {
  return `${desktop.name} (${kind})`;
}

/**
 * The path below the Guacamole web app that opens a connection directly: `#/client/<id>` where the id is
 * base64(`<name>\0c\0default`) (connection `c` of the `default` data source: user-mapping.xml).
 */
export function connectionFragment(desktop: Pick<DesktopRegistration, "name">, kind: ConnectionKind): string {
  return `#/client/${Buffer.from(`${connectionName(desktop, kind)}\0c\0default`, "utf8").toString("base64")}`;
}

function connection(desktop: DesktopRegistration, kind: ConnectionKind): XmlElement {
  const ports = desktopPorts(desktop.index);
  const params: Record<string, string> = {
    hostname: "127.0.0.1",
    port: String(ports.vnc),
    password: desktop.vncPassword,
  };
  if (desktop.guacamoleAudio === true) {
    // PulseAudio server string (passed to pa_context_connect): the desktop's audio port on the gateway loopback.
    params["enable-audio"] = "true";
    params["audio-servername"] = `tcp:127.0.0.1:${ports.audio}`;
  }
  // Without the option no audio parameter at all: guacd's VNC audio stays off, which saves about 1.4 Mbit/s of
  // uncompressed audio/L16 per viewer; viewers hear the desktop in the conference (Mumble, Opus) instead.
  if (kind === "watch") {
    params["read-only"] = "true";
    // guacd sends the desktop's clipboard to every user of a connection; watchers must not receive it. A watch
    // connection is its own guacd process (its own VNC client), so this leaves the collaborate connection's clipboard
    // alone. Checked in apache/guacamole-server 1.6.0: src/protocols/vnc/settings.c (arg "disable-copy") and
    // src/protocols/vnc/clipboard.c (guac_vnc_cut_text drops server text when it is set).
    params["disable-copy"] = "true";
  }
  return xml(
    "connection",
    { name: connectionName(desktop, kind) },
    xml("protocol", {}, "vnc"),
    ...Object.entries(params).map(([name, value]) => xml("param", { name }, value)),
  );
}

/**
 * `user-mapping.xml`: each user gets the watch connection of every desktop, `collaborate` users also the
 * collaborate connection. Passwords are SHA-256 hex (`encoding="sha256"`).
 */
export function userMappingXml(users: readonly GuacamoleUser[], desktops: readonly DesktopRegistration[]): string {
  const sorted = checkDesktops(desktops);
  if (!users.some((u) => u.access === "collaborate")) {
    throw invalid("guacamoleUsers", users.map((u) => u.name), "must contain at least one user with collaborate access", "Add e.g. { name: \"team\", access: \"collaborate\", ... }.");
  }
  const names = new Set<string>();
  const authorize = users.map((u, i) => {
    if (typeof u.name !== "string" || containsToken(u.name) || !/^[a-z][a-z0-9_-]{0,31}$/.test(u.name) || names.has(u.name)) {
      throw invalid(`guacamoleUsers[${i}].name`, u.name, "must be a unique lower-case login name (letters, digits, '_', '-')", "Use e.g. \"team\".");
    }
    names.add(u.name);
    if (!containsToken(u.passwordSha256) && !/^[0-9a-f]{64}$/.test(u.passwordSha256)) {
      throw invalid(`guacamoleUsers[${i}].passwordSha256`, "(hidden)", "must be 64 lower-case hex digits", "Pass sha256(password), e.g. Fn.sha256(randomPassword.result).");
    }
    const kinds: ConnectionKind[] = u.access === "collaborate" ? ["collaborate", "watch"] : ["watch"];
    return xml(
      "authorize",
      { username: u.name, password: u.passwordSha256, encoding: "sha256" },
      ...sorted.flatMap((d) => kinds.map((k) => connection(d, k))),
    );
  });
  // One line without declaration (XML 1.0 in UTF-8 is the default): the file is read by Guacamole only.
  return renderXml(xml("user-mapping", {}, ...authorize), { indent: "", declaration: false });
}
