import { BranchIdentity, BranchIdentityJson } from "../../src/identity";
import { type ExpectedPairPacError, expectPairPacError } from "../support/pairpac-error";

const PARENT = "pairpac.example.org";

/**
 * Pinned mapping, one row per branch: its DNS label (the zone is `<label>.<parent>`, the `pairpac:branch-label` tag the
 * label), its workspace, compartment and stack names (SAME: the DNS label) and, where the branch is not written as it
 * is, its branch tags. These names are live environments: a zone, a workspace, a compartment, a stack. If this table
 * has to change, every listed branch's environment is renamed (destroyed and recreated) — change it only on purpose.
 */
const SAME = "=";
type PinnedRow = [branch: string, dnsLabel: string, workspaceName: string, compartmentName: string, stackName: string, branchTags?: Record<string, string>];
const ROWS: PinnedRow[] = [
  ["main", "main", SAME, SAME, SAME],
  ["Main", "main--eb814be3", SAME, SAME, SAME],
  ["MAIN", "main--95832d03", SAME, SAME, SAME],
  ["develop", "develop", SAME, SAME, SAME],
  ["feature/audio", "feature-audio--6681c9ed", SAME, SAME, SAME],
  ["feature/Audio_fix", "feature-audio-fix--d68f6551", "feature-audio_fix--d68f6551", "feature-audio_fix--d68f6551", "feature-audio_fix--d68f6551"],
  ["feature-audio", "feature-audio", SAME, SAME, SAME],
  ["feature_audio", "feature-audio--7044db6f", "feature_audio", "feature_audio", "feature_audio"],
  ["feature.audio", "feature-audio--03229611", SAME, "feature.audio", SAME],
  ["release-1.2", "release-1-2--8e4546ab", SAME, "release-1.2", SAME],
  ["release/1.2.3", "release-1-2-3--88ded651", SAME, "release-1.2.3--88ded651", SAME],
  ["v2.0", "v2-0--7761fa94", SAME, "v2.0", SAME],
  ["user/jane.doe/fix-login", "user-jane-doe-fix-login--92087efa", SAME, "user-jane.doe-fix-login--92087efa", SAME],
  ["dependabot/npm_and_yarn/typescript-5.9.3", "dependabot-npm-and-yarn-typescript-5-9-3--b2a01e01", "dependabot-npm_and_yarn-typescript-5-9-3--b2a01e01", "dependabot-npm_and_yarn-typescript-5.9.3--b2a01e01", "dependabot-npm_and_yarn-typescript-5-9-3--b2a01e01"],
  ["fix#12", "fix-12--5bc19252", SAME, SAME, SAME, { "pairpac:branch": "b64:Zml4IzEy" }],
  ["feature-x-1a2b3c4d", "feature-x-1a2b3c4d", SAME, SAME, SAME],
  ["feature-x--1a2b3c4d", "feature-x-1a2b3c4d--482fde99", SAME, SAME, SAME],
  ["feature-audio-fix--d68f6551", "feature-audio-fix-d68f6551--44effb79", SAME, SAME, SAME],
  ["xn", "xn", SAME, SAME, SAME],
  ["XN", "xnx--9e6c44ed", SAME, SAME, SAME],
  ["xn--a", "xn-a--0c845226", SAME, SAME, SAME],
  ["ab--cd", "ab-cd--867181d6", SAME, SAME, SAME],
  ["a", "a", SAME, SAME, SAME],
  ["A", "axx--559aead0", SAME, SAME, SAME],
  ["2024", "2024", SAME, SAME, SAME],
  ["_private", "private--3ce6c249", SAME, SAME, SAME],
  ["wip-", "wip--f0bc2212", SAME, SAME, SAME],
  ["fix.LOCK", "fix-lock--695c30e7", SAME, "fix.lock--695c30e7", SAME],
  ["a@b", "a-b--7508d8b5", SAME, SAME, SAME],
  ["日本語", "xxx--77710aed", SAME, SAME, SAME, { "pairpac:branch": "b64:5pel5pys6Kqe" }],
  ["Grüße/ÄÖÜ-ß", "grusse-aou-ss--7b9f1af1", SAME, SAME, SAME, { "pairpac:branch": "b64:R3LDvMOfZS_DhMOWw5wtw58" }],
  ["🎉", "xxx--6146299c", SAME, SAME, SAME, { "pairpac:branch": "b64:8J-OiQ" }],
  ["🎉-party", "party--7d1c041c", SAME, SAME, SAME, { "pairpac:branch": "b64:8J-OiS1wYXJ0eQ" }],
  ["con", "con", SAME, SAME, "con--1143da2b"],
  ["default", "default", "default--37a8eec1", SAME, SAME],
  ["x".repeat(63), "x".repeat(63), SAME, SAME, SAME],
  ["x".repeat(64), `${"x".repeat(53)}--7ce10097`, "x".repeat(64), "x".repeat(64), "x".repeat(64)],
  ["y".repeat(91), `${"y".repeat(53)}--341aed8d`, `${"y".repeat(80)}--341aed8d`, "y".repeat(91), `${"y".repeat(80)}--341aed8d`],
  ["z".repeat(101), `${"z".repeat(53)}--01be33a0`, `${"z".repeat(80)}--01be33a0`, `${"z".repeat(90)}--01be33a0`, `${"z".repeat(80)}--01be33a0`],
  [`${"long/".repeat(60)}end`, `${"long-".repeat(10)}lon--f37c9688`, `${"long-".repeat(16)}-f37c9688`, `${"long-".repeat(18)}-f37c9688`, `${"long-".repeat(16)}-f37c9688`, { "pairpac:branch": `${"long/".repeat(51)}l`, "pairpac:branch-1": `${"ong/l".repeat(8)}ong/end` }],
  ["ü".repeat(200), `${"u".repeat(53)}--cb26b0de`, `${"u".repeat(80)}--cb26b0de`, `${"u".repeat(90)}--cb26b0de`, `${"u".repeat(80)}--cb26b0de`, { "pairpac:branch": `b64:${"w7zDvMO8".repeat(31)}w7zD`, "pairpac:branch-1": "vMO8w7zD".repeat(32), "pairpac:branch-2": `${"vMO8w7zD".repeat(3)}vA` }],
];

