// Loaded first in every test file of the conformance tier (jest.conformance.config.js, setupFiles).
process.env.PAIRPAC_TEST_TIER = "conformance";
