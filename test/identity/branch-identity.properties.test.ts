import { createHash } from "node:crypto";
import fc from "fast-check";
import { PairPacError } from "../../src/errors";
import { BranchIdentity } from "../../src/identity";
import { PROPERTY_RUNS } from "../support/tier";
import { acceptable, isCompartmentName, isDnsLabel, isDnsName, isStackName, isWorkspaceName, tagProblems } from "./naming-rules";

// Property tests: generated branch names per property (1,000 in `npm test`, 10,000 in the conformance tier; see
// test/support/tier.ts), biased towards the names that break naming schemes.

const PARENT = "pairpac.example.org";
const RUNS = PROPERTY_RUNS;

/** Characters Git accepts in branch names, weighted towards separators, case pairs, Latin accents and non-Latin. */
const VALID_UNITS = [
  "a", "b", "e", "m", "x", "z", "A", "B", "M", "X", "Z", "0", "1", "9",
  "-", "-", "_", "_", ".", ".", "/", "/",
  "@", "+", "=", "#", "!", ",", "%", "&", "'", "(", ")", "{", "}", "]", "<", ">", "|", "$", "`", "\"", ";",
  "ü", "Ü", "é", "É", "ß", "æ", "ø", "ı", "ǆ", "½", "\u00a0", "\u0301", "日", "本", "Ω", "я", "🎉", "\u200d",
];
/** Characters Git refuses, and edge cases of the rules. */
const INVALID_UNITS = [" ", "~", "^", ":", "?", "*", "[", "\\", "\t", "\n", "\u007f", "\u0000", "@{", "..", ".lock", "//", "HEAD"];

const unit = fc.constantFrom(...VALID_UNITS);
const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "x", "y", "z", "0", "7", "A", "Q"), minLength: 1, maxLength: 12 });
const hex = fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 6, maxLength: 8 });

/** Tricky candidates: mixes of separators/case/unicode, path-like names, long names, hash-like suffixes. */
const candidate = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit, minLength: 1, maxLength: 24 }) },
  { weight: 3, arbitrary: fc.array(fc.string({ unit, minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 5 }).map((parts) => parts.join("/")) },
  { weight: 2, arbitrary: fc.string({ unit, minLength: 200, maxLength: 320 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom("a", "B", "-", "_", ".", "/", "x", "9"), minLength: 60, maxLength: 110 }) },
  {
    weight: 3,
    arbitrary: fc.tuple(word, fc.constantFrom("-", "--", "_", ".", "/"), hex).map(([w, sep, h]) => `${w}${sep}${h}`),
  },
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `${a}--${b}`) },
  { weight: 1, arbitrary: fc.constantFrom("con", "CON", "nul", "com1", "lpt9", "default", "Default", "xn", "XN", "xn--a", "ab--cd", "a", "A", "1", "_a", "a_") },
);

