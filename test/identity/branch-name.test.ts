import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import fc from "fast-check";
import { PairPacError } from "../../src/errors";
import { suggestBranchName, validateBranchName } from "../../src/identity/private/branch-name";
import { acceptable } from "./naming-rules";

// Conformance with real Git: `git check-ref-format --branch` is the reference for what a branch name may be.

function gitAccepts(name: string): boolean {
  const result = spawnSync("git", ["check-ref-format", "--branch", name], { cwd: tmpdir(), encoding: "utf8" });
  if (result.error) {
    throw result.error; // git missing is a failure, not a skip
  }
  return result.status === 0;
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
    const units = ["a", "Z", "0", "-", "_", ".", "/", "@", "{", "}", "ü", "日", "🎉", " ", "~", "^", ":", "?", "*", "[", "\\", "\t", "\u007f", ".lock", "HEAD"];
    const names = fc.sample(fc.string({ unit: fc.constantFrom(...units), minLength: 1, maxLength: 12 }), 300);
    const disagreements = names.filter((name) => {
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
