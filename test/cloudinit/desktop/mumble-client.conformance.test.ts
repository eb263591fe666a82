import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDesktopRole } from "../../../cloudinit/desktop/desktop-role";
import { PATHS } from "../../../cloudinit/desktop/private/layout";
import { PREPARE_MUMBLE_SH, SERVED_MUMBLE_DIGEST_SH, START_MUMBLE_SH } from "../../../cloudinit/desktop/private/scripts";
import { pyYamlParse } from "../../support/validators";
import { minimalProps, type WriteFile } from "./fixtures";

const props = minimalProps;
function content(path: string, p = props()): string {
  const f = (pyYamlParse(renderDesktopRole(p).render()) as { write_files: WriteFile[] }).write_files.find((w) => w.path === path);
  if (!f) throw new Error(`no ${path}`);
  return f.content;
}

function sandbox(): { dir: string; bin: string; home: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "pairpac-mumble-"));
  const bin = join(dir, "bin");
  const home = join(dir, "home");
  mkdirSync(bin);
  mkdirSync(home);
  return { dir, bin, home, done: () => rmSync(dir, { recursive: true, force: true }) };
}
function stub(path: string, body: string): void {
  writeFileSync(path, `#!/usr/bin/env bash\n${body}\n`);
  chmodSync(path, 0o755);
}

describe("Mumble: voice activity instead of continuous transmission (issue 14, item 9)", () => {
  test("VAD on the input's amplitude with thresholds far below music and speech, 1 s hold", () => {
    const audio = (JSON.parse(content("/etc/pairpac/desktop/mumble_settings.json")) as { audio: Record<string, unknown> }).audio;
    expect(audio).toMatchObject({ transmit_mode: "VAD", vad_mode: "Amplitude", vad_min: 0.2, vad_max: 0.3, voice_hold: 100 });
    // Mumble's level is 1 + dBFS/96 (src/mumble/AudioInput.cpp): a quiet passage at -60 dBFS still transmits,
    // the digital silence of an idle null sink (-96 dBFS) does not.
    const level = (dbfs: number) => 1 + Math.max(dbfs, -96) / 96;
    expect(level(-60)).toBeGreaterThan(audio.vad_max as number);
    expect(level(-96)).toBeLessThan(audio.vad_min as number);
  });
});