/** Near-variants of a name: other case, other separators, doubled hyphens, and its own changed names used as branches. */
function variants(name: string): string[] {
  const out = [
    name.toUpperCase(), name.toLowerCase(), name.charAt(0).toUpperCase() + name.slice(1),
    name.replace(/\//g, "-"), name.replace(/_/g, "-"), name.replace(/\./g, "-"), name.replace(/-/g, "--"),
    name.replace(/--[0-9a-f]{8}$/, ""), `${name}-x`, `${name}x`,
  ];
  if (acceptable(name)) {
    const identity = BranchIdentity.of({ branch: name, parentDomain: PARENT });
    out.push(identity.dnsLabel, identity.workspaceName, identity.compartmentName, identity.stackName);
  }
  return out;
}

function hash8(branch: string): string {
  return createHash("sha256").update(branch, "utf8").digest("hex").slice(0, 8);
}

type Namespace = "dnsLabel" | "workspaceName" | "compartmentName" | "stackName";
const NAMESPACES: Namespace[] = ["dnsLabel", "workspaceName", "compartmentName", "stackName"];

/** What each namespace would accept verbatim, stated independently (lower case, no "--", alphabet, length, reserved). */
const PASSES_UNCHANGED: Record<Namespace, (name: string) => boolean> = {
  dnsLabel: (n) => isDnsLabel(n) && n === n.toLowerCase() && !n.includes("--"),
  workspaceName: (n) => /^[a-z0-9]([a-z0-9_-]*[a-z0-9])?$/.test(n) && n.length <= 90 && !n.includes("--") && n !== "default",
  compartmentName: (n) => /^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$/.test(n) && n.length <= 100 && !n.includes("--"),
  stackName: (n) => /^[a-z0-9]([a-z0-9_-]*[a-z0-9])?$/.test(n) && n.length <= 90 && !n.includes("--") && isStackName(n),
};

const IS_VALID: Record<Namespace, (name: string) => boolean> = {
  dnsLabel: isDnsLabel,
  workspaceName: isWorkspaceName,
  compartmentName: isCompartmentName,
  stackName: (n) => isStackName(n) && n.length <= 90,
};

describe("BranchIdentity properties (10,000 names each)", () => {
  test("accepts exactly the names Git's rules allow (plus PairPac's limits) and rejects the rest with a PairPacError", () => {
    const anyUnit = fc.constantFrom(...VALID_UNITS, ...INVALID_UNITS);
    const anything = fc.oneof(candidate, fc.string({ unit: anyUnit, minLength: 0, maxLength: 20 }), fc.string({ minLength: 0, maxLength: 8 }),
      fc.string({ unit: "binary", maxLength: 6 }), fc.string({ unit, minLength: 300, maxLength: 520 }));
    fc.assert(fc.property(anything, (name) => {
      let error: unknown;
      try {
        BranchIdentity.of({ branch: name, parentDomain: PARENT });
      } catch (e) {
        error = e;
      }
      const ok = acceptable(name)
        ? error === undefined
        : error instanceof PairPacError && error.field === "branch" && error.message.startsWith("branch: ");
      if (!ok) {
        throw new Error(`${JSON.stringify(name)}: acceptable=${acceptable(name)} but got ${String(error)}`);
      }
    }), { numRuns: RUNS });
  });

  test("every name is valid in its namespace, lower case, and unchanged exactly when the branch already is valid there", () => {
    fc.assert(fc.property(candidate.filter(acceptable), (branch) => {
      const id = BranchIdentity.of({ branch, parentDomain: PARENT });
      // Plain checks collected into one list (expect() in this hot loop would dominate the run time).
      const problems: string[] = [];
      for (const ns of NAMESPACES) {
        const name = id[ns];
        if (!IS_VALID[ns](name)) problems.push(`${ns} ${JSON.stringify(name)} is not valid`);
        if (name !== name.toLowerCase()) problems.push(`${ns} ${JSON.stringify(name)} is not lower case`);
        if (PASSES_UNCHANGED[ns](branch)) {
          if (name !== branch) problems.push(`${ns} ${JSON.stringify(name)} should be the branch itself`);
        } else if (!/^[a-z0-9][a-z0-9._-]*[a-z0-9]--[0-9a-f]{8}$/.test(name) || name.slice(-8) !== hash8(branch)
          || name.slice(0, -10).includes("--")) {
          // Changed: readable part of at least 3 characters without "--", "--", first 8 hex digits of SHA-256(branch).
          problems.push(`${ns} ${JSON.stringify(name)} is not <readable>--${hash8(branch)}`);
        }
      }
      if (id.zoneName !== `${id.dnsLabel}.${PARENT}` || !isDnsName(id.zoneName)) problems.push(`zone ${id.zoneName}`);
      problems.push(...tagProblems(id.tags));
      if (id.tags["pairpac:branch-label"] !== id.dnsLabel) problems.push("pairpac:branch-label is not the DNS label");
      if (id.tags["pairpac:managed-by"] !== "pairpac") problems.push("pairpac:managed-by is not pairpac");
      expect(problems).toEqual([]);
    }), { numRuns: RUNS });
  });

  test("no two different branches share a name in any namespace (including case variants and near-variants)", () => {
    const seen: Record<Namespace, Map<string, string>> = {
      dnsLabel: new Map(), workspaceName: new Map(), compartmentName: new Map(), stackName: new Map(),
    };
    let distinctBranches = 0;
    const allBranches = new Set<string>();
    fc.assert(fc.property(candidate, (base) => {
      for (const branch of [base, ...variants(base)]) {
        if (!acceptable(branch) || allBranches.has(branch)) {
          continue;
        }
        allBranches.add(branch);
        distinctBranches++;
        const id = BranchIdentity.of({ branch, parentDomain: PARENT });
        for (const ns of NAMESPACES) {
          // Compare case-insensitively: DNS, HCP workspaces and macOS/Windows directories ignore case.
          const key = id[ns].toLowerCase();
          const earlier = seen[ns].get(key);
          if (earlier !== undefined) {
            throw new Error(`${ns} ${JSON.stringify(id[ns])} is shared by ${JSON.stringify(earlier)} and ${JSON.stringify(branch)}`);
          }
          seen[ns].set(key, branch);
        }
      }
    }), { numRuns: RUNS, endOnFailure: true });
    // The variants multiply the distinct names well beyond the 10,000 runs.
    expect(distinctBranches).toBeGreaterThan(3 * RUNS);
  });

  test("branchFromTags gives back the exact branch, whatever other tags the resource has and in any key order", () => {
    const otherTags = fc.dictionary(fc.constantFrom("Name", "owner", "pairpac:machine", "pairpac:branch-label", "env"), fc.string({ maxLength: 5 }));
    fc.assert(fc.property(candidate.filter(acceptable), otherTags, fc.boolean(), (branch, others, reverse) => {
      const tags = BranchIdentity.of({ branch, parentDomain: PARENT }).tags;
      const entries = Object.entries({ ...others, ...tags });
      const shuffled = Object.fromEntries(reverse ? entries.reverse() : entries);
      const back = BranchIdentity.branchFromTags(shuffled);
      if (back !== branch) {
        throw new Error(`${JSON.stringify(branch)} came back as ${JSON.stringify(back)}`);
      }
    }), { numRuns: RUNS });
  });

  test("long names split their branch over numbered tags and never use more than 5 tags", () => {
    fc.assert(fc.property(fc.string({ unit, minLength: 150, maxLength: 512 }).filter(acceptable), (branch) => {
      const tags = BranchIdentity.of({ branch, parentDomain: PARENT }).tags;
      const keys = Object.keys(tags);
      expect(keys.length).toBeLessThanOrEqual(5);
      const parts = keys.filter((k) => /^pairpac:branch(-[0-9]+)?$/.test(k));
      expect(parts).toEqual(["pairpac:branch", "pairpac:branch-1", "pairpac:branch-2"].slice(0, parts.length));
      expect(parts.slice(0, -1).every((k) => tags[k].length === 256)).toBe(true);
      expect(BranchIdentity.branchFromTags({ ...tags })).toBe(branch);
    }), { numRuns: RUNS / 5 });
  });
});
