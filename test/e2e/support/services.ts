// Starting a machine's units with their requirements, as systemd would at boot, via ServiceRunner.
import * as fs from "node:fs";
import * as path from "node:path";
import { MachineNetwork, TestMachine } from "./machine";
import { ServiceRunner } from "./service-runner";
import { unitValue, unitValues } from "./unit-file";
import { formatResult } from "./exec";

/** The services of one machine in one network namespace, each started at most once. */
export class ServiceSet {
  private readonly runners = new Map<string, ServiceRunner>();
  private readonly done = new Set<string>();
  /** Units that were not started, with why (mount units: no block devices in a test machine). */
  readonly skipped = new Map<string, string>();

  constructor(
    readonly machine: TestMachine,
    readonly network: MachineNetwork,
    private readonly logDir: string,
  ) {
    fs.mkdirSync(logDir, { recursive: true });
  }

  /** The runner of a unit (created on first use). */
  runner(unit: string): ServiceRunner {
    let r = this.runners.get(unit);
    if (!r) {
      r = new ServiceRunner(this.machine, unit, { network: this.network, logFile: this.logFile(unit) });
      this.runners.set(unit, r);
    }
    return r;
  }

  /** Host file with a unit's output. */
  logFile(unit: string): string {
    return path.join(this.logDir, `${this.machine.name}-${unit}.log`);
  }

  /** Starts `unit` after the units it Requires=/BindsTo= (oneshot ones run to completion first). */
  async up(unit: string, chain: readonly string[] = []): Promise<ServiceRunner> {
    if (chain.includes(unit)) throw new Error(`dependency cycle: ${[...chain, unit].join(" → ")}`);
    const r = this.runner(unit);
    const oneshot = (unitValue(r.unit, "Service", "Type") ?? "simple") === "oneshot";
    if (this.done.has(unit) && (oneshot || r.running)) return r;
    const required = [...unitValues(r.unit, "Unit", "Requires"), ...unitValues(r.unit, "Unit", "BindsTo")].flatMap((v) => v.split(/\s+/)).filter((v) => v !== "");
    for (const dep of required) {
      if (dep.endsWith(".mount")) {
        this.skipped.set(dep, "mount units are not started in a test machine (no block devices)");
        continue;
      }
      await this.up(dep, [...chain, unit]);
    }
    if (oneshot) {
      await r.runOnce();
    } else {
      await r.start();
    }
    this.done.add(unit);
    return r;
  }

  /** Stops every started service (reverse start order). */
  async down(): Promise<void> {
    for (const r of [...this.runners.values()].reverse()) await r.stop();
  }

  /** Last lines of every unit's log, for failure messages. */
  logsTail(lines = 40): string {
    return [...this.runners.keys()]
      .map((u) => {
        const f = this.logFile(u);
        const text = fs.existsSync(f) ? fs.readFileSync(f, "utf8").split("\n").slice(-lines).join("\n") : "(no output)";
        return `--- ${u} ---\n${text}`;
      })
      .join("\n");
  }
}

/** Reads the first bytes a TCP server sends (e.g. an RFB banner), from inside a machine's network. */
export async function readBanner(machine: TestMachine, network: MachineNetwork, port: number, bytes = 12): Promise<string> {
  const r = await machine.exec(["timeout", "5", "bash", "-c", `exec 3<>/dev/tcp/127.0.0.1/${port} && head -c ${bytes} <&3`], { network, timeoutMs: 10_000 });
  if (r.code !== 0) throw new Error(`no banner on 127.0.0.1:${port}:\n${formatResult(r)}`);
  return r.stdout;
}
