import { File } from "../../elements/file";
import { SystemdUnit } from "../../elements/systemd-unit";
import { quoteExecArgv } from "../../serializers/systemd-unit";
import { GATEWAY_LOOPBACK_PORTS } from "../../ports";
import { containsToken } from "../../tokens";
import { DESKTOP_LOCAL_PORTS } from "../desktop-local-ports";
import { TUNNEL, UNITS } from "./layout";

/** Where the tunnel goes and what it carries. */
export interface TunnelOptions {
  /** Gateway host name or IP address (token allowed). */
  readonly gatewayHost: string;
  /** Gateway SSH port. */
  readonly gatewaySshPort: number;
  /** Gateway loopback port that publishes this desktop's VNC server (`desktopPorts(index).vnc`). */
  readonly remoteVncPort: number;
  /**
   * Gateway loopback port that publishes this desktop's PulseAudio server (`desktopPorts(index).audio`); only with
   * Guacamole audio on. Without it the tunnel carries no audio forward (and the gateway permits none).
   */
  readonly remoteAudioPort?: number;
}

/** The ssh command line of the tunnel (also what the end-to-end test runs). */
export function tunnelArgv(o: TunnelOptions): string[] {
  return [
    "/usr/bin/ssh", "-N", "-T", "-F", "none",
    "-i", TUNNEL.key,
    "-o", "IdentitiesOnly=yes",
    "-o", "BatchMode=yes",
    "-o", "StrictHostKeyChecking=yes",
    "-o", `UserKnownHostsFile=${TUNNEL.knownHosts}`,
    "-o", "GlobalKnownHostsFile=/dev/null",
    "-o", "UpdateHostKeys=no",
    "-o", "ExitOnForwardFailure=yes",
    "-o", `ServerAliveInterval=${TUNNEL_TIMING.serverAliveInterval}`,
    "-o", `ServerAliveCountMax=${TUNNEL_TIMING.serverAliveCountMax}`,
    "-o", `ConnectTimeout=${TUNNEL_TIMING.connectTimeout}`,
    "-p", String(o.gatewaySshPort),
    "-R", `127.0.0.1:${o.remoteVncPort}:127.0.0.1:${DESKTOP_LOCAL_PORTS.vnc}`,
    ...(o.remoteAudioPort === undefined ? [] : ["-R", `127.0.0.1:${o.remoteAudioPort}:127.0.0.1:${DESKTOP_LOCAL_PORTS.pulseAudio}`]),
    "-L", `127.0.0.1:${DESKTOP_LOCAL_PORTS.imap}:127.0.0.1:${GATEWAY_LOOPBACK_PORTS.imap}`,
    "-L", `127.0.0.1:${DESKTOP_LOCAL_PORTS.mumble}:127.0.0.1:${GATEWAY_LOOPBACK_PORTS.mumble}`,
    `${TUNNEL.remoteUser}@${o.gatewayHost}`,
  ];
}

/**
 * Reconnect timing: every outage ends within 30 s of the gateway being reachable again, for ever.
 *
 * - A constant restart delay. RestartSteps=/RestartMaxDelaySec= grow the delay with a restart counter that systemd
 *   resets only on a manual start, so after about ten drops every reconnect waited 5 minutes.
 * - A dead connection is noticed within 15 s on this side (5 s x 3 keep-alives) and within about 15 s on the gateway
 *   (its sshd probes the tunnel user 5 s x 3, `cloudinit/gateway/sshd.ts`), which then frees the stale `-R`
 *   listeners; until then ExitOnForwardFailure ends each attempt at once and the next one follows 3 s later.
 * - A connection attempt gives up after 10 s, so an unreachable gateway costs at most 13 s per attempt.
 */
export const TUNNEL_TIMING = { restartSec: 3, serverAliveInterval: 5, serverAliveCountMax: 3, connectTimeout: 10 } as const;

/**
 * The tunnel service: restarts for ever with the constant delay of {@link TUNNEL_TIMING}, never hits a start limit.
 * Its home (ssh creates `~/.ssh` at start) is a StateDirectory, writable under ProtectSystem=strict.
 */
export function tunnelUnit(o: TunnelOptions): SystemdUnit {
  return SystemdUnit.custom(UNITS.tunnel, {
    Unit: {
      Description: "PairPac desktop: SSH tunnel to the gateway",
      Wants: "network-online.target",
      After: "network-online.target",
      StartLimitIntervalSec: 0,
    },
    Service: {
      Type: "simple",
      User: TUNNEL.user,
      ExecStart: quoteExecArgv(tunnelArgv(o)),
      Restart: "always",
      RestartSec: TUNNEL_TIMING.restartSec,
      StateDirectory: TUNNEL.stateDirectory,
      StateDirectoryMode: "0700",
      NoNewPrivileges: true,
      PrivateTmp: true,
      PrivateDevices: true,
      ProtectSystem: "strict",
      ProtectHome: true,
      ProtectKernelTunables: true,
      ProtectKernelModules: true,
      ProtectControlGroups: true,
    },
    Install: { WantedBy: "multi-user.target" },
  }, { enable: true });
}

/** The `known_hosts` line that pins the gateway's host key (`[host]:port` form for a port other than 22). */
export function knownHostsLine(host: string, port: number, hostPublicKey: string): string {
  const pattern = port === 22 ? host : `[${host}]:${port}`;
  return `${pattern} ${hostPublicKey.trim()}\n`;
}

/** The pinned host key of the gateway (public, for the life of the machine: user-data). */
export function tunnelKnownHosts(o: TunnelOptions & { hostPublicKey: string }): File {
  return File.text(TUNNEL.knownHosts, knownHostsLine(o.gatewayHost, o.gatewaySshPort, o.hostPublicKey), { mode: "0644" });
}

/** The tunnel's private key as delivered (0600, tunnel user), with its final newline. */
export function tunnelKeyContent(privateKey: string): string {
  return containsToken(privateKey) || privateKey.endsWith("\n") ? privateKey : `${privateKey}\n`;
}
