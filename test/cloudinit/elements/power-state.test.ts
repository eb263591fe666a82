import { CloudConfig, PowerState } from "../../../cloudinit";
import { expectPairPacError } from "../../support/pairpac-error";

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
    expectPairPacError(() => PowerState.reboot({ delayMinutes: -1 }), { field: "powerState.delayMinutes", problem: /^must be an integer between 0 and 1440/ });
    expectPairPacError(() => PowerState.reboot({ condition: [] }), { field: "powerState.condition", problem: /^must be a non-empty argv array/ });
    expectPairPacError(() => PowerState.reboot({ message: "a\nb" }), { field: "powerState.message", problem: /^must be a single line/ });
  });
});
