import { CloudConfig, SwapFile } from "../../../cloudinit";
import { expectPairPacError } from "../../support/pairpac-error";

const obj = (...e: Parameters<CloudConfig["add"]>[1][]) => new CloudConfig({ machine: "m" }).add("t", ...e).toObject();

describe("SwapFile", () => {
  test("default path /swapfile, size in bytes", () => {
    expect(obj(SwapFile.of({ sizeMb: 1024 }))).toEqual({ swap: { filename: "/swapfile", size: 1073741824, maxsize: 1073741824 } });
  });
  test("custom path", () => {
    expect(obj(SwapFile.of({ sizeMb: 512, path: "/var/swap" }))).toEqual({ swap: { filename: "/var/swap", size: 536870912, maxsize: 536870912 } });
  });
  test("fails on a size out of range or a fraction", () => {
    expectPairPacError(() => SwapFile.of({ sizeMb: 10 }), { field: "swapFile.sizeMb", problem: /^must be an integer between 64 and 65536/ });
    expect(() => SwapFile.of({ sizeMb: 100.5 })).toThrow(/^swapFile\.sizeMb/);
  });
  test("fails when two contributors ask for different swap files", () => {
    const doc = new CloudConfig({ machine: "gw" }).add("base", SwapFile.of({ sizeMb: 1024 }));
    expectPairPacError(() => doc.add("mumble", SwapFile.of({ sizeMb: 2048 })), { field: "swap", problem: /^is set differently by "base" .* and "mumble"/ });
  });
});
