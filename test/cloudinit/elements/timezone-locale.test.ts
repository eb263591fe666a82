import { CloudConfig, Locale, Timezone } from "../../../cloudinit";

const obj = (...e: Parameters<CloudConfig["add"]>[1][]) => new CloudConfig({ machine: "m" }).add("t", ...e).toObject();

describe("Timezone and Locale", () => {
  test("set timezone and locale", () => {
    expect(obj(Timezone.of("Europe/Berlin"), Locale.of("de_DE.UTF-8"))).toEqual({ timezone: "Europe/Berlin", locale: "de_DE.UTF-8" });
    expect(Timezone.of("America/Argentina/Buenos_Aires").name).toBe("America/Argentina/Buenos_Aires");
    expect(Locale.of("C.UTF-8").name).toBe("C.UTF-8");
  });
  test("fail on malformed names", () => {
    expect(() => Timezone.of("Europe/../etc")).toThrow(/^timezone: is not a tz database name/);
    expect(() => Timezone.of("Berlin time")).toThrow(/^timezone:/);
    expect(() => Locale.of("english")).toThrow(/^locale: is not a locale name/);
  });
});
