import { Os } from "../os";
import { invalid } from "../private/errors";

/** The roles the render command can produce. */
export type RenderRole = "gateway" | "desktop";

/** Parsed and validated options of `render`. */
export interface RenderCliOptions {
  /** Role to render. */
  readonly role: RenderRole;
  /** Output directory for `user-data` and `meta-data`. */
  readonly out: string;
  /** Number of desktops registered with the gateway (values are generated for all of them). */
  readonly desktops: number;
  /** For `--role desktop`: which desktop to render (1..desktops). */
  readonly index: number;
  /** Switch every optional feature on. */
  readonly allOptions: boolean;
  /** Operating system. */
  readonly os: Os;
  /** A local-values JSON file to reuse (so a gateway and its desktops share keys); written when missing. */
  readonly values?: string;
  /** Print usage and exit. */
  readonly help: boolean;
}

/** Usage text of the render command. */
export const RENDER_USAGE = `Usage: npm run render -- --role <gateway|desktop> --out DIR [options]

Writes a NoCloud seed (DIR/user-data, DIR/meta-data) for one machine with locally generated keys, passwords and a
certificate chain from a local CA for example.test names (shaped like Let's Encrypt's, so sizes match a real
deployment), the delivery bundles a Terraform run would hand the booted machine over SSH (DIR/bootstrap-delivery,
DIR/delivery: apply each with \`sudo pairpac-apply < FILE\` on the machine), and prints the encoded size against each
cloud's limit.

Options:
  --role gateway|desktop   machine to render (required)
  --out DIR                output directory (required; created if missing)
  --desktops N             desktops registered with the gateway, 1-99 (default 1)
  --index I                desktop to render with --role desktop, 1-N (default 1)
  --all-options            switch every optional feature on (mail, data volume, bundles, ...)
  --os ID                  ${Os.all().map((o) => o.id).join(" | ")} (default ${Os.UBUNTU_24_04.id})
  --values FILE            reuse generated values from FILE (written there if it does not exist), so a gateway and
                           its desktops rendered one by one share keys and passwords
  --help                   show this text
`;

const FLAGS_WITH_VALUE = new Set(["--role", "--out", "--desktops", "--index", "--os", "--values"]);
const BOOLEAN_FLAGS = new Set(["--all-options", "--help"]);

function count(flag: string, raw: string, max: number): number {
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw invalid(flag, raw, `must be an integer between 1 and ${max}`, `Use e.g. ${flag} 2.`);
  }
  return Number(raw);
}

/** Parses `argv` (without node and script), throwing a PairPacError that names the flag, the value and the fix. */
export function parseRenderArgs(argv: readonly string[]): RenderCliOptions {
  const values = new Map<string, string>();
  const booleans = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf("=");
    const flag = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    if (BOOLEAN_FLAGS.has(flag)) {
      if (flag !== arg) throw invalid(flag, arg, "takes no value", `Write just ${flag}.`);
      booleans.add(flag);
      continue;
    }
    if (!FLAGS_WITH_VALUE.has(flag)) {
      throw invalid("arguments", arg, arg.startsWith("-") ? "is not a known option" : "is not an option (values follow their option)",
        "Run with --help to see the options.");
    }
    let value: string | undefined;
    if (flag !== arg) {
      value = arg.slice(eq + 1);
    } else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) {
        throw invalid(flag, value ?? null, "needs a value", `Write ${flag} <value>.`);
      }
      i++;
    }
    if (values.has(flag)) {
      throw invalid(flag, value, "is given twice", `Give ${flag} once.`);
    }
    values.set(flag, value);
  }
  const help = booleans.has("--help");
  if (help) {
    return { role: "gateway", out: "", desktops: 1, index: 1, allOptions: false, os: Os.UBUNTU_24_04, help: true };
  }
  const role = values.get("--role");
  if (role === undefined) {
    throw invalid("--role", null, "is required", "Add --role gateway or --role desktop.");
  }
  if (role !== "gateway" && role !== "desktop") {
    throw invalid("--role", role, "must be gateway or desktop", "Use --role gateway or --role desktop.");
  }
  const out = values.get("--out");
  if (out === undefined || out.trim() === "") {
    throw invalid("--out", out ?? null, "is required", "Add --out DIR, e.g. --out ./seed.");
  }
  const desktops = values.has("--desktops") ? count("--desktops", values.get("--desktops") as string, 99) : 1;
  const index = values.has("--index") ? count("--index", values.get("--index") as string, 99) : 1;
  if (values.has("--index") && role !== "desktop") {
    throw invalid("--index", values.get("--index"), "only applies to --role desktop", "Remove --index or use --role desktop.");
  }
  if (index > desktops) {
    throw invalid("--index", index, `must not exceed --desktops (${desktops})`, `Use --desktops ${index} or a smaller --index.`);
  }
  const osId = values.get("--os");
  let os = Os.UBUNTU_24_04;
  if (osId !== undefined) {
    try {
      os = Os.fromId(osId);
    } catch {
      throw invalid("--os", osId, "is not a supported operating system", `Use one of: ${Os.all().map((o) => o.id).join(", ")}.`);
    }
  }
  return { role, out, desktops, index, allOptions: booleans.has("--all-options"), os, values: values.get("--values"), help: false };
}
