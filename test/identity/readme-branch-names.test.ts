/**
 * The "Branch names" example in README.md states what each name of a branch is: every `<expression>; // "<value>"`
 * line there must be what the code returns (the compartment line included, so the README never shows the branch
 * part as if it were the compartment's whole name).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OciCompartment } from "../../constructs/oci/oci-compartment";
import { BranchIdentity } from "../../src/identity";

const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Branch names"));
const block = section.slice(section.indexOf("```ts\n") + 6, section.indexOf("```\n", section.indexOf("```ts\n") + 6));

describe("README Branch names example", () => {
  const of = /BranchIdentity\.of\(\{ branch: "([^"]+)", parentDomain: "([^"]+)" \}\)/.exec(block);
  const lines = [...block.matchAll(/^(\S.*?);\s*\/\/ "([^"]*)"/gm)].map((m) => ({ expression: m[1], value: m[2] }));

  test("names every value the code returns, the compartment's full name included", () => {
    expect(of).not.toBeNull();
    const id = BranchIdentity.of({ branch: of![1], parentDomain: of![2] });
    const evaluate = (expression: string): unknown => {
      const property = /^id\.([A-Za-z]+)$/.exec(expression);
      if (property) return (id as unknown as Record<string, unknown>)[property[1]];
      const nameOf = /^OciCompartment\.nameOf\(id, "([^"]+)"\)$/.exec(expression);
      if (nameOf) return OciCompartment.nameOf(id, nameOf[1]);
      if (expression === "BranchIdentity.branchFromTags(id.tags)") return BranchIdentity.branchFromTags(id.tags);
      throw new Error(`README Branch names: no evaluation for ${expression}`);
    };
    expect(lines.map((l) => l.expression)).toEqual(expect.arrayContaining(["id.compartmentName", expect.stringMatching(/^OciCompartment\.nameOf\(id, /)]));
    for (const { expression, value } of lines) expect({ expression, value: evaluate(expression) }).toEqual({ expression, value });
  });
});
