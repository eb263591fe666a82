import { PairPacError } from "../../src/errors";
import { BranchIdentity } from "../../src/identity";

const PARENT = "pairpac.example.org";
const FIX = "Pass the tags of a resource PairPac created (they carry pairpac:branch and, for long names, pairpac:branch-1, -2, ...).";

describe("branch tags", () => {
  test("store tag-safe branches verbatim and everything else as b64: + base64url of the UTF-8 bytes", () => {
    expect(BranchIdentity.of({ branch: "feature/Audio_fix-2@v1+x=y", parentDomain: PARENT }).tags["pairpac:branch"]).toBe("feature/Audio_fix-2@v1+x=y");
    expect(BranchIdentity.of({ branch: "fix#12", parentDomain: PARENT }).tags["pairpac:branch"]).toBe(`b64:${Buffer.from("fix#12").toString("base64url")}`);
    expect(BranchIdentity.of({ branch: "Grüße", parentDomain: PARENT }).tags["pairpac:branch"]).toBe("b64:R3LDvMOfZQ");
  });

  test("split a 300-character name into 256 + 44 characters", () => {
    const branch = "feature/".repeat(37) + "last";
    const tags = BranchIdentity.of({ branch, parentDomain: PARENT }).tags;
    expect(Object.keys(tags)).toEqual(["pairpac:managed-by", "pairpac:branch-label", "pairpac:branch", "pairpac:branch-1"]);
    expect(tags["pairpac:branch"]).toBe(branch.slice(0, 256));
    expect(tags["pairpac:branch-1"]).toBe(branch.slice(256));
  });

  test("round-trip names with every tag-unsafe ASCII character Git allows", () => {
    for (const character of "!\"#$%&'(),;<>]`{|}") {
      const branch = `fix${character}1`;
      expect(BranchIdentity.branchFromTags({ ...BranchIdentity.of({ branch, parentDomain: PARENT }).tags })).toBe(branch);
    }
  });

  const longTags = BranchIdentity.of({ branch: "ü".repeat(200), parentDomain: PARENT }).tags;
  const { "pairpac:branch-1": _dropped, ...gap } = longTags;

  const BAD_TAGS: Array<[string, unknown, string]> = [
    ["not an object", "main", `tags: must be an object mapping tag keys to values; got "main". ${FIX}`],
    ["null", null, `tags: must be an object mapping tag keys to values; got null. ${FIX}`],
    ["an array", [], `tags: must be an object mapping tag keys to values; got []. ${FIX}`],
    ["no branch tag", { "pairpac:managed-by": "pairpac" }, `tags: must contain a "pairpac:branch" tag with a string value; got {"pairpac:managed-by":"pairpac"}. ${FIX}`],
    ["a non-string branch tag", { "pairpac:branch": 5 }, `tags: must contain a "pairpac:branch" tag with a string value; got {"pairpac:branch":5}. ${FIX}`],
    ["a zero-padded continuation", { "pairpac:branch": "main", "pairpac:branch-01": "x" },
      `tags: must not contain the malformed continuation tag "pairpac:branch-01" (continuations are "pairpac:branch-1", -2, ... with string values); got {"pairpac:branch":"main","pairpac:branch-01":"x"}. ${FIX}`],
    ["continuation 0", { "pairpac:branch": "main", "pairpac:branch-0": "x" },
      `tags: must not contain the malformed continuation tag "pairpac:branch-0" (continuations are "pairpac:branch-1", -2, ... with string values); got {"pairpac:branch":"main","pairpac:branch-0":"x"}. ${FIX}`],
    ["a non-string continuation", { "pairpac:branch": "main", "pairpac:branch-1": 1 },
      `tags: must not contain the malformed continuation tag "pairpac:branch-1" (continuations are "pairpac:branch-1", -2, ... with string values); got {"pairpac:branch":"main","pairpac:branch-1":1}. ${FIX}`],
    ["bad base64url", { "pairpac:branch": "b64:+/==" }, `tags: must hold canonical base64url after "b64:" in the branch tags; got {"pairpac:branch":"b64:+/=="}. ${FIX}`],
    ["non-canonical base64url", { "pairpac:branch": "b64:bWFpbh" }, `tags: must hold canonical base64url after "b64:" in the branch tags; got {"pairpac:branch":"b64:bWFpbh"}. ${FIX}`],
    ["bytes that are not UTF-8", { "pairpac:branch": "b64:_w" }, `tags: must hold a branch encoded as UTF-8; got {"pairpac:branch":"b64:_w"}. ${FIX}`],
    ["an encoded tag-safe name", { "pairpac:branch": "b64:bWFpbg" },
      `tags: must hold the branch in the form PairPac writes (verbatim when tag-safe, otherwise "b64:", split every 256 characters); got {"pairpac:branch":"b64:bWFpbg"}. ${FIX}`],
    ["a verbatim tag-unsafe name", { "pairpac:branch": "fix#12" },
      `tags: must hold the branch in the form PairPac writes (verbatim when tag-safe, otherwise "b64:", split every 256 characters); got {"pairpac:branch":"fix#12"}. ${FIX}`],
    ["a short name split in two", { "pairpac:branch": "ma", "pairpac:branch-1": "in" },
      `tags: must hold the branch in the form PairPac writes (verbatim when tag-safe, otherwise "b64:", split every 256 characters); got {"pairpac:branch":"ma","pairpac:branch-1":"in"}. ${FIX}`],
    ["an invalid branch", { "pairpac:branch": "a..b" }, 'tags["pairpac:branch"] (decoded): must not contain ".."; got "a..b". Git does not allow it in branch names; rename the branch, e.g. to "a.b".'],
    ["an empty branch", { "pairpac:branch": "" }, 'tags["pairpac:branch"] (decoded): must not be empty; got "". Pass the Git branch name, e.g. "main" (in CI, the branch that triggered the build).'],
  ];

  test.each(BAD_TAGS)("fails to read a branch from tags with %s", (_title, tags, message) => {
    let error: unknown;
    try {
      BranchIdentity.branchFromTags(tags as Record<string, string>);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PairPacError);
    expect((error as PairPacError).message).toBe(message);
  });

  test("fails to read a branch when a continuation tag is missing", () => {
    expect(() => BranchIdentity.branchFromTags(gap)).toThrow(
      'tags: must contain "pairpac:branch-1" (continuation tags are numbered from 1 without gaps); got {');
  });

  test("fails to read a branch when the last continuation tag is cut off", () => {
    const { "pairpac:branch-2": _last, ...truncated } = longTags;
    expect(() => BranchIdentity.branchFromTags(truncated)).toThrow("tags: must hold");
  });
});
