/**
 * The cloud-init document of every machine of the snapshot stacks, decoded from its user-data expression, one
 * snapshot per machine: what a role change does to a machine reads as a YAML diff here, while
 * branch-stack.test.ts keeps each expression's hash and length in the stack snapshot.
 */
import { parse } from "yaml";
import { readableStack } from "../support/readable-snapshot";
import { crossCloudProps, embeddedDefaultProps, portable, synth } from "./fixtures";

describe.each([
  ["the embedded default stack", embeddedDefaultProps, ["desktop-1", "gateway"]],
  ["the cross-cloud stack", () => crossCloudProps("feature/Audio_Fix"), ["desktop-1", "desktop-2", "desktop-3", "gateway"]],
])("user-data of %s", (_name, props, machines) => {
  const { userData } = readableStack(portable(synth(props())));

  test("has one document per machine, each a #cloud-config YAML mapping", () => {
    expect(Object.keys(userData).sort()).toEqual(machines);
    for (const document of Object.values(userData)) {
      expect(document.startsWith("#cloud-config\n")).toBe(true);
      expect(parse(document)).toEqual(expect.objectContaining({ runcmd: expect.any(Array) }));
    }
  });

  test.each(machines)("%s", (machine) => {
    expect(userData[machine]).toMatchSnapshot();
  });
});
