import { Os } from "../../../cloudinit";
import { desktopProps, gatewayProps, generateLocalValues } from "../../../cloudinit/cli/local-values";
import { renderDesktopRole } from "../../../cloudinit/desktop/desktop-role";

describe("render --all-options: the desktop matches what the gateway offers (issue 14, items 7 and 18)", () => {
  const values = generateLocalValues(1);
  const options = { os: Os.DEBIAN_13, index: 1, desktops: 1, allOptions: true };

  test("the desktop joins the root channel, which always exists (mumble-server 1.5 creates no channel from its ini)", () => {
    expect(desktopProps(values, options).mumbleChannel).toBeUndefined();
    const text = renderDesktopRole(desktopProps(values, options)).render();
    expect(text).toContain("ExecStart=/usr/local/lib/pairpac/desktop/start-mumble.sh Desktop-1 64738\n");
  });

  test("Guacamole audio is on for both the gateway's registration and the desktop", () => {
    expect(gatewayProps(values, options).desktops[0].guacamoleAudio).toBe(true);
    expect(desktopProps(values, options).guacamoleAudio).toBe(true);
    expect(gatewayProps(values, { ...options, allOptions: false }).desktops[0].guacamoleAudio).toBeUndefined();
    expect(desktopProps(values, { ...options, allOptions: false }).guacamoleAudio).toBeUndefined();
  });
});
