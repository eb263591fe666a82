import { estimateUserData, Os, UserDataBudget } from "../../../cloudinit";
import { Bundle } from "../../../cloudinit/desktop/bundle";
import { describeDesktopRole, renderDesktopRole, type DesktopRoleProps } from "../../../cloudinit/desktop/desktop-role";
import { ScreenSize } from "../../../cloudinit/desktop/screen-size";
import { PairPacError } from "../../../src/errors";
import { cloudInitSchema251, yaml11Parse } from "../../support/validators";
import { type Doc, props, token, type WriteFile } from "./fixtures";


function parse(p: DesktopRoleProps): Doc {
  return yaml11Parse(renderDesktopRole(p).render()) as Doc;
}
/** A record of the desktop's delivery bundle. */
function delivered(p: DesktopRoleProps, path: string): { content?: string; owner?: string; mode?: string; then: readonly string[] } {
  const f = describeDesktopRole(p).delivery.files.find((r) => r.path === path);
  if (!f) throw new Error(`no delivered file ${path}`);
  return f;
}
function file(doc: Doc, path: string): WriteFile {
  const f = doc.write_files.find((w) => w.path === path);
  if (!f) throw new Error(`no file ${path}; have ${doc.write_files.map((w) => w.path).join(", ")}`);
  return f;
}
/** Every subset of the bundles. */
function subsets<T>(items: readonly T[]): T[][] {
  return Array.from({ length: 1 << items.length }, (_, mask) => items.filter((_, i) => (mask & (1 << i)) !== 0));
}

describe("desktop role: validity", () => {
  test("every bundle combination on both OSes passes the cloud-init 25.1 schema", () => {
    let checked = 0;
    for (const os of Os.all()) {
      for (const bundles of subsets(Bundle.all())) {
        cloudInitSchema251(renderDesktopRole(props({ os, bundles })).render());
        checked++;
      }
    }
    expect(checked).toBe(2 * 64);
  });

  test("with all bundles, worst-case user-data stays within half of the AWS limit (8,192 gzip bytes)", () => {
    const text = renderDesktopRole(props({ bundles: Bundle.all(), dataVolumeDevice: token(9), screen: ScreenSize.FULL_HD })).render();
    // The gateway address and host key, the data volume and the bootstrap host key (private 400, public 100); the
    // secrets (tunnel key, VNC, Mumble and mail passwords) and the permanent host key are delivered.
    const lengths = new Map([
      [token(1), 64], [token(2), 100], [token(9), 96], [token(22), 400], [token(23), 100],
    ]);
    const estimate = estimateUserData(text, { tokenLengths: lengths });
    expect(estimate.tokenCount).toBe(6);
    for (const secret of [3, 4, 5, 6, 20, 21]) expect(text).not.toContain(token(secret));
    expect(estimate.gzipBytes).toBeLessThanOrEqual(UserDataBudget.AWS.limitBytes / 2);
  });
});