/** A row as the identity's JSON (without the parent domain), as `BranchIdentity.toJSON()` gives it. */
function pinned([branch, dnsLabel, workspaceName, compartmentName, stackName, branchTags]: PinnedRow): Omit<BranchIdentityJson, "parentDomain"> {
  const name = (value: string): string => (value === SAME ? dnsLabel : value);
  return {
    branch,
    dnsLabel,
    zoneName: `${dnsLabel}.${PARENT}`,
    workspaceName: name(workspaceName),
    compartmentName: name(compartmentName),
    stackName: name(stackName),
    tags: { "pairpac:managed-by": "pairpac", "pairpac:branch-label": dnsLabel, ...(branchTags ?? { "pairpac:branch": branch }) },
  };
}

const PINNED = ROWS.map(pinned);

describe("BranchIdentity", () => {
  test("the pinned table covers at least 30 tricky names", () => {
    expect(PINNED.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PINNED.map((row) => row.branch)).size).toBe(PINNED.length);
  });

  test.each(PINNED.map((row) => [row.branch.length > 40 ? `${row.branch.slice(0, 40)}… (${row.branch.length} chars)` : row.branch, row] as const))(
    "maps %j exactly as pinned", (_title, row) => {
      expect(BranchIdentity.of({ branch: row.branch, parentDomain: PARENT }).toJSON()).toEqual({ ...row, parentDomain: PARENT });
      expect(BranchIdentity.branchFromTags({ ...row.tags })).toBe(row.branch);
    });

  test("pinned names are pairwise distinct in every namespace", () => {
    for (const key of ["dnsLabel", "zoneName", "workspaceName", "compartmentName", "stackName"] as const) {
      expect(new Set(PINNED.map((row) => row[key])).size).toBe(PINNED.length);
    }
  });

  test("normalises the parent domain (case, trailing dot) and builds the zone from it", () => {
    const id = BranchIdentity.of({ branch: "Feature/Audio", parentDomain: "PairPac.Example.ORG." });
    expect(id.parentDomain).toBe("pairpac.example.org");
    expect(id.zoneName).toBe("feature-audio--52ecc30b.pairpac.example.org");
    expect(id.branch).toBe("Feature/Audio");
  });

  test("accepts the longest parent domain with the longest label, leaving room for _acme-challenge", () => {
    const parent = `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(41)}.org`;
    expect(parent.length).toBe(BranchIdentity.MAX_PARENT_DOMAIN_LENGTH);
    const id = BranchIdentity.of({ branch: "q".repeat(70), parentDomain: parent });
    expect(id.dnsLabel).toBe(`${"q".repeat(53)}--${id.dnsLabel.slice(-8)}`);
    expect(id.zoneName.length).toBe(237);
    expect(`_acme-challenge.${id.zoneName}`.length).toBe(253);
  });

  test("xn-- punycode-looking and reserved-looking labels are never produced", () => {
    for (const branch of ["XN", "xn--abc", "Xn--abc", "ab--cd", "AB", "ü", "日本"]) {
      expect(BranchIdentity.of({ branch, parentDomain: PARENT }).dnsLabel.slice(2, 4)).not.toBe("--");
    }
  });

  test("identities and their tags are immutable", () => {
    const id = BranchIdentity.of({ branch: "main", parentDomain: PARENT });
    expect(Object.isFrozen(id)).toBe(true);
    expect(Object.isFrozen(id.tags)).toBe(true);
    expect(() => {
      (id.tags as Record<string, string>)["pairpac:branch"] = "other";
    }).toThrow(TypeError);
    const json = id.toJSON();
    (json.tags as Record<string, string>)["pairpac:branch"] = "changed";
    expect(id.tags["pairpac:branch"]).toBe("main");
  });

  test("exposes its limits and tag keys", () => {
    expect(BranchIdentity.MAX_BRANCH_BYTES).toBe(512);
    expect(BranchIdentity.MAX_PARENT_DOMAIN_LENGTH).toBe(173);
    expect(BranchIdentity.HASH_LENGTH).toBe(8);
    expect(BranchIdentity.BRANCH_TAG).toBe("pairpac:branch");
    expect(BranchIdentity.BRANCH_LABEL_TAG).toBe("pairpac:branch-label");
    expect(BranchIdentity.MANAGED_BY_TAG).toBe("pairpac:managed-by");
  });

  test("accepts names at the byte limit, counting UTF-8 bytes", () => {
    expect(BranchIdentity.of({ branch: "x".repeat(512), parentDomain: PARENT }).branch.length).toBe(512);
    expect(BranchIdentity.of({ branch: "ü".repeat(256), parentDomain: PARENT }).branch.length).toBe(256);
    expect(BranchIdentity.of({ branch: "🎉".repeat(128), parentDomain: PARENT }).tags["pairpac:branch-2"]).toBeDefined();
  });
});

