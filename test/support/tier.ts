/**
 * Which test tier is running. `npm test` (jest.config.js) needs only Node; `npm run test:conformance`
 * (jest.conformance.config.js) sets PAIRPAC_TEST_TIER=conformance before any test module loads, runs every test
 * again with the real validators required, and runs the *.conformance.test.ts files.
 */
export const CONFORMANCE = process.env.PAIRPAC_TEST_TIER === "conformance";

/** fast-check runs per property: 1,000 in `npm test`, 10,000 in the conformance tier. */
export const PROPERTY_RUNS = CONFORMANCE ? 10_000 : 1_000;
