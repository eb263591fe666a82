/**
 * Validators for tests: each runs the real tool on temporary files and throws an Error carrying the tool's output
 * when it rejects the input. A missing tool is an error too (tests must never silently skip validation).
 * Only the conformance tier (`npm run test:conformance`, *.conformance.test.ts) may call the tool runners;
 * `cloudInitSchema251` and `yaml11Parse` are pure Node and serve `npm test` as well.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "yaml";

/** Result of a tool run. */
export interface ToolRun {
  /** Exit status. */
  readonly status: number;
  /** Standard output. */
  readonly stdout: string;
  /** Standard error. */
  readonly stderr: string;
}

/** Runs `command` and returns its output; throws if the binary is missing. */
export function runTool(command: string, args: readonly string[], options: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): ToolRun {
  const result = spawnSync(command, [...args], {
    input: options.input,
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new Error(code === "ENOENT"
      ? `validator binary '${command}' is not installed (install its Debian package; tests never skip validation)`
      : `running ${command} failed: ${result.error.message}`);
  }
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Creates a temporary directory, passes it to `fn` and removes it afterwards. */
export function withTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "pairpac-validate-"));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function writeTree(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [rel, content] of Object.entries(files)) {
    if (rel.startsWith("/") || rel.split("/").includes("..")) {
      throw new Error(`validator file name must be relative without '..': ${rel}`);
    }
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

function fail(tool: string, run: ToolRun, input?: string): never {
  const numbered = input === undefined ? "" : `\n--- input ---\n${input.split("\n").map((l, i) => `${String(i + 1).padStart(4)}| ${l}`).join("\n")}`;
  throw new Error(`${tool} rejected the input (exit ${run.status}):\n${run.stdout}${run.stderr}${numbered}`);
}

/**
 * Validates a `#cloud-config` document with `cloud-init schema -c` (the host's cloud-init, 22.4 here) and, when
 * test/fixtures/cloud-init-25.1-schema.json exists, also against the cloud-init 25.1 JSON schema (Debian 13).
 * Returns the tool's output.
 */
export function cloudInitSchema(yamlText: string): string {
  const out = withTempDir((dir) => {
    const file = join(dir, "user-data");
    writeFileSync(file, yamlText);
    const run = runTool("cloud-init", ["schema", "-c", file]);
    // 22.4 prints "Valid cloud-config: <file>"; anything else (errors, deprecations printed as errors) fails.
    if (run.status !== 0 || !/Valid cloud-config/.test(run.stdout)) fail("cloud-init schema", run, yamlText);
    return run.stdout;
  });
  cloudInitSchema251(yamlText);
  return out;
}

/** Path of the cloud-init 25.1 schema fixture (see test/fixtures/cloud-init-25.1-schema.README.md). */
export const CLOUD_INIT_251_SCHEMA = join(__dirname, "..", "fixtures", "cloud-init-25.1-schema.json");

type Validator = ((data: unknown) => boolean) & { errors?: unknown };
let validator251: Validator | undefined;

/**
 * The compiled 25.1 schema. Compiling it takes about 1.3 s, so the generated code (ajv's standalone output) is cached in
 * node_modules/.cache/pairpac/, keyed by the schema's and ajv's content; every later test file just loads it.
 */
function loadValidator251(): Validator {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const schemaText = readFileSync(CLOUD_INIT_251_SCHEMA, "utf8");
  const ajvVersion = (require("ajv/package.json") as { version: string }).version;
  const key = createHash("sha256").update(`${ajvVersion}\0${KEYWORDS_VERSION}\0${schemaText}`).digest("hex").slice(0, 16);
  const cacheDir = join(__dirname, "..", "..", "node_modules", ".cache", "pairpac");
  const cached = join(cacheDir, `cloud-init-25.1-schema-${key}.js`);
  if (!existsSync(cached)) {
    const { default: Ajv, _ } = require("ajv") as typeof import("ajv");
    const standaloneCode = (require("ajv/dist/standalone") as typeof import("ajv/dist/standalone")).default;
    const schema = JSON.parse(schemaText) as Record<string, unknown>;
    delete schema.$schema;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, code: { source: true } });
    // cloud-init marks outdated keys and value forms with "deprecated": true, or with a "changed_description" saying
    // "deprecated" (it only warns at boot); we fail on both.
    ajv.removeKeyword("deprecated");
    ajv.addKeyword({ keyword: "deprecated", schemaType: "boolean", code: (cxt) => { if (cxt.schema === true) cxt.fail(_`true`); } });
    ajv.addKeyword({ keyword: "changed_description", schemaType: "string", code: (cxt) => { if (/deprecated/i.test(String(cxt.schema))) cxt.fail(_`true`); } });
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${cached}.${process.pid}.tmp`;
    writeFileSync(partial, standaloneCode(ajv, ajv.compile(schema)));
    renameSync(partial, cached);
  }
  return require(cached) as Validator;
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/** Bump when the custom keywords above change (part of the cache key). */
const KEYWORDS_VERSION = "1";

/**
 * Validates the document against the cloud-init 25.1 schema with ajv, after parsing it with the yaml library in
 * YAML 1.1 mode (pure Node; the conformance tier proves PyYAML reads the same). Throws if the fixture is missing.
 */
export function cloudInitSchema251(yamlText: string): void {
  if (!existsSync(CLOUD_INIT_251_SCHEMA)) {
    throw new Error(`cloud-init 25.1 schema fixture missing at ${CLOUD_INIT_251_SCHEMA}`);
  }
  validator251 ??= loadValidator251();
  const data = yaml11Parse(yamlText);
  const validate = validator251 as NonNullable<typeof validator251>;
  if (!validate(data)) {
    throw new Error(`cloud-init 25.1 schema rejected the document:\n${JSON.stringify(validate.errors, null, 2)}\n--- input ---\n${yamlText}`);
  }
}

/** Parses YAML as YAML 1.1 (the version PyYAML, and so cloud-init, implements) with the yaml library. */
export function yaml11Parse(yamlText: string): unknown {
  return parse(yamlText, { version: "1.1" });
}

/** Parses YAML with PyYAML's safe_load, as cloud-init does, and returns the result (via JSON). */
export function pyYamlParse(yamlText: string): unknown {
  const run = runTool("python3", ["-c", "import sys, json, yaml; json.dump(yaml.safe_load(sys.stdin.read()), sys.stdout)"], { input: yamlText });
  if (run.status !== 0) fail("PyYAML safe_load", run, yamlText);
  return JSON.parse(run.stdout);
}

/** Runs shellcheck on a script (bash unless it has another `#!` line). Returns the output. */
export function shellcheck(script: string, options: { shell?: "bash" | "sh" | "dash" } = {}): string {
  const args = ["--severity=style", "--norc", "--format=gcc"];
  if (options.shell !== undefined || !script.startsWith("#!")) args.push(`--shell=${options.shell ?? "bash"}`);
  const run = runTool("shellcheck", [...args, "-"], { input: script });
  if (run.status !== 0) fail("shellcheck", run, script);
  return run.stdout;
}

/**
 * Runs `nginx -t` on a configuration tree. `files` maps paths relative to a temporary prefix directory to content
 * (or is a function receiving that directory, for configs that must name absolute paths of certificates etc.).
 * `main` is the file passed with `-c`.
 */
export function nginxTest(files: Readonly<Record<string, string>> | ((prefix: string) => Readonly<Record<string, string>>), main = "nginx.conf"): string {
  return withTempDir((dir) => {
    writeTree(dir, typeof files === "function" ? files(dir) : files);
    mkdirSync(join(dir, "logs"), { recursive: true });
    const run = runTool("nginx", ["-t", "-q", "-p", `${dir}/`, "-c", join(dir, main), "-g", `pid ${join(dir, "nginx.pid")}; error_log ${join(dir, "logs", "error.log")};`]);
    if (run.status !== 0) fail("nginx -t", run, readFileSync(join(dir, main), "utf8"));
    return run.stdout + run.stderr;
  });
}

/**
 * Runs `doveconf -n` on a configuration (a single file, or a tree whose `dovecot.conf` is the main file).
 * Note: the host has Dovecot 2.3; configs written for 2.4 need the 2.4 binary.
 */
export function doveconf(config: string | Readonly<Record<string, string>>): string {
  return withTempDir((dir) => {
    const files = typeof config === "string" ? { "dovecot.conf": config } : config;
    writeTree(dir, files);
    const main = join(dir, "dovecot.conf");
    const run = runTool("doveconf", ["-n", "-c", main]);
    if (run.status !== 0 || /\berror\b|Fatal/i.test(run.stderr)) fail("doveconf -n", run, readFileSync(main, "utf8"));
    return run.stdout;
  });
}

/** Runs `sshd -t` on an sshd_config (with a throw-away host key). Returns the effective configuration (`sshd -T`). */
export function sshdTest(config: string): string {
  return withTempDir((dir) => {
    const cfg = join(dir, "sshd_config");
    writeFileSync(cfg, config);
    const key = join(dir, "ssh_host_ed25519_key");
    const gen = runTool("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", key]);
    if (gen.status !== 0) fail("ssh-keygen", gen);
    // sshd -t requires its privilege separation directory.
    if (!existsSync("/run/sshd")) mkdirSync("/run/sshd", { recursive: true, mode: 0o755 });
    const sshd = existsSync("/usr/sbin/sshd") ? "/usr/sbin/sshd" : "sshd";
    const run = runTool(sshd, ["-t", "-f", cfg, "-h", key]);
    if (run.status !== 0 || run.stderr.trim() !== "") fail("sshd -t", run, config);
    const full = runTool(sshd, ["-T", "-f", cfg, "-h", key, "-C", "user=root,host=localhost,addr=127.0.0.1"]);
    if (full.status !== 0) fail("sshd -T", full, config);
    return full.stdout;
  });
}

