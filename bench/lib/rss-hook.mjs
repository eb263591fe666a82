// Preloaded into every Node.js process of a measured command (NODE_OPTIONS=--import=...) when GNU time is not
// available: appends the process's peak resident set size in KiB to $PAIRPAC_BENCH_RSS_FILE when it exits.
import { appendFileSync } from "node:fs";

const file = process.env.PAIRPAC_BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