describe("desktop role: tunnel", () => {
  const doc = parse(props());
  const unit = file(doc, "/etc/systemd/system/pairpac-tunnel.service");

  test("unit file is exactly the self-healing ssh client with pinned host key", () => {
    expect(unit.content).toBe([
      "[Unit]",
      "Description=PairPac desktop: SSH tunnel to the gateway",
      "Wants=network-online.target",
      "After=network-online.target",
      "StartLimitIntervalSec=0",
      "",
      "[Service]",
      "Type=simple",
      "User=pairpac-tunnel",
      `ExecStart=/usr/bin/ssh -N -T -F none -i /etc/pairpac/tunnel/id_ed25519 -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=/etc/pairpac/tunnel/known_hosts -o GlobalKnownHostsFile=/dev/null -o UpdateHostKeys=no -o ExitOnForwardFailure=yes -o ServerAliveInterval=5 -o ServerAliveCountMax=3 -o ConnectTimeout=10 -p 22 -R 127.0.0.1:5903:127.0.0.1:5900 -L 127.0.0.1:10143:127.0.0.1:143 -L 127.0.0.1:64738:127.0.0.1:64738 "tunnel@${token(1)}"`,
      "Restart=always",
      "RestartSec=3",
      "StateDirectory=pairpac-tunnel",
      "StateDirectoryMode=0700",
      "NoNewPrivileges=yes",
      "PrivateTmp=yes",
      "PrivateDevices=yes",
      "ProtectSystem=strict",
      "ProtectHome=yes",
      "ProtectKernelTunables=yes",
      "ProtectKernelModules=yes",
      "ProtectControlGroups=yes",
      "",
      "[Install]",
      "WantedBy=multi-user.target",
      "",
    ].join("\n"));
  });

  test("every reconnect comes within 30 s for ever: constant delay, no growing back-off", () => {
    expect(unit.content).not.toMatch(/RestartSteps|RestartMaxDelaySec/);
    const value = (key: string) => Number(new RegExp(`[ \n]${key}=(\\d+)`).exec(unit.content)?.[1]);
    // Worst case after the gateway is back: its sshd frees a stale listener within 5 s x 3 (gateway sshd.ts); the
    // attempt before that fails at once, the next starts RestartSec later and may wait ConnectTimeout.
    expect(5 * 3 + value("RestartSec") + value("ConnectTimeout")).toBeLessThanOrEqual(30);
    expect(value("ServerAliveInterval") * value("ServerAliveCountMax")).toBeLessThanOrEqual(15);
  });

  test("the tunnel user's home is created by systemd and writable (ssh creates ~/.ssh there)", () => {
    expect(unit.content).toContain("\nUser=pairpac-tunnel\n");
    expect(unit.content).toContain("\nStateDirectory=pairpac-tunnel\n");
    expect(unit.content).toContain("\nProtectSystem=strict\n");
  });

  test("never disables host key checking anywhere", () => {
    const text = renderDesktopRole(props({ bundles: Bundle.all() })).render();
    expect(text).not.toMatch(/StrictHostKeyChecking[= ]+(no|accept-new|off)/i);
    expect(text).toMatch(/StrictHostKeyChecking=yes/);
  });

  test("private key is delivered, 0600 for the tunnel user; host key pinned in user-data (port form for non-22)", () => {
    expect(delivered(props(), "/etc/pairpac/tunnel/id_ed25519")).toMatchObject({
      content: token(3), owner: "pairpac-tunnel:pairpac-tunnel", mode: "0600", then: ["tunnel"],
    });
    expect(delivered(props({ tunnelPrivateKey: "-----BEGIN OPENSSH PRIVATE KEY-----\nx\n-----END OPENSSH PRIVATE KEY-----" }), "/etc/pairpac/tunnel/id_ed25519").content).toMatch(/-----\n$/);
    expect(file(doc, "/etc/pairpac/tunnel/known_hosts").content).toBe(`${token(1)} ${token(2)}\n`);
    const other = parse(props({ gatewayHost: "203.0.113.7", gatewaySshPort: 2222, gatewayHostPublicKey: "ssh-ed25519 AAAAC3Nz gw" }));
    expect(file(other, "/etc/pairpac/tunnel/known_hosts").content).toBe("[203.0.113.7]:2222 ssh-ed25519 AAAAC3Nz gw\n");
    expect(file(other, "/etc/systemd/system/pairpac-tunnel.service").content).toContain(" -p 2222 ");
  });

  test("tunnel user is a system account without a shell", () => {
    expect(doc.users).toContainEqual({ name: "pairpac-tunnel", homedir: "/var/lib/pairpac-tunnel", shell: "/usr/sbin/nologin", lock_passwd: true, system: true });
  });
});

