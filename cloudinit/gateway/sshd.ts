import { GATEWAY_LOOPBACK_PORTS, desktopPorts } from "../ports";
import { renderAuthorizedKey, renderSshdConfig } from "../serializers/sshd-config";
import type { DesktopRegistration } from "./desktop-registration";
import { GATEWAY_PATHS } from "./layout";

/** The account desktops log in as to open their tunnels. */
export const TUNNEL_USER = "tunnel";

/** Gateway services a desktop may reach with `ssh -L` (IMAP and Mumble on the gateway's loopback). */
export const TUNNEL_PERMIT_OPEN = [`127.0.0.1:${GATEWAY_LOOPBACK_PORTS.imap}`, `127.0.0.1:${GATEWAY_LOOPBACK_PORTS.mumble}`] as const;

/**
 * The loopback addresses a desktop may listen on with `ssh -R`: its VNC port, and its audio port only when it offers
 * Guacamole audio (the desktop opens that forward only then).
 */
export function tunnelPermitListen(desktop: Pick<DesktopRegistration, "index" | "guacamoleAudio">): string[] {
  const p = desktopPorts(desktop.index);
  return [`127.0.0.1:${p.vnc}`, ...(desktop.guacamoleAudio === true ? [`127.0.0.1:${p.audio}`] : [])];
}

/**
 * Keep-alive for the tunnel user's sessions: a desktop whose connection died without a FIN (network loss, a
 * replaced desktop) holds its `-R` listeners until sshd notices, and its reconnect fails on ExitOnForwardFailure
 * until then. 5 s x 3 frees them within about 15 s (the global 30 s x 3 took about 90 s), so a reconnecting desktop
 * (constant 3 s restart delay) is back within 30 s. ClientAliveInterval/ClientAliveCountMax are allowed in Match
 * blocks (sshd_config(5), "Match").
 */
export const TUNNEL_CLIENT_ALIVE: {
  /** ClientAliveInterval, seconds. */
  readonly interval: 5;
  /** ClientAliveCountMax: unanswered probes before sshd drops the connection. */
  readonly countMax: 3;
} = { interval: 5, countMax: 3 };

/**
 * sshd drop-in: keys only, no root login, no forwarding for anyone but the tunnel user; the tunnel user gets TCP
 * forwarding limited (on top of the per-key options) to the desktops' listen ports and IMAP/Mumble, no TTY and no
 * command (agent and X11 forwarding, gateway ports and tunnels stay off from the global settings, which the Match
 * block does not override). Its keys live in a root-owned file it cannot change. The listen ports change with the
 * desktops, so they are delivered ({@link tunnelListenConf}) and included here; sshd takes the first value of a
 * keyword, so the included line wins over the `none` that holds until the first delivery.
 */
export function sshdDropIn(): string {
  return renderSshdConfig({
    global: {
      PasswordAuthentication: false,
      KbdInteractiveAuthentication: false,
      PermitRootLogin: "no",
      AuthenticationMethods: "publickey",
      AllowAgentForwarding: false,
      AllowTcpForwarding: "no",
      X11Forwarding: false,
      GatewayPorts: false,
      PermitTunnel: false,
      MaxAuthTries: 3,
      ClientAliveInterval: 30,
    },
    matches: [
      {
        criteria: { User: TUNNEL_USER },
        settings: {
          AuthorizedKeysFile: GATEWAY_PATHS.tunnelKeys,
          AllowTcpForwarding: "yes",
          ClientAliveInterval: TUNNEL_CLIENT_ALIVE.interval,
          ClientAliveCountMax: TUNNEL_CLIENT_ALIVE.countMax,
          PermitTTY: false,
          Include: GATEWAY_PATHS.tunnelListen,
          PermitListen: ["none"],
          PermitOpen: [...TUNNEL_PERMIT_OPEN],
          ForceCommand: "/usr/sbin/nologin",
        },
      },
    ],
  });
}

/** The delivered `PermitListen` line of the tunnel user: every desktop's listen ports, or `none`. */
export function tunnelListenConf(desktops: readonly DesktopRegistration[]): string {
  const listen = desktops.flatMap((d) => tunnelPermitListen(d));
  return renderSshdConfig({ global: { PermitListen: listen.length > 0 ? listen : ["none"] } });
}

/**
 * The tunnel user's authorized keys: one line per desktop,
 * `restrict,port-forwarding,permitlisten=…,permitopen=…,command="/usr/sbin/nologin" <key>`.
 */
export function tunnelAuthorizedKeys(desktops: readonly DesktopRegistration[]): string {
  if (desktops.length === 0) return "# no desktops registered\n";
  return (
    desktops
      .map((d) =>
        renderAuthorizedKey(d.tunnelPublicKey, {
          flags: ["restrict", "port-forwarding"],
          permitListen: tunnelPermitListen(d),
          permitOpen: [...TUNNEL_PERMIT_OPEN],
          command: "/usr/sbin/nologin",
        }),
      )
      .join("\n") + "\n"
  );
}
