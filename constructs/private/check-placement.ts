import { invalid } from "../../src/errors";
import { Placement } from "../placement";

/** Returns `placement` when it is a {@link Placement}; throws a PairPacError naming `field` otherwise. */
export function checkPlacement(field: string, placement: unknown): Placement {
  if (!(placement instanceof Placement)) {
    throw invalid(field, placement, "must be a Placement", "Use Placement.aws({ region }) or Placement.oci({ region, parentCompartmentId }).");
  }
  return placement;
}