describe("desktop role: display, session and VNC", () => {
  const doc = parse(props({ screen: ScreenSize.of(1600, 900) }));

  test("desktop user is unprivileged with a fixed uid", () => {
    expect(doc.users).toContainEqual({ name: "desktop", gecos: "PairPac Desktop-3", homedir: "/home/desktop", shell: "/bin/bash", lock_passwd: true, uid: 1500 });
    expect(JSON.stringify(doc.users.find((u) => typeof u === "object" && u.name === "desktop"))).not.toMatch(/sudo/);
  });

  test("Xvfb unit runs at the configured size as the desktop user, is ready only with its socket, and restarts", () => {
    expect(file(doc, "/etc/systemd/system/pairpac-desktop-display.service").content).toBe([
      "[Unit]",
      "Description=PairPac desktop: virtual X screen (Xvfb)",
      "Requires=pairpac-desktop-home.service",
      "After=pairpac-desktop-home.service",
      "StartLimitIntervalSec=0",
      "",
      "[Service]",
      "Type=simple",
      "User=desktop",
      "Environment=\"XDG_RUNTIME_DIR=/run/pairpac-desktop\"",
      "ExecStartPre=/usr/local/lib/pairpac/desktop/new-x-cookie.sh",
      "ExecStart=/usr/bin/Xvfb :1 -screen 0 1600x900x24 -auth /run/pairpac-desktop/Xauthority -nolisten tcp -dpi 96",
      "ExecStartPost=/usr/local/lib/pairpac/desktop/wait-for-socket.sh /tmp/.X11-unix/X1 20",
      "Restart=always",
      "RestartSec=2",
      "",
      "[Install]",
      "WantedBy=multi-user.target",
      "",
    ].join("\n"));
  });

  test("x11vnc listens on 127.0.0.1:5900 only, shared, with a 0600 password file", () => {
    const unit = file(doc, "/etc/systemd/system/pairpac-desktop-vnc.service").content;
    expect(unit).toContain("\nUser=desktop\n");
    expect(unit).toContain("\nExecStart=/usr/bin/x11vnc -display :1 -auth /run/pairpac-desktop/Xauthority -localhost -listen 127.0.0.1 -rfbport 5900 -noipv6 -shared -forever -passwdfile /etc/pairpac/desktop/vnc-password -repeat\n");
    expect(unit).toContain("\nRestart=always\n");
    expect(unit).toContain("\nAfter=pairpac-desktop-display.service\n");
    expect(delivered(props(), "/etc/pairpac/desktop/vnc-password")).toMatchObject({
      content: `${token(4)}\n`, owner: "desktop:desktop", mode: "0600", then: ["vnc"],
    });
  });

  test("LXQt session runs as the desktop user on :1 on the shared session bus and restarts", () => {
    const unit = file(doc, "/etc/systemd/system/pairpac-desktop-session.service").content;
    for (const line of [
      "User=desktop", "Environment=\"DISPLAY=:1\"", "Environment=\"XAUTHORITY=/run/pairpac-desktop/Xauthority\"",
      "Environment=\"XDG_RUNTIME_DIR=/run/pairpac-desktop\"", "Environment=\"PULSE_SERVER=unix:/run/pairpac-desktop/pulse/native\"",
      "Environment=\"DBUS_SESSION_BUS_ADDRESS=unix:path=/run/pairpac-desktop/bus\"",
      "Environment=\"LANG=en_US.UTF-8\"", "ExecStart=/usr/bin/startlxqt", "Restart=always",
      "Requires=pairpac-desktop-home.service pairpac-desktop-display.service pairpac-desktop-bus.service",
    ]) expect(unit.split("\n")).toContain(line);
    expect(unit).not.toMatch(/RequiresMountsFor/);
  });

  test("with a data volume the session units require the home mount", () => {
    const withVolume = parse(props({ dataVolumeDevice: token(9) }));
    for (const name of ["home", "session", "audio", "mumble"]) {
      expect(file(withVolume, `/etc/systemd/system/pairpac-desktop-${name}.service`).content.split("\n")).toContain("RequiresMountsFor=/home/desktop");
    }
    expect(file(withVolume, "/etc/systemd/system/home-desktop.mount").content).toContain("What=LABEL=pairpac-home");
  });

  test("wallpaper shows the space and URL, XML-escaped, and pcmanfm-qt uses it", () => {
    const d = parse(props({ spaceName: "R&D <\"Lab\">", landingUrl: "https://x.example.org/?a=1&b=2" }));
    const svg = file(d, "/usr/local/share/pairpac/wallpaper.svg").content;
    expect(svg).toContain(">R&amp;D &lt;\"Lab\"&gt;</text>");
    expect(svg).toContain(">https://x.example.org/?a=1&amp;b=2</text>");
    expect(svg).toContain('width="1280" height="720"');
    expect(file(d, "/etc/pairpac/desktop/home/.config/pcmanfm-qt/lxqt/settings.conf").content)
      .toBe("[Desktop]\nWallpaper=/usr/local/share/pairpac/wallpaper.svg\nWallpaperMode=zoom\nBgColor=#0b1626\n");
  });

  test("one panel with the main applications; openbox as window manager; Papirus icons", () => {
    const panel = file(doc, "/etc/pairpac/desktop/home/.config/lxqt/panel.conf").content;
    expect(panel).toContain("[General]\n__userfile__=true\npanels=panel1\n");
    expect(panel).toContain("plugins=mainmenu, quicklaunch, taskbar, statusnotifier, volume, worldclock\n");
    expect(panel).toContain("apps\\3\\desktop=/usr/share/applications/org.kde.falkon.desktop\n");
    expect(panel).toContain("apps\\size=6\n");
    expect(file(doc, "/etc/pairpac/desktop/home/.config/lxqt/session.conf").content).toContain("window_manager=openbox\n");
    expect(file(doc, "/etc/pairpac/desktop/home/.config/lxqt/lxqt.conf").content).toContain("icon_theme=Papirus\n");
  });
});

