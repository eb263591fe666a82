import { CloudConfig, Locale, Os, Timezone } from "../../../cloudinit";
import { expectPairPacError } from "../../support/pairpac-error";

const obj = (...e: Parameters<CloudConfig["add"]>[1][]) => new CloudConfig({ machine: "m" }).add("t", ...e).toObject();

describe("Timezone and Locale", () => {
  test("set timezone and locale", () => {
    expect(obj(Timezone.of("Europe/Berlin"), Locale.of("de_DE.UTF-8"))).toEqual({ timezone: "Europe/Berlin", locale: "de_DE.UTF-8" });
    expect(Timezone.of("America/Argentina/Buenos_Aires").name).toBe("America/Argentina/Buenos_Aires");
    expect(Locale.of("C.UTF-8").name).toBe("C.UTF-8");
  });
  test("on Debian the locale is listed in /etc/locale.gen, which Debian's locale-gen reads (C.UTF-8 is built in)", () => {
    const debian = (l: string) => new CloudConfig({ machine: "m", os: Os.DEBIAN_13 }).add("t", Locale.of(l)).toObject();
    expect(debian("de_DE.UTF-8")).toEqual({
      locale: "de_DE.UTF-8",
      write_files: [{ path: "/etc/locale.gen", content: "de_DE.UTF-8 UTF-8\n", owner: "root:root", permissions: "0644" }],
    });
    expect(debian("en_US.utf8")).toEqual(expect.objectContaining({ write_files: [expect.objectContaining({ content: "en_US.utf8 UTF-8\n" })] }));
    expect(debian("C.UTF-8")).toEqual({ locale: "C.UTF-8" });
    expect(obj(Locale.of("de_DE.UTF-8"))).toEqual({ locale: "de_DE.UTF-8" }); // Ubuntu's locale-gen takes the name
  });
  test("fail on malformed names", () => {
    expectPairPacError(() => Timezone.of("Europe/../etc"), { field: "timezone", problem: /^is not a tz database name/ });
    expectPairPacError(() => Timezone.of("Berlin time"), { field: "timezone" });
    expectPairPacError(() => Locale.of("english"), { field: "locale", problem: /^is not a locale name/ });
  });
});
