// The package list of the cached root filesystem: what the rendered roles install, plus what a Debian
// cloud image has before any user-data runs. The cache key follows this list, so a role that adds a
// package gets a new root filesystem on the next run.
import { DEBIAN_13, RootfsSpec } from "./rootfs";
import { UserDataExpectations } from "./user-data";

/**
 * Packages the harness adds on top of the roles' `packages:` and of the base (mmdebstrap variant
 * "important", see rootfs.ts), each with why. Apart from the validator, these stand for what Debian's
 * cloud images have when cloud-init first runs.
 */
export const HARNESS_PACKAGES: Readonly<Record<string, string>> = {
  // The program under test, preinstalled on every Debian cloud image.
  "cloud-init": "runs the user-data (preinstalled on Debian cloud images)",
  // Cloud images are reached over SSH; the gateway's sshd configuration is tested against it.
  "openssh-server": "sshd (on every Debian cloud image); the tunnel test runs it",
  // cloud-init recommends sudo and writes sudoers rules for the default user.
  sudo: "sudo (on Debian cloud images; cloud-init's default user gets a sudoers rule)",
  "ca-certificates": "TLS trust store (on every Debian cloud image)",
  // Validator only: the gateway runs Dovecot 2.4 in a container; trixie's doveconf (2.4) checks its configuration.
  "dovecot-core": "doveconf -n for the gateway's Dovecot configuration (validator only)",
  // The live machines (live.test.ts) boot with systemd as PID 1, as a cloud image does.
  "systemd-sysv": "init: the live machines boot with systemd as PID 1 (on every Debian cloud image)",
  // Stand-ins for the gateway's containers (no registry is reachable): the same software from Debian 13.
  "mumble-server": "stand-in for the mumblevoip/mumble-server container (1.5.735, the image's version)",
  "dovecot-imapd": "stand-in for the dovecot/dovecot container (IMAP)",
  "dovecot-lmtpd": "stand-in for the dovecot/dovecot container (LMTP delivery from Postfix)",
  nginx: "nginx 1.26.3, the nginx:1.26.3 image's version: validator (nginx -t) and stand-in for the nginx container",
  websockify: "stand-in for guacd + the Guacamole web app on the VNC path (noVNC through the same tunnel port)",
  novnc: "the browser VNC client the stand-in web app serves",
  // Looking into the running desktop session (which windows are open), as a person would see it.
  xdotool: "window list and titles of the running session (harness)",
  wmctrl: "window list of the running session (harness)",
};

/**
 * Whether a role's apt installs Recommends: the default, unless its user-data writes an apt
 * configuration that turns them off before packages are installed.
 */
export function installsRecommends(expected: UserDataExpectations): boolean {
  const off = /APT::Install-Recommends\s+"?(false|0|no|off)"?\s*;/i;
  return !expected.files.some((f) => f.path.startsWith("/etc/apt/apt.conf.d/") && !f.defer && off.test(f.content.toString("utf8")));
}

/** The root filesystem spec for the given roles' expectations. */
export function rootfsSpecFor(roles: readonly UserDataExpectations[]): RootfsSpec {
  const withRecommends = new Set<string>();
  const withoutRecommends = new Set<string>(Object.keys(HARNESS_PACKAGES));
  for (const role of roles) {
    const target = installsRecommends(role) ? withRecommends : withoutRecommends;
    for (const p of role.packages) target.add(p);
  }
  return {
    suite: DEBIAN_13.suite,
    mirror: DEBIAN_13.mirror,
    withRecommends: [...withRecommends].sort(),
    withoutRecommends: [...withoutRecommends].filter((p) => !withRecommends.has(p)).sort(),
  };
}
