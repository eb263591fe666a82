import { Bundle } from "../../../cloudinit/desktop/bundle";
import { ScreenSize } from "../../../cloudinit/desktop/screen-size";
import { PACKAGE_TABLE } from "../../../cloudinit/package-table";
import { PairPacError } from "../../../src/errors";

describe("ScreenSize", () => {
  test("presets and custom sizes", () => {
    expect(ScreenSize.HD.toString()).toBe("1280x720");
    expect(ScreenSize.FULL_HD.toString()).toBe("1920x1080");
    expect(ScreenSize.of(2560, 1440)).toEqual(ScreenSize.parse("2560x1440"));
  });
  test.each([
    [[639, 480], /screen.width: must be an integer between 640 and 7680; got 639/],
    [[1920, 4322], /screen.height: must be an integer between 480 and 4320; got 4322/],
    [[1921, 1080], /screen.width: must be even; got 1921. Use 1922./],
    [[1920.5, 1080], /screen.width: must be an integer/],
  ])("fails on %j", (size, message) => {
    expect(() => ScreenSize.of(size[0], size[1])).toThrow(PairPacError);
    expect(() => ScreenSize.of(size[0], size[1])).toThrow(message);
  });
  test("fails to parse text that is not WIDTHxHEIGHT", () => {
    expect(() => ScreenSize.parse("1920*1080", "desktops[2].screen")).toThrow(/desktops\[2\].screen: must be WIDTHxHEIGHT/);
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
    expect(() => Bundle.fromId("cooking")).toThrow(/bundle: is not a known bundle; got "cooking". Use one of office, podcasts/);
  });
});