describe("desktop role: audio, Mumble and mail", () => {
  const doc = parse(props({ mumbleChannel: "Space/Desktops" }));

  test("PulseAudio routing: apps sink as default, conference sink for Mumble, no network listener by default", () => {
    expect(file(doc, "/etc/pairpac/desktop/audio.pa").content).toBe([
      "# PairPac desktop audio routing (see cloudinit/desktop/private/audio.ts).",
      "load-module module-native-protocol-unix",
      "load-module module-null-sink sink_name=apps sink_properties=device.description=Desktop-applications",
      "load-module module-null-sink sink_name=conference sink_properties=device.description=Conference",
      "load-module module-loopback source=apps.monitor sink=conference latency_msec=60",
      "set-default-sink apps",
      "set-default-source apps.monitor",
      "",
    ].join("\n"));
    const unit = file(doc, "/etc/systemd/system/pairpac-desktop-audio.service").content;
    expect(unit).toContain("\nExecStart=/usr/bin/pulseaudio --daemonize=no --exit-idle-time=-1 --disallow-exit --disallow-module-loading --log-target=stderr -n -F /etc/pairpac/desktop/audio.pa\n");
    expect(unit).toContain("\nRestart=always\n");
    expect(renderDesktopRole(props()).render()).not.toMatch(/native-protocol-tcp|4713|4703/);
  });

  test("with guacamoleAudio: PulseAudio on 127.0.0.1:4713 and the tunnel publishes it on the gateway's audio port", () => {
    const on = parse(props({ guacamoleAudio: true }));
    expect(file(on, "/etc/pairpac/desktop/audio.pa").content.split("\n")).toContain(
      "load-module module-native-protocol-tcp listen=127.0.0.1 port=4713 auth-anonymous=1");
    expect(file(on, "/etc/systemd/system/pairpac-tunnel.service").content).toContain(
      " -R 127.0.0.1:5903:127.0.0.1:5900 -R 127.0.0.1:4703:127.0.0.1:4713 -L ");
  });

  test("Mumble: TCP only, wizards suppressed, input apps.monitor, output conference", () => {
    const settings = JSON.parse(file(doc, "/etc/pairpac/desktop/mumble_settings.json").content) as Record<string, Record<string, unknown>>;
    expect(settings.network.restrict_to_tcp).toBe(true);
    expect(settings.misc).toEqual({ audio_wizard_has_been_shown: true, viewed_server_ping_consent_message: true });
    expect(settings.audio_backend).toEqual({ pulseaudio_input: "apps.monitor", pulseaudio_output: "conference" });
    expect(settings.audio.transmit_mode).toBe("VAD"); // thresholds: mumble-client.test.ts
    expect(settings.settings_version).toBe(1);
    const unit = file(doc, "/etc/systemd/system/pairpac-desktop-mumble.service").content;
    expect(unit).toContain("\nExecStartPre=/usr/local/lib/pairpac/desktop/prepare-mumble.sh Desktop-3 64738\n");
    expect(unit).toContain("\nExecStart=/usr/local/lib/pairpac/desktop/start-mumble.sh Desktop-3 64738 Space/Desktops\n");
    expect(unit).toContain("\nRestart=always\n");
    expect(unit).not.toContain(token(5));
    expect(delivered(props(), "/etc/pairpac/desktop/mumble-password")).toMatchObject({ content: `${token(5)}\n`, owner: "desktop:desktop", mode: "0600", then: ["mumble"] });
  });

  test("recording launcher records the conference sink's monitor into ~/Recordings", () => {
    const script = file(doc, "/usr/local/bin/pairpac-record-conference").content;
    expect(script).toContain("parecord --device=conference.monitor --file-format=oga \"$file\" &");
    expect(script).toContain("$HOME/Recordings/conference-");
    expect(file(doc, "/usr/local/share/applications/pairpac-record-conference.desktop").content).toContain("Exec=/usr/local/bin/pairpac-record-conference\n");
  });

  test("mail client is installed only with a mailbox (its files: mail-and-home.test.ts)", () => {
    expect(doc.packages).toContain("claws-mail");
    expect(delivered(props(), "/etc/pairpac/desktop/home/.claws-mail/accountrc")).toMatchObject({ mode: "0600", then: ["home"] });
    expect(delivered(props(), "/etc/pairpac/desktop/home/.claws-mail/accountrc").content).toContain("imap_port=10143\n");
    // Claws Mail logs in and lists the mail at start (its default is not to: the live e2e's no-dialogs saw no login).
    const rc = file(doc, "/etc/pairpac/desktop/home/.claws-mail/clawsrc");
    expect(rc.content).toBe("[Common]\nconfig_version=4\ncheck_on_startup=1\n");
    expect(rc.permissions).toBe("0600");
    expect(parse(props({ mail: undefined })).packages).not.toContain("claws-mail");
  });
});

