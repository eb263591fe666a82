/**
 * One row per logical package: the Debian package names that provide it on each operating-system family.
 * `null` means "not available on that family" (using it there is an error).
 *
 * Rows are sorted by logical name. Role owners add the rows they need; put a comment next to each row saying where
 * the names were checked.
 */
export interface PackageRow {
  /** Package names on Ubuntu 24.04 (noble). */
  readonly ubuntu: readonly string[] | null;
  /** Package names on Debian 13 (trixie). */
  readonly debian: readonly string[] | null;
}

/** The package table: logical name to per-OS package names. Keep the keys sorted. */
export const PACKAGE_TABLE: Readonly<Record<string, PackageRow>> = {
  // Ubuntu noble: docker.io ships the engine and the `docker` CLI. Debian trixie: docker.io 26.1 has no CLI, that is
  // `docker-cli` (REFERENCE.md, measured on trixie).
  "docker": { ubuntu: ["docker.io"], debian: ["docker.io", "docker-cli"] },
  // Compose v2: Ubuntu packages it as docker-compose-v2 (universe, focal..oracular); Debian trixie's docker-compose 2.26
  // is the v2 binary and CLI plugin (REFERENCE.md).
  "docker-compose": { ubuntu: ["docker-compose-v2"], debian: ["docker-compose"] },
  // e2fsprogs (mkfs.ext4, e2label) is priority "required" in both distributions.
  "e2fsprogs": { ubuntu: ["e2fsprogs"], debian: ["e2fsprogs"] },
  // Same name in both (Debian trixie checked in REFERENCE.md; Ubuntu main).
  "earlyoom": { ubuntu: ["earlyoom"], debian: ["earlyoom"] },
  // openssl CLI: same package name in both distributions.
  "openssl": { ubuntu: ["openssl"], debian: ["openssl"] },
  // Installed by default on Ubuntu cloud images; Debian trixie has it (REFERENCE.md).
  "unattended-upgrades": { ubuntu: ["unattended-upgrades"], debian: ["unattended-upgrades"] },
  // x11vnc 0.9.16 in Ubuntu universe, 0.9.17 in Debian trixie (REFERENCE.md).
  "x11vnc": { ubuntu: ["x11vnc"], debian: ["x11vnc"] },
  // xfsprogs (mkfs.xfs) for DataVolume with fsType "xfs".
  "xfsprogs": { ubuntu: ["xfsprogs"], debian: ["xfsprogs"] },
};
