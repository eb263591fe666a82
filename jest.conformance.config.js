/**
 * `npm run test:conformance`: every `npm test` test again with the real validators required (cloud-init, PyYAML,
 * shellcheck; 10,000 runs per property), plus the *.conformance.test.ts files (nginx, sshd, Dovecot, Postfix, systemd,
 * loop devices, Debian 13 root, ssh-keygen, openssl). A missing validator fails the run before any test starts
 * (test/conformance/global-setup.js); install them with `sudo scripts/validators/install.sh`.
 */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  setupFiles: [...base.setupFiles, "<rootDir>/test/conformance/tier-env.ts"],
  globalSetup: "<rootDir>/test/conformance/global-setup.js",
  testTimeout: 300000,
};
