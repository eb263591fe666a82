import { Bundle } from "../../../cloudinit/desktop/bundle";
import { ScreenSize } from "../../../cloudinit/desktop/screen-size";
import { PACKAGE_TABLE } from "../../../cloudinit/package-table";
import { type ExpectedPairPacError, expectPairPacError } from "../../support/pairpac-error";

describe("ScreenSize", () => {
  test("presets and custom sizes", () => {
    expect(ScreenSize.HD.toString()).toBe("1280x720");
    expect(ScreenSize.FULL_HD.toString()).toBe("1920x1080");
    expect(ScreenSize.of(2560, 1440)).toEqual(ScreenSize.parse("2560x1440"));
  });
  test.each<[[number, number], ExpectedPairPacError]>([
    [[639, 480], { field: "screen.width", value: 639, problem: "must be an integer between 640 and 7680" }],
    [[1920, 4322], { field: "screen.height", value: 4322, problem: "must be an integer between 480 and 4320" }],
    [[1921, 1080], { field: "screen.width", value: 1921, problem: "must be even", fix: "Use 1922." }],
    [[1920.5, 1080], { field: "screen.width", value: 1920.5, problem: /^must be an integer/ }],
  ])("fails on %j", (size, expected) => {
    expectPairPacError(() => ScreenSize.of(size[0], size[1]), expected);
  });
  test("fails to parse text that is not WIDTHxHEIGHT", () => {
    expectPairPacError(() => ScreenSize.parse("1920*1080", "desktops[2].screen"), { field: "desktops[2].screen", value: "1920*1080", problem: /^must be WIDTHxHEIGHT/ });
  });
});

describe("Bundle", () => {
  test("every bundle names packages that exist on both operating systems", () => {
    for (const bundle of Bundle.all()) {
      expect(bundle.packages.length).toBeGreaterThan(0);
      for (const name of bundle.packages) {
        const row = PACKAGE_TABLE[name];
        expect(row).toBeDefined();
        expect(row.ubuntu).not.toBeNull();
        expect(row.debian).not.toBeNull();
      }
    }
  });
  test("ids are unique and found again", () => {
    const ids = Bundle.all().map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.map((id) => Bundle.fromId(id))).toEqual(Bundle.all());
  });
  test("fails on an unknown id", () => {
    expectPairPacError(() => Bundle.fromId("cooking"), { field: "bundle", value: "cooking", problem: "is not a known bundle", fix: /^Use one of office, podcasts/ });
  });
});