const LONG = "x".repeat(513);

/** Bad input → the error: field, problem and fix (the value is the input itself). */
const BAD_BRANCHES: Array<[string, unknown, ExpectedPairPacError]> = [
  ["empty", "", { field: "branch", problem: "must not be empty", fix: 'Pass the Git branch name, e.g. "main" (in CI, the branch that triggered the build).' }],
  ["only separators", "_", { field: "branch", problem: "must contain a letter or digit (it is made only of separators)", fix: 'PairPac derives readable names from the branch; rename it, e.g. to "main" or "feature/audio".' }],
  ["only separators and slashes", "_/+=", { field: "branch", problem: "must contain a letter or digit (it is made only of separators)", fix: 'PairPac derives readable names from the branch; rename it, e.g. to "main" or "feature/audio".' }],
  ["only punctuation", "#", { field: "branch", problem: "must contain a letter or digit (it is made only of separators)", fix: 'PairPac derives readable names from the branch; rename it, e.g. to "main" or "feature/audio".' }],
  ["@", "@", { field: "branch", problem: 'must not be "@"', fix: 'Git reads "@" as HEAD; pass the name of the branch itself, e.g. "main".' }],
  ["HEAD", "HEAD", { field: "branch", problem: 'must not be "HEAD"', fix: 'Pass the name of the checked-out branch (git branch --show-current), e.g. "main".' }],
  ["..", "a..b", { field: "branch", problem: 'must not contain ".."', fix: 'Git does not allow it in branch names; rename the branch, e.g. to "a.b".' }],
  ["space", "my feature", { field: "branch", problem: "must not contain spaces", fix: 'Git does not allow them in branch names; use "-" instead, e.g. "my-feature".' }],
  ["tab", "a\tb", { field: "branch", problem: "must not contain control characters (found U+0009)", fix: 'Git does not allow them in branch names; rename the branch, e.g. to "a-b".' }],
  ["DEL", "a\u007fb", { field: "branch", problem: "must not contain control characters (found U+007F)", fix: 'Git does not allow them in branch names; rename the branch, e.g. to "a-b".' }],
  ["NUL", "a\u0000b", { field: "branch", problem: "must not contain control characters (found U+0000)", fix: 'Git does not allow them in branch names; rename the branch, e.g. to "a-b".' }],
  ["~", "a~1", { field: "branch", problem: 'must not contain "~"', fix: 'Git does not allow it in branch names; rename the branch, e.g. to "a-1".' }],
  ["^", "a^b", { field: "branch", problem: 'must not contain "^"', fix: 'Git does not allow it in branch names; rename the branch, e.g. to "a-b".' }],
  [":", "fix:login", { field: "branch", problem: 'must not contain ":"', fix: 'Git does not allow it in branch names; rename the branch, e.g. to "fix-login".' }],
  ["?", "a?b", { field: "branch", problem: 'must not contain "?"', fix: 'Git does not allow it in branch names; rename the branch, e.g. to "a-b".' }],
  ["*", "feature/*", { field: "branch", problem: 'must not contain "*"', fix: 'Git does not allow it in branch names; rename the branch, e.g. to "feature".' }],
  ["[", "a[b", { field: "branch", problem: 'must not contain "["', fix: 'Git does not allow it in branch names; rename the branch, e.g. to "a-b".' }],
  ["backslash", "a\\b", { field: "branch", problem: 'must not contain "\\\\"', fix: 'Git does not allow it in branch names; rename the branch, e.g. to "a-b".' }],
  ["@{", "main@{1}", { field: "branch", problem: 'must not contain "@{"', fix: 'Git reads it as a reflog expression; rename the branch, e.g. to "main-1}".' }],
  ["leading -", "-feature", { field: "branch", problem: 'must not start with "-"', fix: 'Git would read it as an option; rename the branch, e.g. to "feature".' }],
  ["leading /", "/feature", { field: "branch", problem: 'must not start or end with "/" or contain "//"', fix: 'Git does not allow empty name parts; use "feature".' }],
  ["trailing /", "feature/", { field: "branch", problem: 'must not start or end with "/" or contain "//"', fix: 'Git does not allow empty name parts; use "feature".' }],
  ["//", "a//b", { field: "branch", problem: 'must not start or end with "/" or contain "//"', fix: 'Git does not allow empty name parts; use "a/b".' }],
  ["part starting with .", "feature/.hidden", { field: "branch", problem: 'must not have a part starting with "." (".hidden")', fix: 'Git does not allow it in branch names; rename the branch, e.g. to "feature/hidden".' }],
  ["leading .", ".hidden", { field: "branch", problem: 'must not have a part starting with "." (".hidden")', fix: 'Git does not allow it in branch names; rename the branch, e.g. to "hidden".' }],
  [".lock", "a.lock", { field: "branch", problem: 'must not have a part ending with ".lock" ("a.lock")', fix: 'Git reserves it for lock files; rename the branch, e.g. to "a".' }],
  [".lock inside", "feature/x.lock/y", { field: "branch", problem: 'must not have a part ending with ".lock" ("x.lock")', fix: 'Git reserves it for lock files; rename the branch, e.g. to "feature/x/y".' }],
  ["trailing .", "feature.", { field: "branch", problem: 'must not end with "."', fix: 'Git does not allow it in branch names; rename the branch, e.g. to "feature".' }],
  ["too long", LONG, { field: "branch", problem: "is 513 bytes long in UTF-8; PairPac supports at most 512", fix: "Use a shorter branch name (the branch must fit in the resources' tags)." }],
  ["too long in UTF-8", "ü".repeat(257), { field: "branch", problem: "is 514 bytes long in UTF-8; PairPac supports at most 512", fix: "Use a shorter branch name (the branch must fit in the resources' tags)." }],
  ["unpaired surrogate", "a\ud800b", { field: "branch", problem: "must be well-formed Unicode (it contains an unpaired UTF-16 surrogate)", fix: "Pass the branch name exactly as Git prints it (git branch --show-current)." }],
  ["a number", 42, { field: "branch", problem: "must be a string", fix: 'Pass the Git branch name as a string, e.g. "main".' }],
  ["undefined", undefined, { field: "branch", problem: "must be a string", fix: 'Pass the Git branch name as a string, e.g. "main".' }],
];

