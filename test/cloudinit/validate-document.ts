/**
 * Full validation of a rendered document, used by every cloudinit test that renders: cloud-init schema (22.4 binary
 * and 25.1 JSON schema), parse-back with the `yaml` library and with PyYAML to exactly the rendered object, and
 * shellcheck on every embedded shell script.
 */
import { parse } from "yaml";
import type { CloudConfig } from "../../cloudinit";
import { cloudInitSchema, pyYamlParse, shellcheck } from "../support/validators";

/** Renders `doc`, validates everything and returns the text. */
export function validateDocument(doc: CloudConfig): string {
  const text = doc.render();
  expect(text.startsWith("#cloud-config\n")).toBe(true);
  cloudInitSchema(text);
  const object = doc.toObject();
  expect(parse(text, { version: "1.1" })).toEqual(object);
  expect(pyYamlParse(text)).toEqual(object);
  for (const script of embeddedScripts(object)) {
    shellcheck(script);
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