describe("Mumble: the server password never appears in a command line (issue 14, item 11)", () => {
  test("the URL carries no password; prepare-mumble.sh gives it to sqlite3 on standard input", () => {
    expect(START_MUMBLE_SH).not.toContain(PATHS.mumblePassword);
    expect(START_MUMBLE_SH).toContain('url="mumble://$(encode "$name" "")@127.0.0.1:$port/');
    expect(PREPARE_MUMBLE_SH).toContain('sqlite3 "$data/mumble.sqlite" << SQL\n');
  });

  test("prepare-mumble.sh pins the served certificate and stores the password (quotes and all) as the favourite server", () => {
    const s = sandbox();
    try {
      writeFileSync(join(s.dir, "pw"), "it's \"secret\" $x\n");
      writeFileSync(join(s.dir, "settings.json"), "{}\n");
      stub(join(s.bin, "digest"), "echo 0123456789abcdef0123456789abcdef01234567");
      const script = PREPARE_MUMBLE_SH
        .split(PATHS.mumbleDigestScript).join(join(s.bin, "digest"))
        .split(PATHS.mumblePassword).join(join(s.dir, "pw"))
        .split("/etc/pairpac/desktop/mumble_settings.json").join(join(s.dir, "settings.json"));
      writeFileSync(join(s.dir, "prepare.sh"), script);
      const run = spawnSync("bash", [join(s.dir, "prepare.sh"), "Desktop-1", "64738"], { env: { ...process.env, HOME: s.home }, encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const db = join(s.home, ".local/share/Mumble/Mumble/mumble.sqlite");
      const q = (sql: string) => spawnSync("sqlite3", [db, sql], { encoding: "utf8" }).stdout;
      expect(q("SELECT hostname, port, digest FROM cert;")).toBe("127.0.0.1|64738|0123456789abcdef0123456789abcdef01234567\n");
      expect(q("SELECT name, hostname, port, username, password FROM servers;")).toBe("Conference|127.0.0.1|64738|Desktop-1|it's \"secret\" $x\n");
      expect(readFileSync(join(s.home, ".local/share/Mumble/Mumble/pairpac-pinned-server-digest"), "utf8")).toBe("0123456789abcdef0123456789abcdef01234567\n");
      // A second start replaces the row instead of adding one.
      spawnSync("bash", [join(s.dir, "prepare.sh"), "Desktop-1", "64738"], { env: { ...process.env, HOME: s.home } });
      expect(q("SELECT count(*) FROM servers;")).toBe("1\n");
    } finally {
      s.done();
    }
  });
});

describe("Mumble: a changed server certificate is re-pinned without a click (issue 14, item 3)", () => {
  /**
   * Runs start-mumble.sh with a fake Mumble (sleeps), a fake `ss` (connected while the file `connected` exists) and a
   * fake served-digest script (prints the file `served`), polling every 0.2 s.
   */
  function start(s: ReturnType<typeof sandbox>) {
    const data = join(s.home, ".local/share/Mumble/Mumble");
    mkdirSync(data, { recursive: true });
    writeFileSync(join(data, "pairpac-pinned-server-digest"), "aaaa\n");
    writeFileSync(join(s.dir, "served"), "aaaa\n");
    writeFileSync(join(s.dir, "connected"), "");
    stub(join(s.bin, "mumble"), `echo "$1" > ${s.dir}/url; exec sleep 60`);
    stub(join(s.bin, "ss"), `[ -e ${s.dir}/connected ] && echo "0 0 127.0.0.1:40000 127.0.0.1:64738"; exit 0`);
    stub(join(s.bin, "digest"), `cat ${s.dir}/served`);
    const script = START_MUMBLE_SH
      .split("/usr/bin/mumble").join(join(s.bin, "mumble"))
      .split(PATHS.mumbleDigestScript).join(join(s.bin, "digest"))
      .replace(/^ {2}sleep \d+$/m, "  sleep 0.2");
    expect(script).toContain("  sleep 0.2\n");
    writeFileSync(join(s.dir, "start.sh"), script);
    const child = spawn("bash", [join(s.dir, "start.sh"), "Desktop-1", "64738", "Space/Desk 1"], {
      env: { ...process.env, HOME: s.home, PATH: `${s.bin}:${process.env.PATH}` },
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? -1)));
    return { child, exited, stderr: () => stderr };
  }
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

  test("keeps Mumble while connected or while the same certificate is served; exits 75 when another one is", async () => {
    const s = sandbox();
    const run = start(s);
    try {
      for (let i = 0; i < 100 && !existsSync(join(s.dir, "url")); i++) await pause(100); // python3 may start slowly
      await pause(800);
      expect(run.child.exitCode).toBeNull();
      expect(readFileSync(join(s.dir, "url"), "utf8")).toBe("mumble://Desktop-1@127.0.0.1:64738/Space/Desk%201?version=1.2.0\n");
      writeFileSync(join(s.dir, "served"), "bbbb\n"); // changed, but Mumble is still connected: no action, no polling
      await pause(800);
      expect(run.child.exitCode).toBeNull();
      writeFileSync(join(s.dir, "served"), "aaaa\n");
      rmSync(join(s.dir, "connected")); // disconnected, same certificate: Mumble reconnects by itself
      await pause(800);
      expect(run.child.exitCode).toBeNull();
      writeFileSync(join(s.dir, "served"), "bbbb\n"); // disconnected and a new certificate: restart to re-pin
      expect(await run.exited).toBe(75);
      expect(run.stderr()).toContain("presents a new certificate (bbbb)");
    } finally {
      run.child.kill("SIGKILL");
      s.done();
    }
  });

  test("served-mumble-digest.sh prints the served certificate's SHA-1 as Mumble stores it, and fails without a server", async () => {
    const s = sandbox();
    const port = 20000 + Math.floor(Math.random() * 20000);
    const key = join(s.dir, "key.pem");
    const cert = join(s.dir, "cert.pem");
    spawnSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=t", "-keyout", key, "-out", cert], { stdio: "ignore" });
    const expected = spawnSync("openssl", ["x509", "-in", cert, "-noout", "-fingerprint", "-sha1"], { encoding: "utf8" }).stdout
      .replace(/^.*=/, "").replace(/:/g, "").trim().toLowerCase();
    writeFileSync(join(s.dir, "digest.sh"), SERVED_MUMBLE_DIGEST_SH);
    const server = spawn("openssl", ["s_server", "-quiet", "-accept", String(port), "-cert", cert, "-key", key], { stdio: "ignore" });
    try {
      let out = "";
      for (let i = 0; i < 50 && out === ""; i++) {
        await pause(100);
        out = spawnSync("bash", [join(s.dir, "digest.sh"), String(port)], { encoding: "utf8" }).stdout;
      }
      expect(out).toBe(`${expected}\n`);
      expect(expected).toMatch(/^[0-9a-f]{40}$/);
    } finally {
      server.kill("SIGKILL");
    }
    const none = spawnSync("bash", [join(s.dir, "digest.sh"), String(port + 1)], { encoding: "utf8" });
    expect([none.status, none.stdout]).toEqual([1, ""]);
    s.done();
  });

  test("the unit restarts for ever after 3 s, and re-pins in ExecStartPre before every start", () => {
    const unit = content("/etc/systemd/system/pairpac-desktop-mumble.service").split("\n");
    expect(unit).toContain("Restart=always");
    expect(unit).toContain("RestartSec=3");
    expect(unit).toContain("StartLimitIntervalSec=0");
    expect(unit).toContain("ExecStartPre=/usr/local/lib/pairpac/desktop/prepare-mumble.sh Desktop-1 64738");
  });
});
