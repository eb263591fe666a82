// Single import point for the project's error helper, so every cloudinit module reports errors the same way.
export { PairPacError, invalid } from "../../src/errors";
