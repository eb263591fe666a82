import { CloudConfig, SwapFile } from "../../../cloudinit";

const obj = (...e: Parameters<CloudConfig["add"]>[1][]) => new CloudConfig({ machine: "m" }).add("t", ...e).toObject();

describe("SwapFile", () => {
  test("default path /swapfile, size in bytes", () => {
    expect(obj(SwapFile.of({ sizeMb: 1024 }))).toEqual({ swap: { filename: "/swapfile", size: 1073741824, maxsize: 1073741824 } });
  });
  test("custom path", () => {
    expect(obj(SwapFile.of({ sizeMb: 512, path: "/var/swap" }))).toEqual({ swap: { filename: "/var/swap", size: 536870912, maxsize: 536870912 } });
  });
  test("fails on a size out of range or a fraction", () => {
    expect(() => SwapFile.of({ sizeMb: 10 })).toThrow(/^swapFile\.sizeMb: must be an integer between 64 and 65536/);
    expect(() => SwapFile.of({ sizeMb: 100.5 })).toThrow(/^swapFile\.sizeMb/);
  });
  test("fails when two contributors ask for different swap files", () => {
    const doc = new CloudConfig({ machine: "gw" }).add("base", SwapFile.of({ sizeMb: 1024 }));
    expect(() => doc.add("mumble", SwapFile.of({ sizeMb: 2048 }))).toThrow(/^swap: is set differently by "base" .* and "mumble"/);
  });
});