const BAD_DOMAINS: Array<[string, unknown, ExpectedPairPacError]> = [
  ["empty", "", { field: "parentDomain", problem: "must not be empty", fix: 'Pass the domain under which each branch gets its zone, e.g. "pairpac.example.org".' }],
  ["only the root", ".", { field: "parentDomain", problem: "must not be empty", fix: 'Pass the domain under which each branch gets its zone, e.g. "pairpac.example.org".' }],
  ["one label", "example", { field: "parentDomain", problem: "must have at least two labels", fix: 'Use a domain you control with at least two labels, e.g. "pairpac.example.org".' }],
  ["empty label", "pairpac..example.org", { field: "parentDomain", problem: 'must not contain an empty label (a leading dot or "..")', fix: 'Use e.g. "pairpac.example.org".' }],
  ["leading dot", ".example.org", { field: "parentDomain", problem: 'must not contain an empty label (a leading dot or "..")', fix: 'Use e.g. "example.org".' }],
  ["two trailing dots", "example.org..", { field: "parentDomain", problem: 'must not contain an empty label (a leading dot or "..")', fix: 'Use e.g. "example.org".' }],
  ["space", "exa mple.org", { field: "parentDomain", problem: 'must contain only letters, digits, "-" and "." (label "exa mple")', fix: 'Use a host name such as "pairpac.example.org" (no spaces, underscores, slashes or a URL scheme).' }],
  ["URL", "https://example.org", { field: "parentDomain", problem: 'must contain only letters, digits, "-" and "." (label "https://example")', fix: 'Use a host name such as "pairpac.example.org" (no spaces, underscores, slashes or a URL scheme).' }],
  ["underscore", "under_score.example.org", { field: "parentDomain", problem: 'must contain only letters, digits, "-" and "." (label "under_score")', fix: 'Use a host name such as "pairpac.example.org" (no spaces, underscores, slashes or a URL scheme).' }],
  ["leading hyphen", "-bad.example.org", { field: "parentDomain", problem: 'must not contain a label starting or ending with "-" ("-bad")', fix: 'Use a valid host name such as "pairpac.example.org".' }],
  ["trailing hyphen", "bad-.example.org", { field: "parentDomain", problem: 'must not contain a label starting or ending with "-" ("bad-")', fix: 'Use a valid host name such as "pairpac.example.org".' }],
  ["IP address", "1.2.3.4", { field: "parentDomain", problem: "must not end with an all-numeric label (it would read as an IP address)", fix: 'Use a domain name such as "pairpac.example.org", not an address.' }],
  ["label over 63", `${"x".repeat(64)}.org`, { field: "parentDomain", problem: `must not contain a label longer than 63 characters ("${"x".repeat(64)}" has 64)`, fix: "Use a domain whose labels are at most 63 characters long." }],
  ["no room for the branch label", `${"a".repeat(60)}.${"b".repeat(60)}.${"c".repeat(48)}.org`, { field: "parentDomain", problem: 'is 174 characters long; at most 173 leave room in 253 for the branch label (63), its dot and "_acme-challenge."', fix: "Use a shorter parent domain." }],
  ["unicode", "bücher.example", { field: "parentDomain", problem: "must be ASCII", fix: 'Write internationalised domains in their ASCII (xn--) form: "xn--bcher-kva.example".' }],
  ["a number", 7, { field: "parentDomain", problem: "must be a string", fix: 'Pass the domain under which each branch gets its zone, e.g. "pairpac.example.org".' }],
];

describe("BranchIdentity rejects bad input", () => {
  test.each(BAD_BRANCHES)("fails for a branch name with %s", (_title, branch, expected) => {
    expectPairPacError(() => BranchIdentity.of({ branch: branch as string, parentDomain: PARENT }), { ...expected, value: branch });
  });

  test.each(BAD_DOMAINS)("fails for a parent domain with %s", (_title, parentDomain, expected) => {
    expectPairPacError(() => BranchIdentity.of({ branch: "main", parentDomain: parentDomain as string }), { ...expected, value: parentDomain });
  });

  test("fails without props", () => {
    expectPairPacError(() => BranchIdentity.of(null as unknown as { branch: string; parentDomain: string }),
      { field: "props", value: null, problem: "must be an object with branch and parentDomain", fix: 'Call BranchIdentity.of({ branch: "main", parentDomain: "pairpac.example.org" }).' });
  });
});