/**
 * Checks a Postfix configuration directory: `postconf -c DIR -n` and `postconf -c DIR -M` must succeed without
 * warnings (unknown parameters, syntax errors in master.cf). `dir` may also be given as a map of file name to content.
 */
export function postfixCheck(dir: string | Readonly<Record<string, string>>): string {
  const check = (d: string): string => {
    const main = runTool("postconf", ["-c", d, "-n"]);
    if (main.status !== 0 || main.stderr.trim() !== "") fail("postconf -n", main, existsSync(join(d, "main.cf")) ? readFileSync(join(d, "main.cf"), "utf8") : undefined);
    const master = runTool("postconf", ["-c", d, "-M"]);
    if (master.status !== 0 || master.stderr.trim() !== "") fail("postconf -M", master, existsSync(join(d, "master.cf")) ? readFileSync(join(d, "master.cf"), "utf8") : undefined);
    return main.stdout + master.stdout;
  };
  if (typeof dir === "string") return check(dir);
  return withTempDir((d) => {
    writeTree(d, dir);
    return check(d);
  });
}

/**
 * Runs `systemd-analyze verify` on unit files (name → content). Executables named in Exec lines must exist on this
 * host, so tests use /bin/true-like paths where the real binary is not installed. Returns the output.
 */
export function systemdVerify(units: Readonly<Record<string, string>>): string {
  return withTempDir((dir) => {
    writeTree(dir, units);
    const paths = Object.keys(units).filter((n) => !n.includes("/")).map((n) => join(dir, n));
    const run = runTool("systemd-analyze", ["verify", "--man=no", "--recursive-errors=no", ...paths], { env: { ...process.env, SYSTEMD_LOG_COLOR: "0", SYSTEMD_UNIT_PATH: `${dir}:` } });
    const problems = (run.stdout + run.stderr).split("\n").filter((l) => l.includes(dir));
    if (run.status !== 0 || problems.length > 0) fail("systemd-analyze verify", run, Object.values(units).join("\n"));
    return run.stdout + run.stderr;
  });
}