describe("desktop role: packages and robustness", () => {
  test("no snaps: browser and mail client are .deb packages on both OSes; bundles add their packages", () => {
    for (const os of Os.all()) {
      const doc = parse(props({ os, bundles: [Bundle.OFFICE, Bundle.PODCASTS] }));
      expect(doc.packages).toEqual(expect.arrayContaining(["falkon", "claws-mail", "mumble", "x11vnc", "xvfb", "pulseaudio", "openbox",
        "earlyoom", "unattended-upgrades", "libreoffice-writer", "qpdfview", "gpodder", "vlc"]));
      expect(doc.packages).not.toEqual(expect.arrayContaining(["firefox"]));
      expect(doc.packages.filter((p) => /^(firefox|thunderbird|chromium)/.test(p))).toEqual([]);
    }
  });

  test("swap, earlyoom, unattended upgrades, no recommends", () => {
    const text = renderDesktopRole(props()).render();
    const doc = yaml11Parse(text) as Record<string, unknown> & Doc;
    expect(doc.swap).toEqual({ filename: "/swapfile", size: 2147483648, maxsize: 2147483648 });
    // Both limits must be reached; the swap limit (50 % of 2 GiB) acts before thrashing, not at 90 % (issue 14, item 11).
    const earlyoom = file(doc, "/etc/default/earlyoom").content;
    expect(earlyoom).toContain("EARLYOOM_ARGS=\"-m 10 -s 50 -r 3600 ");
    expect(earlyoom).toMatch(/--avoid \^\([^)]*\bdbus-daemon\b[^)]*\bmumble\)/);
    expect(file(doc, "/etc/apt/apt.conf.d/20auto-upgrades").content).toContain("APT::Periodic::Unattended-Upgrade \"1\";");
    expect(file(doc, "/etc/apt/apt.conf.d/90pairpac-no-recommends").content).toContain("APT::Install-Recommends \"false\";");
    const withTz = yaml11Parse(renderDesktopRole(props({ timezone: "Europe/Berlin", locale: "de_DE.UTF-8" })).render()) as Record<string, unknown>;
    expect([withTz.timezone, withTz.locale]).toEqual(["Europe/Berlin", "de_DE.UTF-8"]);
  });

  test("describeDesktopRole names the desktop", () => {
    expect(describeDesktopRole(props({ index: 12 })).name).toBe("Desktop-12");
  });
});

describe("desktop role: misuse", () => {
  test.each([
    ["index 0", { index: 0 }, /desktop.index/],
    ["index 100", { index: 100 }, /desktop.index/],
    ["VNC password longer than 8", { vncPassword: "123456789" }, /desktop.vncPassword: must be at most 8 characters/],
    ["token in the space name", { spaceName: token(7) }, /desktop\.spaceName: must not contain a Terraform token \(it is drawn into the wallpaper\)/],
    ["bad locale", { locale: "english" }, /desktop.locale/],
    ["bad time zone", { timezone: "Europe Berlin" }, /desktop.timezone/],
    ["multi-line host key", { gatewayHostPublicKey: "ssh-ed25519 AAAA\nssh-rsa BBBB" }, /desktop.gatewayHostPublicKey: must be a single line/],
    ["bad host", { gatewayHost: "gw; rm -rf /" }, /desktop.gatewayHost: must be a host name or IP address/],
    ["small swap", { swapMb: 16 }, /desktop.swapMb/],
    ["bad bundle", { bundles: ["office" as unknown as Bundle] }, /desktop.bundles\[0\]: must be a Bundle/],
    ["non-boolean guacamoleAudio", { guacamoleAudio: "yes" as unknown as boolean }, /desktop.guacamoleAudio: must be true or false/],
  ])("fails on %s", (_name, over, message) => {
    expect(() => renderDesktopRole(props(over as Partial<DesktopRoleProps>))).toThrow(PairPacError);
    expect(() => renderDesktopRole(props(over as Partial<DesktopRoleProps>))).toThrow(message);
  });
});
