/**
 * End-to-end tests (`npm run test:e2e`): the rendered user-data booted by cloud-init in a Debian 13 root
 * filesystem, the SSH tunnel between two network namespaces, the landing page in headless Chromium.
 * Needs root; run in band (the tests share namespaces, mounts and a cached root filesystem).
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }] },
  moduleFileExtensions: ["ts", "js", "json"],
  globalSetup: "<rootDir>/test/e2e/global-setup.ts",
  // Per test; the root filesystem build (up to ~10 min on a fresh machine) happens in globalSetup, which has no timeout.
  testTimeout: 300000,
  maxWorkers: 1,
  verbose: true,
};
