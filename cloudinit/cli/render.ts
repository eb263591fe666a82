#!/usr/bin/env node
/**
 * `npm run render -- --role <gateway|desktop> --out DIR [--desktops N] [--index I] [--all-options] [--os ID] [--values FILE]`
 *
 * Writes a NoCloud seed (user-data, meta-data) for one role with locally generated values, the two delivery bundles the
 * Terraform run would hand the booted machine (bootstrap-delivery, delivery), and prints the encoded size against each
 * cloud's user-data limit.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PairPacError } from "../private/errors";
import { estimateUserData } from "../size-estimate";
import { UserDataBudget } from "../user-data-budget";
import { parseRenderArgs, RENDER_USAGE, type RenderCliOptions } from "./args";
import { APPLY_COMMAND } from "../delivery/apply-command";
import { describeRole, metaData, obtainLocalValues } from "./local-values";

/** What one run produced. */
export interface RenderResult {
  /** Path of the user-data file. */
  readonly userDataPath: string;
  /** Path of the meta-data file. */
  readonly metaDataPath: string;
  /** Path of the first delivery bundle (the permanent host key). */
  readonly bootstrapPath: string;
  /** Path of the delivery bundle (secrets and changing configuration). */
  readonly deliveryPath: string;
  /** The report printed to stdout. */
  readonly report: string;
}

/** Renders the seed for parsed options (the testable core of the command). */
export function renderSeed(options: RenderCliOptions): RenderResult {
  const values = obtainLocalValues(options);
  const role = describeRole(options, values);
  const doc = role.cloudConfig;
  const userData = doc.render();
  mkdirSync(options.out, { recursive: true });
  const userDataPath = join(options.out, "user-data");
  const metaDataPath = join(options.out, "meta-data");
  const bootstrapPath = join(options.out, "bootstrap-delivery");
  const deliveryPath = join(options.out, "delivery");
  writeFileSync(userDataPath, userData, { mode: 0o600 });
  writeFileSync(metaDataPath, metaData(options, values), { mode: 0o644 });
  writeFileSync(bootstrapPath, role.bootstrap.render(), { mode: 0o600 });
  writeFileSync(deliveryPath, role.delivery.render(), { mode: 0o600 });
  const estimate = estimateUserData(userData);
  const lines = [
    `${doc.machine} (${options.os.id}${options.allOptions ? ", all options" : ""}): wrote ${userDataPath} and ${metaDataPath}`,
    `  deliveries (secrets and changing configuration, not in user-data): ${bootstrapPath}, then ${deliveryPath};`,
    `  on the booted machine: sudo ${APPLY_COMMAND} < bootstrap-delivery, then sudo ${APPLY_COMMAND} < delivery`,
    `  user-data ${estimate.rawBytes} bytes, gzip ${estimate.gzipBytes} bytes, base64(gzip) ${estimate.base64Bytes} bytes`,
    ...[UserDataBudget.AWS, UserDataBudget.OCI].map((b) => {
      const size = b.sizeOf(estimate);
      const pct = ((100 * size) / b.limitBytes).toFixed(1);
      return `  ${b.name.toUpperCase()}: ${size} of ${b.limitBytes} bytes (${b.measure === "gzip" ? "gzip" : "base64 of gzip"}), ${pct}%${size > b.limitBytes ? " OVER THE LIMIT" : ""}`;
    }),
  ];
  return { userDataPath, metaDataPath, bootstrapPath, deliveryPath, report: `${lines.join("\n")}\n` };
}

/** Runs the command with `argv` (without node and script); returns the exit status. */
export function main(argv: readonly string[], out: (text: string) => void = (t) => process.stdout.write(t), err: (text: string) => void = (t) => process.stderr.write(t)): number {
  try {
    const options = parseRenderArgs(argv);
    if (options.help) {
      out(RENDER_USAGE);
      return 0;
    }
    out(renderSeed(options).report);
    return 0;
  } catch (e) {
    if (e instanceof PairPacError) {
      err(`render: ${e.message}\n`);
      if (e.field.startsWith("-") || e.field === "arguments") err(`\n${RENDER_USAGE}`);
      return 2;
    }
    err(`render: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
