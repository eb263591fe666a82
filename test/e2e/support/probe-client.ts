// Drives test/e2e/clients/mumble-probe.mjs (an independent Mumble client on the internet host) over JSON lines.
import { ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createInterface } from "node:readline";
import { PROJECT_ROOT } from "./paths";
import { killGroup } from "./exec";

/** What the probe reports. */
export interface ProbeState {
  connected: boolean;
  connects: number;
  lastError: string;
  self?: string;
  users: { name: string; session: number; channel: string }[];
  audio: Record<string, { packets: number; bytes: number; seconds: number; rms: number; decodeErrors: number }>;
}

export class MumbleProbe {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, (v: Record<string, unknown>) => void>();
  private nextId = 1;

  constructor(netns: string, args: { host: string; port: number; passwordFile: string; name: string }, logFile: string) {
    const script = path.join(PROJECT_ROOT, "test", "e2e", "clients", "mumble-probe.mjs");
    const log = fs.openSync(logFile, "a");
    this.child = spawn(
      "ip",
      ["netns", "exec", netns, process.execPath, script, "--host", args.host, "--port", String(args.port), "--password-file", args.passwordFile, "--name", args.name],
      { stdio: ["pipe", "pipe", log], detached: true, cwd: PROJECT_ROOT },
    );
    fs.closeSync(log);
    createInterface({ input: this.child.stdout! }).on("line", (line) => {
      try {
        const msg = JSON.parse(line) as { id: number } & Record<string, unknown>;
        this.pending.get(msg.id)?.(msg);
        this.pending.delete(msg.id);
      } catch {
        /* not ours */
      }
    });
  }

  request(op: Record<string, unknown>, timeoutMs = 30_000): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`mumble probe did not answer ${JSON.stringify(op)} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, (v) => {
        clearTimeout(timer);
        if (typeof v.error === "string") reject(new Error(`mumble probe: ${v.error}`));
        else resolve(v);
      });
      this.child.stdin!.write(JSON.stringify({ id, ...op }) + "\n");
    });
  }

  async state(): Promise<ProbeState> {
    return (await this.request({ op: "state" })) as unknown as ProbeState;
  }

  stop(): void {
    killGroup(this.child, "SIGKILL");
  }
}
