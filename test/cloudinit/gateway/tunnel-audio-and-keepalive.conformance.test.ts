import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DesktopRegistration } from "../../../cloudinit/gateway/desktop-registration";
import { userMappingXml } from "../../../cloudinit/gateway/guacamole";
import { sshdDropIn, tunnelAuthorizedKeys, tunnelListenConf } from "../../../cloudinit/gateway/sshd";
import { PairPacError } from "../../../src/errors";
import { sshdTest, tempDir } from "../serializers/validators";
import { literalDesktops, token, tokenDesktops } from "./fixtures";

const users = [{ name: "team", passwordSha256: token(5), access: "collaborate" as const }];

describe("gateway: Guacamole audio is an option (issue 14, item 18)", () => {
  test("by default no connection carries an audio parameter", () => {
    const xml = userMappingXml(users, tokenDesktops(2));
    expect(xml).not.toContain("enable-audio");
    expect(xml).not.toContain("audio-servername");
  });

  test("a desktop with guacamoleAudio gets enable-audio and its PulseAudio port on both connections; others do not", () => {
    const desktops: DesktopRegistration[] = tokenDesktops(2).map((d) => (d.index === 2 ? { ...d, guacamoleAudio: true } : d));
    const xml = userMappingXml([...users, { name: "guest", passwordSha256: token(6), access: "watch" }], desktops);
    expect(xml.match(/<param name="enable-audio">true<\/param><param name="audio-servername">tcp:127.0.0.1:4702<\/param>/g)).toHaveLength(3);
    expect(xml).not.toContain("4701");
  });

  test("fails on a guacamoleAudio that is not a boolean", () => {
    const bad = [{ ...tokenDesktops(1)[0], guacamoleAudio: "yes" as unknown as boolean }];
    expect(() => userMappingXml(users, bad)).toThrow(PairPacError);
    expect(() => userMappingXml(users, bad)).toThrow(/desktops\[0\]\.guacamoleAudio: must be true or false/);
  });

  test("the tunnel keys may listen on the audio port only when the desktop offers Guacamole audio", () => {
    const desktops = literalDesktops(2, "ssh-ed25519 AAAAC3Nz k").map((d) => (d.index === 2 ? { ...d, guacamoleAudio: true } : d));
    const [one, two] = tunnelAuthorizedKeys(desktops).trim().split("\n");
    expect(one).toContain('permitlisten="127.0.0.1:5901",permitopen=');
    expect(one).not.toContain("4701");
    expect(two).toContain('permitlisten="127.0.0.1:5902",permitlisten="127.0.0.1:4702",');
    expect(tunnelListenConf(desktops)).toBe("PermitListen 127.0.0.1:5901 127.0.0.1:5902 127.0.0.1:4702\n");
    expect(tunnelListenConf([])).toBe("PermitListen none\n");
  });
});

describe("gateway: stale tunnel listeners are freed quickly (issue 14, item 4)", () => {
  test("the tunnel user's Match block probes every 5 s, 3 times; everyone else keeps the global 30 s", () => {
    const drop = sshdDropIn();
    const [global, match] = drop.split("Match User tunnel\n");
    expect(global).toContain("ClientAliveInterval 30\n");
    expect(match).toContain("  ClientAliveInterval 5\n  ClientAliveCountMax 3\n");
  });

  test("sshd -t applies 5 x 3 to the tunnel user only", () => {
    const dir = tempDir("gw-sshd-alive");
    writeFileSync(join(dir, "10-pairpac.conf"), sshdDropIn());
    const main = `Include ${dir}/10-pairpac.conf\nUsePAM yes\n`;
    const tunnel = sshdTest(main, "user=tunnel,host=d,addr=198.51.100.7").output;
    expect(tunnel).toContain("clientaliveinterval 5\n");
    expect(tunnel).toContain("clientalivecountmax 3\n");
    const admin = sshdTest(main, "user=ubuntu,host=a,addr=198.51.100.8").output;
    expect(admin).toContain("clientaliveinterval 30\n");
  });
});
