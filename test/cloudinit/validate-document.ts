/**
 * Validation of a rendered document, used by every cloudinit test that renders. In `npm test` (pure Node): parse-back
 * with the yaml library (YAML 1.1, as PyYAML) to exactly the rendered object and the cloud-init 25.1 JSON schema.
 * In the conformance tier (`npm run test:conformance` runs these tests again) additionally the real tools: the
 * `cloud-init schema` binary, PyYAML's safe_load to exactly the rendered object, and shellcheck on every embedded
 * shell script; a missing tool fails the test.
 */
import { parse } from "yaml";
import type { CloudConfig } from "../../cloudinit";
import { CONFORMANCE } from "../support/tier";
import { cloudInitSchema, cloudInitSchema251, pyYamlParse, shellcheck } from "../support/validators";

/**
 * Validates rendered (or Terraform-resolved) user-data text with what this tier has: the cloud-init schema (the
 * binary and 25.1 in the conformance tier, 25.1 otherwise) and returns it parsed by PyYAML (conformance tier) or by
 * the yaml library in YAML 1.1 mode (`npm test`); with `scripts`, also shellcheck on embedded scripts (conformance).
 */
export function validateText(text: string, options: { scripts?: boolean } = {}): unknown {
  if (!CONFORMANCE) {
    cloudInitSchema251(text);
    return parse(text, { version: "1.1" });
  }
  cloudInitSchema(text);
  const object = pyYamlParse(text);
  if (options.scripts === true) {
    for (const script of embeddedScripts(object as Record<string, unknown>)) shellcheck(script);
  }
  return object;
}

/** Renders `doc`, validates everything this tier can and returns the text. */
export function validateDocument(doc: CloudConfig): string {
  const text = doc.render();
  expect(text.startsWith("#cloud-config\n")).toBe(true);
  const object = doc.toObject();
  expect(parse(text, { version: "1.1" })).toEqual(object);
  if (CONFORMANCE) {
    cloudInitSchema(text); // the 22.4 binary, then the 25.1 JSON schema
    expect(pyYamlParse(text)).toEqual(object);
    for (const script of embeddedScripts(object)) {
      shellcheck(script);
    }
  } else {
    cloudInitSchema251(text);
  }
  return text;
}

/** Every write_files content that is a shell script (starts with a sh/bash `#!` line). */
export function embeddedScripts(object: Record<string, unknown>): string[] {
  const files = (object.write_files ?? []) as { path: string; content: string; encoding?: string }[];
  return files
    .filter((f) => f.encoding === undefined && /^#!\/(usr\/)?bin\/(env )?(ba)?sh\b/.test(f.content))
    .map((f) => f.content);
}
