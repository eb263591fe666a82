import { type ExpectedPairPacError, expectPairPacError } from "../support/pairpac-error";
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

  const BAD_TAGS: Array<[string, unknown, ExpectedPairPacError]> = [
    ["not an object", "main", { field: "tags", problem: "must be an object mapping tag keys to values", fix: FIX }],
    ["null", null, { field: "tags", problem: "must be an object mapping tag keys to values", fix: FIX }],
    ["an array", [], { field: "tags", problem: "must be an object mapping tag keys to values", fix: FIX }],
    ["no branch tag", { "pairpac:managed-by": "pairpac" }, { field: "tags", problem: 'must contain a "pairpac:branch" tag with a string value', fix: FIX }],
    ["a non-string branch tag", { "pairpac:branch": 5 }, { field: "tags", problem: 'must contain a "pairpac:branch" tag with a string value', fix: FIX }],
    ["a zero-padded continuation", { "pairpac:branch": "main", "pairpac:branch-01": "x" },
      { field: "tags", problem: 'must not contain the malformed continuation tag "pairpac:branch-01" (continuations are "pairpac:branch-1", -2, ... with string values)', fix: FIX }],
    ["continuation 0", { "pairpac:branch": "main", "pairpac:branch-0": "x" },
      { field: "tags", problem: 'must not contain the malformed continuation tag "pairpac:branch-0" (continuations are "pairpac:branch-1", -2, ... with string values)', fix: FIX }],
    ["a non-string continuation", { "pairpac:branch": "main", "pairpac:branch-1": 1 },
      { field: "tags", problem: 'must not contain the malformed continuation tag "pairpac:branch-1" (continuations are "pairpac:branch-1", -2, ... with string values)', fix: FIX }],
    ["bad base64url", { "pairpac:branch": "b64:+/==" }, { field: "tags", problem: 'must hold canonical base64url after "b64:" in the branch tags', fix: FIX }],
    ["non-canonical base64url", { "pairpac:branch": "b64:bWFpbh" }, { field: "tags", problem: 'must hold canonical base64url after "b64:" in the branch tags', fix: FIX }],
    ["bytes that are not UTF-8", { "pairpac:branch": "b64:_w" }, { field: "tags", problem: "must hold a branch encoded as UTF-8", fix: FIX }],
    ["an encoded tag-safe name", { "pairpac:branch": "b64:bWFpbg" },
      { field: "tags", problem: 'must hold the branch in the form PairPac writes (verbatim when tag-safe, otherwise "b64:", split every 256 characters)', fix: FIX }],
    ["a verbatim tag-unsafe name", { "pairpac:branch": "fix#12" },
      { field: "tags", problem: 'must hold the branch in the form PairPac writes (verbatim when tag-safe, otherwise "b64:", split every 256 characters)', fix: FIX }],
    ["a short name split in two", { "pairpac:branch": "ma", "pairpac:branch-1": "in" },
      { field: "tags", problem: 'must hold the branch in the form PairPac writes (verbatim when tag-safe, otherwise "b64:", split every 256 characters)', fix: FIX }],
    ["an invalid branch", { "pairpac:branch": "a..b" }, { field: 'tags["pairpac:branch"] (decoded)', problem: 'must not contain ".."', fix: 'Git does not allow it in branch names; rename the branch, e.g. to "a.b".' }],
    ["an empty branch", { "pairpac:branch": "" }, { field: 'tags["pairpac:branch"] (decoded)', problem: "must not be empty", fix: 'Pass the Git branch name, e.g. "main" (in CI, the branch that triggered the build).' }],
  ];

  test.each(BAD_TAGS)("fails to read a branch from tags with %s", (_title, tags, expected) => {
    const branch = (tags as Record<string, unknown> | null)?.["pairpac:branch"];
    expectPairPacError(() => BranchIdentity.branchFromTags(tags as Record<string, string>), { ...expected, value: expected.field === "tags" ? tags : branch });
  });

  test("fails to read a branch when a continuation tag is missing", () => {
    expectPairPacError(() => BranchIdentity.branchFromTags(gap), { field: "tags", value: gap, problem: 'must contain "pairpac:branch-1" (continuation tags are numbered from 1 without gaps)', fix: FIX });
  });

  test("fails to read a branch when the last continuation tag is cut off", () => {
    const { "pairpac:branch-2": _last, ...truncated } = longTags;
    expectPairPacError(() => BranchIdentity.branchFromTags(truncated), { field: "tags", value: truncated, problem: /^must hold/, fix: FIX });
  });
});
