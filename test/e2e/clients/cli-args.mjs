// Command-line options of the e2e clients (`--name value` pairs), shared by mumble-probe, mumble-burst and mail-client.
import { readFileSync } from "node:fs";

/** The value after `--<name>` in `argv`; `fallback` when absent, else an error naming the option. */
export function arg(name, fallback, argv = process.argv) {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) {
    if (fallback !== undefined) return fallback;
    throw new Error(`missing --${name}`);
  }
  return argv[i + 1];
}

/** The first line of the file named by `--<name>` (a password file). */
export function firstLineOf(name, argv = process.argv) {
  return readFileSync(arg(name, undefined, argv), "utf8").split("\n")[0];
}

/** `--host`, `--port` (default 64738) and the server password from `--password-file`, as the Mumble clients take them. */
export function mumbleServerArgs() {
  return { host: arg("host"), port: Number(arg("port", "64738")), password: firstLineOf("password-file") };
}
