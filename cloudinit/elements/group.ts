import type { CloudInitElement, ElementTarget } from "../element";
import { invalid } from "../private/errors";
import { accountName } from "../private/validate";

/**
 * A Linux group created by cloud-init (`groups`), optionally with members. Members of the same group merge across
 * contributors. cloud-init creates groups before users, so members must already exist (system accounts); put users
 * created by the document into groups with `User.create(name, { groups })` instead.
 */
export class Group implements CloudInitElement {
  /** A group named `name` with optional existing `members`. */
  public static of(name: string, members: readonly string[] = []): Group {
    return new Group(name, members);
  }

  /** Group name. */
  public readonly name: string;
  /** Member user names (sorted, deduplicated). */
  public readonly members: readonly string[];

  private constructor(name: string, members: readonly string[]) {
    this.name = accountName("group.name", name);
    if (!Array.isArray(members)) {
      throw invalid(`group(${name}).members`, members, "must be an array of user names", "Use e.g. [\"pairpac\"].");
    }
    members.forEach((m, i) => accountName(`group(${name}).members[${i}]`, m));
    this.members = [...new Set(members)].sort();
  }

  /** Adds the `groups` entry. */
  public contribute(target: ElementTarget): void {
    target.addGroup(this.name, this.members);
  }
}
