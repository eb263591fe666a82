// Deliberate breakages of rendered user-data, for the harness's own tests: each must make a check fail.
import { parseDocument } from "yaml";

function editWriteFile(userData: string, pathPattern: RegExp, edit: (content: string, path: string) => string): string {
  const doc = parseDocument(userData);
  const files = doc.get("write_files") as { items: unknown[] } | undefined;
  let changed = 0;
  for (const item of files?.items ?? []) {
    const node = item as { get(k: string): unknown; set(k: string, v: unknown): void };
    const p = String(node.get("path"));
    if (!pathPattern.test(p)) continue;
    if (node.get("encoding") !== undefined) throw new Error(`cannot mutate encoded file ${p}`);
    const before = String(node.get("content"));
    const after = edit(before, p);
    if (after !== before) {
      node.set("content", after);
      changed++;
    }
  }
  if (changed === 0) throw new Error(`mutation matched no write_files content (paths ${pathPattern})`);
  return "#cloud-config\n" + doc.toString().replace(/^#cloud-config\n/, "");
}

/** Points the first ExecStart= of `unit` at a program that does not exist. */
export function breakExecStart(userData: string, unit: string): string {
  const escaped = unit.replace(/[.]/g, "\\.");
  return editWriteFile(userData, new RegExp(`^/etc/systemd/system/${escaped}$`), (content) =>
    content.replace(/^ExecStart=(\S+)/m, "ExecStart=/usr/local/bin/pairpac-e2e-missing"),
  );
}

/** Appends a runcmd entry that fails. */
export function addFailingCommand(userData: string): string {
  const doc = parseDocument(userData);
  const runcmd = doc.get("runcmd") as { add(v: unknown): void } | undefined;
  if (runcmd) runcmd.add(doc.createNode(["false"]));
  else doc.set("runcmd", [["false"]]);
  return "#cloud-config\n" + doc.toString().replace(/^#cloud-config\n/, "");
}

/**
 * Removes the listen restriction (`permitlisten=...`) from every authorized_keys option list in the
 * user-data (write_files and users' ssh_authorized_keys), so a desktop key could publish any port.
 */
export function loosenTunnelRestriction(userData: string): string {
  const out = userData.replace(/,?permitlisten=\\?"[^"\\]*\\?"/g, "");
  if (out === userData) throw new Error("the user-data has no permitlisten= restriction to remove");
  return out;
}
