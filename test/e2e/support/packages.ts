// The package list of the cached root filesystem: what the rendered roles install, plus what the
// harness itself needs. The cache key follows this list, so a role that adds a package gets a new
// root filesystem on the next run.
import { DEBIAN_13, RootfsSpec } from "./rootfs";

/**
 * Packages the harness adds on top of the roles' `packages:`, each with why. These are the only
 * packages in the test machines that the user-data did not ask for (besides the `apt` variant's base).
 */
export const HARNESS_PACKAGES: Readonly<Record<string, string>> = {
  // The program under test: Debian's cloud images ship it preinstalled.
  "cloud-init": "runs the user-data",
  // systemd-analyze verify, and systemctl for offline enabling (Debian cloud images boot systemd).
  systemd: "systemd-analyze verify; offline systemctl enable",
  // Debian's cloud images ship iproute2; without `ip`, cloud-init warns that it cannot print the network.
  iproute2: "cloud-init's network summary (present on every Debian cloud image)",
  // The desktop's X display for the tunnel test when the role's own X server cannot run in a chroot.
  xvfb: "X display for x11vnc in the tunnel test",
  // ssh client for probing the tunnel restrictions from the desktop machine with the desktop's key.
  "openssh-client": "probing the gateway's sshd with the desktop's key",
};

/**
 * apt options for the build. Recommends are installed, like cloud-init's `apt-get install` does on
 * a real Debian image (mmdebstrap leaves them out by default).
 */
export const ROOTFS_APT_OPTIONS: readonly string[] = ['APT::Install-Recommends "true"'];

/** The root filesystem spec for the given `packages:` lists. */
export function rootfsSpecFor(packageLists: readonly (readonly string[])[]): RootfsSpec {
  const packages = new Set<string>(Object.keys(HARNESS_PACKAGES));
  for (const list of packageLists) for (const p of list) packages.add(p);
  return { suite: DEBIAN_13.suite, mirror: DEBIAN_13.mirror, packages: [...packages].sort(), aptOptions: ROOTFS_APT_OPTIONS };
}
