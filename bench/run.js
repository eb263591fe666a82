// Entry point of `npm run bench` (package.json: "npm run -s build && node bench/run.js"); the runner is an ES module.
import("./run.mjs").catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
