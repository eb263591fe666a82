import { genSaltSync, hashSync } from "bcryptjs";

/** Cost factor of the hashes: 2^10 rounds, as `doveadm pw -s BLF-CRYPT` and random_password.bcrypt_hash use. */
export const BCRYPT_COST = 10;

/**
 * A bcrypt hash (`$2b$10$` + 22 characters of salt + 31 of hash) of `password`, made in Node with bcryptjs (pinned in
 * package.json), so `npm run render` needs neither doveadm nor Python. Dovecot's BLF-CRYPT scheme reads it (the
 * conformance tier checks it with `doveadm pw -t` and Python's crypt). bcrypt uses at most 72 bytes of a password;
 * longer ones are refused rather than silently cut.
 */
export function bcryptHash(password: string): string {
  if (Buffer.byteLength(password, "utf8") > 72) {
    throw new Error(`mail password: is ${Buffer.byteLength(password, "utf8")} bytes long; bcrypt uses only the first 72 bytes, so use a password of at most 72 bytes`);
  }
  return hashSync(password, genSaltSync(BCRYPT_COST));
}
