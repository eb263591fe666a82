import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import fc from "fast-check";
import { PairPacError } from "../../src/errors";
import { suggestBranchName, validateBranchName } from "../../src/identity/private/branch-name";
import { acceptable } from "./naming-rules";

// Conformance with real Git: `git check-ref-format --branch` is the reference for what a branch name may be.

/** Git's verdict on each name, from one shell running `git check-ref-format --branch` per name (one spawn, not one per name). */
function gitAcceptsAll(names: readonly string[]): boolean[] {
  const script = 'for n in "$@"; do if git check-ref-format --branch "$n" >/dev/null 2>&1; then printf 1; else printf 0; fi; done';
  const result = spawnSync("sh", ["-c", script, "sh", ...names], { cwd: tmpdir(), encoding: "utf8" });
  if (result.error) {
    throw result.error; // sh missing is a failure, not a skip
  }
  const probe = spawnSync("git", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) throw new Error(`git is not installed: ${probe.error?.message ?? probe.stderr}`);
  expect(result.stdout).toMatch(new RegExp(`^[01]{${names.length}}$`));
  return [...result.stdout].map((c) => c === "1");
}

function pairpacAccepts(name: string): boolean {
  try {
    validateBranchName(name);
    return true;
  } catch (e) {
    if (!(e instanceof PairPacError)) throw e;
    return false;
  }
}

/** The only names PairPac refuses although Git takes them (documented on BranchIdentity). */
function stricterThanGit(name: string): boolean {
  return name === "@" || !/[A-Za-z0-9]|\P{ASCII}/u.test(name) || Buffer.byteLength(name, "utf8") > 512;
}

const TABLE = [
  "main", "feature/audio", "Feature/Audio_fix", "release-1.2", "a", "@", "@@", "a@b", "#", "_", "-", "+", "ü", "日本語", "🎉",
  "x.LOCK", "a.lock", "a/b.lock", "a.lock/b", "a/.b", ".a", "a.", "a/", "/a", "a//b", "a..b", "a b", "a\tb", "a\u007fb",
  "a~b", "a^b", "a:b", "a?b", "a*b", "a[b", "a]b", "a{b", "a@{b", "a\\b", "HEAD", "head", "HEAD/x", "x/HEAD", "-a", "a-",
  "a/-b", "refs/heads/x", "a/.", "a.b/c", "\u00a0", "a\u0085b", "x".repeat(512), "x".repeat(513),
];

describe("branch name validation agrees with git check-ref-format --branch", () => {
  const UNITS = ["a", "Z", "0", "-", "_", ".", "/", "@", "{", "}", "ü", "日", "🎉", " ", "~", "^", ":", "?", "*", "[", "\\", "\t", "\u007f", ".lock", "HEAD"];
  const GENERATED = fc.sample(fc.string({ unit: fc.constantFrom(...UNITS), minLength: 1, maxLength: 12 }), 300);
  const verdict = new Map<string, boolean>();
  beforeAll(() => {
    const names = [...new Set([...TABLE, ...GENERATED])];
    gitAcceptsAll(names).forEach((accepted, i) => verdict.set(names[i], accepted));
  });
  const gitAccepts = (name: string): boolean => {
    const accepted = verdict.get(name);
    if (accepted === undefined) throw new Error(`no git verdict for ${JSON.stringify(name)}`);
    return accepted;
  };

  test.each(TABLE.map((name) => [JSON.stringify(name).slice(0, 30), name]))("%s", (_title, name) => {
    const git = gitAccepts(name);
    const ours = pairpacAccepts(name);
    expect(ours).toBe(acceptable(name));
    if (ours) {
      expect(git).toBe(true);
    } else if (git) {
      expect(stricterThanGit(name)).toBe(true);
    }
  });

  test("agrees on 300 generated names mixing valid and invalid characters", () => {
    const disagreements = GENERATED.filter((name) => {
      const git = gitAccepts(name);
      const ours = pairpacAccepts(name);
      return ours ? !git : git && !stricterThanGit(name);
    });
    expect(disagreements).toEqual([]);
  });
});

describe("suggested names in error messages", () => {
  test("are always names PairPac accepts", () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (name) => {
      expect(acceptable(suggestBranchName(name))).toBe(true);
    }), { numRuns: 2_000 });
  });

  test("replace refused characters and drop refused endings", () => {
    expect(suggestBranchName("my feature")).toBe("my-feature");
    expect(suggestBranchName("a..b")).toBe("a.b");
    expect(suggestBranchName("feature/x.lock.")).toBe("feature/x");
    expect(suggestBranchName(".hidden//x.")).toBe("hidden/x");
    expect(suggestBranchName("~~~")).toBe("main");
    expect(suggestBranchName("@{")).toBe("main");
  });
});
