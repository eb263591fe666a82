/**
 * `npm test`: unit, construct, snapshot, property and schema-conformance tests that need only Node (no validators,
 * nothing outside the repository). The real validators run in `npm run test:conformance` (jest.conformance.config.js),
 * end-to-end tests in jest.e2e.config.js.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/", "\\.conformance\\.test\\.ts$"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }] },
  moduleFileExtensions: ["ts", "js", "json"],
  setupFiles: ["<rootDir>/test/support/terraform-version-env.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/setup-cdktf.ts"],
  // One temporary folder per run (cdktf's Testing apps write theirs there), removed at the end.
  globalSetup: "<rootDir>/test/support/jest-global-setup.js",
  globalTeardown: "<rootDir>/test/support/jest-global-teardown.js",
  testTimeout: 60000,
  // Jest's default is one worker fewer than the cores, so a single worker on a 2-core machine; the main process only
  // waits, so use every core.
  maxWorkers: "100%",
};
