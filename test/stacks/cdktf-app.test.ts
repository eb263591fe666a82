/** scripts/cdktf-app.js (the app `cdktf synth` runs) compiles only when a source changed since its last build. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { needsBuild, STAMP_NAME } = require("../../scripts/cdktf-app.js") as { needsBuild(root: string): boolean; STAMP_NAME: string };

describe("cdktf app build check", () => {
  let root: string;
  const at = (path: string, seconds: number, content = "x"): void => {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), content);
    utimesSync(join(root, path), seconds, seconds);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "pairpac-app-build-"));
    at("src/a.ts", 1_000);
    at("stacks/deep/b.ts", 1_000);
    at("tsconfig.json", 1_000);
    at("dist/stacks/main.js", 2_000);
    at("dist/app/pairpac-app.cjs", 2_000);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test("builds when it never built, skips when nothing changed since", () => {
    expect(needsBuild(root)).toBe(true);
    at(STAMP_NAME, 2_000);
    expect(needsBuild(root)).toBe(false);
  });

  test.each(["src/a.ts", "stacks/deep/b.ts", "tsconfig.json", "constructs/new.ts"])("builds again after %s changes", (path) => {
    at(STAMP_NAME, 2_000);
    at(path, 3_000);
    expect(needsBuild(root)).toBe(true);
  });

  test("ignores files that are not TypeScript, and builds when the compiled app is gone", () => {
    at(STAMP_NAME, 2_000);
    at("src/notes.md", 3_000);
    expect(needsBuild(root)).toBe(false);
    rmSync(join(root, "dist", "stacks", "main.js"));
    expect(needsBuild(root)).toBe(true);
  });

  test("builds when the bundle is gone (a tsc-only build)", () => {
    at(STAMP_NAME, 2_000);
    rmSync(join(root, "dist", "app", "pairpac-app.cjs"));
    expect(needsBuild(root)).toBe(true);
  });
});
