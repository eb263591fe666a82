// Preloaded into every Node.js process of a measured command (NODE_OPTIONS=--import=...) when GNU time is not
// available: appends the process's peak resident set size in KiB and its user and system CPU seconds to
// $BENCH_PEAK_FILE when it exits.
import { appendFileSync } from "node:fs";

const file = process.env.BENCH_PEAK_FILE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    appendFileSync(file, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\n`);
  });
}
