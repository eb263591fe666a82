import type { IConstruct } from "constructs";

/** Metadata type of a suppression. */
const SUPPRESSION_METADATA_TYPE = "pairpac:policy-suppression";

/** A suppression recorded on a construct. */
interface Suppression {
  readonly ruleId: string;
  readonly reason: string;
}

/** Records a (validated) suppression on `construct`. */
export function addSuppression(construct: IConstruct, ruleId: string, reason: string): void {
  construct.node.addMetadata(SUPPRESSION_METADATA_TYPE, { ruleId, reason } satisfies Suppression);
}

/** The reason of the suppression of `ruleId` on `construct` or one of its scopes (nearest first), if any. */
export function suppressionReason(construct: IConstruct, ruleId: string): string | undefined {
  for (const scope of construct.node.scopes.slice().reverse()) {
    const found = scope.node.metadata.find((m) => m.type === SUPPRESSION_METADATA_TYPE && (m.data as Suppression).ruleId === ruleId);
    if (found) return (found.data as Suppression).reason;
  }
  return undefined;
}
