import { GATEWAY_LOOPBACK_PORTS, desktopPorts } from "../ports";
import { renderAuthorizedKey, renderSshdConfig } from "../serializers/sshd-config";
import type { DesktopRegistration } from "./desktop-registration";
import { GATEWAY_PATHS } from "./layout";

/** The account desktops log in as to open their tunnels. */
export const TUNNEL_USER = "tunnel";

/** Gateway services a desktop may reach with `ssh -L` (IMAP and Mumble on the gateway's loopback). */
export const TUNNEL_PERMIT_OPEN = [`127.0.0.1:${GATEWAY_LOOPBACK_PORTS.imap}`, `127.0.0.1:${GATEWAY_LOOPBACK_PORTS.mumble}`] as const;

/** The loopback addresses desktop `index` may listen on with `ssh -R`: its VNC and audio ports. */
export function tunnelPermitListen(index: number): string[] {
  const p = desktopPorts(index);
  return [`127.0.0.1:${p.vnc}`, `127.0.0.1:${p.audio}`];
}

/**
 * sshd drop-in: keys only, no root login, no forwarding for anyone but the tunnel user; the tunnel user gets TCP
 * forwarding limited (on top of the per-key options) to the desktops' listen ports and IMAP/Mumble, no TTY and no
 * command (agent and X11 forwarding, gateway ports and tunnels stay off from the global settings, which the Match
 * block does not override). Its keys live in a root-owned file it cannot change.
 */
export function sshdDropIn(desktops: readonly DesktopRegistration[]): string {
  const listen = desktops.flatMap((d) => tunnelPermitListen(d.index));
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
          PermitTTY: false,
          PermitListen: listen.length > 0 ? listen : ["none"],
          PermitOpen: [...TUNNEL_PERMIT_OPEN],
          ForceCommand: "/usr/sbin/nologin",
        },
      },
    ],
  });
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
          permitListen: tunnelPermitListen(d.index),
          permitOpen: [...TUNNEL_PERMIT_OPEN],
          command: "/usr/sbin/nologin",
        }),
      )
      .join("\n") + "\n"
  );
}
