import { CloudConfig, PowerState } from "../../../cloudinit";

const obj = (...e: Parameters<CloudConfig["add"]>[1][]) => new CloudConfig({ machine: "m" }).add("t", ...e).toObject();

describe("PowerState", () => {
  test("reboot now with defaults", () => {
    expect(obj(PowerState.reboot())).toEqual({ power_state: { mode: "reboot", delay: "now", timeout: 30 } });
  });
  test("poweroff with every option", () => {
    expect(obj(PowerState.poweroff({ delayMinutes: 5, message: "Bye", timeoutSeconds: 120, condition: ["test", "-f", "/var/run/reboot-required"] })))
      .toEqual({ power_state: { mode: "poweroff", delay: 5, timeout: 120, message: "Bye", condition: ["test", "-f", "/var/run/reboot-required"] } });
  });
  test("fails on bad options", () => {
    expect(() => PowerState.reboot({ delayMinutes: -1 })).toThrow(/^powerState\.delayMinutes: must be an integer between 0 and 1440/);
    expect(() => PowerState.reboot({ condition: [] })).toThrow(/^powerState\.condition: must be a non-empty argv array/);
    expect(() => PowerState.reboot({ message: "a\nb" })).toThrow(/^powerState\.message: must be a single line/);
  });
});
