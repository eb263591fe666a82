import { TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { invalid } from "../../src/errors";

/** How {@link perStack} finds or creates a construct. */
export interface PerStackSpec<T extends IConstruct> {
  /** Id of the construct at the top of the stack: where it is looked for first and created. */
  readonly id: string;
  /**
   * Its class (a private constructor is fine): a construct under `id` of another class, or one that `matches`
   * rejects, is an error.
   */
  readonly type: { readonly prototype: T };
  /**
   * Also accept a construct of `type` anywhere in the stack that passes this test (e.g. a provider the user
   * created under another id).
   * @default - only the construct under `id`
   */
  readonly matches?: (candidate: T) => boolean;
  /** Creates it (called only when none was found). */
  readonly create: (stack: TerraformStack, id: string) => T;
  /**
   * Called with a construct that was found: throws a PairPacError when it does not fit what the caller asked for.
   * @default - any found construct is used as it is
   */
  readonly reuse?: (existing: T) => void;
  /**
   * Setting named in the error when `id` is taken by a construct of another class, and the fix it suggests.
   * @default - field "id", fix "Choose another id for that construct."
   */
  readonly taken?: { readonly field: string; readonly fix: string };
}

/** A construct kept once per stack (and key), made from props: a later request must ask for the same. */
export interface MadeFromProps<P> extends IConstruct {
  /** Throws a PairPacError naming the first of `props` that differs from what the construct was made with. */
  checkSameAs(props: P): void;
}

/**
 * {@link perStack} for a construct made from `props` alone: the one of `type` under `id` in the stack of `scope`,
 * checked against `props` by its `checkSameAs`, or a new one from `create`.
 */
export function perStackFromProps<P, T extends MadeFromProps<P>>(
  scope: IConstruct, id: string, type: { readonly prototype: T }, props: P, create: (stack: TerraformStack, id: string) => T,
): T {
  return perStack(scope, { id, type, create, reuse: (existing) => existing.checkSameAs(props) });
}

/**
 * The one construct of its kind in the stack of `scope`, found or created at the top of the stack: providers per
 * region, branch networks per region, the branch compartment, stack-level variables.
 */
export function perStack<T extends IConstruct>(scope: IConstruct, spec: PerStackSpec<T>): T {
  const stack = TerraformStack.of(scope);
  const byId = stack.node.tryFindChild(spec.id);
  const matches = spec.matches ?? (() => true);
  // `instanceof` without needing a public constructor.
  const isType = (c: IConstruct | undefined): c is T => c !== undefined && Object.prototype.isPrototypeOf.call(spec.type.prototype, c);
  let found: T | undefined;
  if (isType(byId) && matches(byId)) {
    found = byId;
  } else if (byId !== undefined) {
    const { field, fix } = spec.taken ?? { field: "id", fix: "Choose another id for that construct." };
    throw invalid(field, spec.id, "is already the id of another construct at the top of the stack", fix);
  } else if (spec.matches !== undefined) {
    found = stack.node.findAll().find((c): c is T => isType(c) && matches(c));
  }
  if (found === undefined) return spec.create(stack, spec.id);
  spec.reuse?.(found);
  return found;
}
