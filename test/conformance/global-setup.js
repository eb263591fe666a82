// Runs once before the conformance tier: fails the whole run, naming every missing validator, instead of letting
// tests fail one by one (there are no skips).
const { missingMessage } = require("../../scripts/validators/check.js");
const tmpdir = require("../support/jest-tmpdir.js");

module.exports = async () => {
  const message = missingMessage();
  if (message !== undefined) throw new Error(message);
  if (process.getuid !== undefined && process.getuid() !== 0) {
    throw new Error("conformance tier: must run as root (loop devices, mount namespaces, chroot into the Debian 13 validator root)");
  }
  await tmpdir.setup();
};
