import { spawnSync } from "node:child_process";

/**
 * A bcrypt hash (`$2…$`) of `password`, made by `doveadm pw -s BLF-CRYPT` or Python's crypt module (libxcrypt),
 * whichever is installed; node:crypto has no bcrypt.
 */
export function bcryptHash(password: string): string {
  const doveadm = spawnSync("doveadm", ["pw", "-s", "BLF-CRYPT", "-r", "10", "-p", password], { encoding: "utf8" });
  if (!doveadm.error && doveadm.status === 0) {
    const hash = doveadm.stdout.trim().replace(/^\{BLF-CRYPT\}/, "");
    if (/^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/.test(hash)) return hash;
  }
  const python = spawnSync("python3", ["-W", "ignore", "-c",
    "import crypt, sys; print(crypt.crypt(sys.stdin.read(), crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=1024)))"], { input: password, encoding: "utf8" });
  if (!python.error && python.status === 0) {
    const hash = python.stdout.trim();
    if (/^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/.test(hash)) return hash;
  }
  throw new Error("cannot make a bcrypt hash for the mail password: install dovecot-core (doveadm) or python3 with the crypt module");
}
