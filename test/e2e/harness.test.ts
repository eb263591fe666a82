// Tests of the end-to-end harness itself: its parsers, and that its checks fail on broken seeds.
import * as fs from "node:fs";
import * as path from "node:path";
import { BootReport, bootSeed } from "./support/boot";
import { checkFiles, unexpectedLogLines } from "./support/checks";
import { HOST_COMMANDS, HOST_EXTRA_PACKAGES } from "./support/host";
import { addFailingCommand, allowTunnelShell, breakExecStart, loosenTunnelListen, type SeedTexts } from "./support/mutations";
import { SCRIPTS_DIR } from "./support/paths";
import { PROBE_META_DATA, renderProbe } from "./support/probe-config";
import { rootfsKey } from "./support/rootfs";
import { shouldRestart } from "./support/service-runner";
import { loadState, seedOf } from "./support/state";
import { TunnelRig, foreignListenProblems, shellProblems, unitRunning } from "./support/tunnel";
import { desktopPorts } from "../../cloudinit/ports";
import { parseExecLine, parseTimeSpan, parseUnitFile, splitWords, unitValue, unitValues } from "./support/unit-file";
import { expectationsOf } from "./support/user-data";

const ctx = { unitName: "x@a.service", user: "tunnel", uid: 998, home: "/var/lib/tunnel", hostname: "gw" };

describe("unit file parsing", () => {
  test("reads sections, repeated keys, continuations and resets", () => {
    const unit = parseUnitFile("[Unit]\nDescription=x\n# c\n[Service]\nExecStart=/bin/a \\\n  b\nEnvironment=A=1\nEnvironment=B=2\nEnvironment=\nEnvironment=C=3\n");
    expect(unitValue(unit, "Unit", "Description")).toBe("x");
    // like systemd: the backslash becomes a space, the next line is appended stripped
    expect(unitValues(unit, "Service", "ExecStart")).toEqual(["/bin/a  b"]);
    expect(unitValues(unit, "Service", "Environment")).toEqual(["C=3"]);
  });

  test("splits words with quotes and escapes like systemd", () => {
    expect(splitWords(`a "b c" 'd e' f\\x41 "g\\"h"`)).toEqual(["a", "b c", "d e", "fA", 'g"h']);
  });

  test("expands specifiers and environment variables in ExecStart", () => {
    const cmd = parseExecLine("-/usr/bin/ssh -i %h/key $OPTS -p ${PORT} host-%i 100%%", ctx, { OPTS: "-N -T", PORT: "22" });
    expect(cmd.prefixes).toBe("-");
    expect(cmd.argv).toEqual(["/usr/bin/ssh", "-i", "/var/lib/tunnel/key", "-N", "-T", "-p", "22", "host-a", "100%"]);
  });

  test("fails on a specifier the harness does not know", () => {
    expect(() => parseExecLine("/bin/x %Z", ctx, {})).toThrow("specifier %Z");
  });

  test("reads time spans", () => {
    expect([parseTimeSpan("5"), parseTimeSpan("5s"), parseTimeSpan("500ms"), parseTimeSpan("1min 30s")]).toEqual([5000, 5000, 500, 90000]);
    expect(() => parseTimeSpan("5 parsecs")).toThrow("unknown time unit");
  });

  test("applies systemd's Restart= table", () => {
    expect(shouldRestart("always", 0, null)).toBe(true);
    expect(shouldRestart("on-failure", 255, null)).toBe(true);
    expect(shouldRestart("on-failure", 0, null)).toBe(false);
    expect(shouldRestart("on-failure", null, "SIGTERM")).toBe(false);
    expect(shouldRestart("on-failure", null, "SIGKILL")).toBe(true);
    expect(shouldRestart("on-abnormal", 1, null)).toBe(false);
    expect(shouldRestart("no", 1, null)).toBe(false);
  });
});

describe("harness bookkeeping", () => {
  test("the cache key ignores package order and duplicates but not content", () => {
    const spec = { suite: "trixie", mirror: "http://m", withRecommends: ["b", "a"], withoutRecommends: ["c"] };
    expect(rootfsKey(spec)).toBe(rootfsKey({ ...spec, withRecommends: ["a", "b", "a"] }));
    expect(rootfsKey(spec)).not.toBe(rootfsKey({ ...spec, withRecommends: ["a", "b", "d"] }));
    expect(rootfsKey(spec)).not.toBe(rootfsKey({ ...spec, withRecommends: ["a"], withoutRecommends: ["b", "c"] }));
  });

  test("install-host-deps.sh installs exactly the packages the harness checks for", () => {
    const script = fs.readFileSync(path.join(SCRIPTS_DIR, "install-host-deps.sh"), "utf8");
    const listed = /^packages=\(([^)]*)\)/m.exec(script)?.[1].trim().split(/\s+/).sort();
    expect(listed).toEqual([...new Set([...Object.values(HOST_COMMANDS), ...HOST_EXTRA_PACKAGES])].sort());
  });

  test("the log filter keeps warnings and errors only", () => {
    const log = "2026 - a.py[DEBUG]: fine\n2026 - b.py[WARNING]: odd\n2026 - c.py[ERROR]: bad\n";
    expect(unexpectedLogLines(log, [])).toEqual(["2026 - b.py[WARNING]: odd", "2026 - c.py[ERROR]: bad"]);
  });
});

describe("the probe seed (rendered with the cloudinit core API)", () => {
  const state = loadState();
  let good: BootReport;

  beforeAll(async () => {
    good = await bootSeed(state, { name: "probe", userData: renderProbe(), metaData: PROBE_META_DATA }, "probe");
  });
  afterAll(async () => {
    await good?.machine.dispose();
  });

  test("boots with every generic check passing", () => {
    expect(good.checks).toEqual(Object.fromEntries(Object.keys(good.checks).map((k) => [k, []])));
  });

  test("records the unit's enable and start requests", () => {
    const log = good.machine.readFile("/var/log/pairpac-e2e/systemctl.log");
    expect(log).toContain("daemon-reload\n");
    expect(log).toContain("enable\tpairpac-probe.service\n");
    expect(log).toContain("start\tpairpac-probe.service\n");
  });

  test("fails the file check when a declared mode differs from the machine", async () => {
    const expected = expectationsOf(renderProbe()).files.map((f) => (f.path === "/etc/pairpac-probe/settings.conf" ? { ...f, mode: "600" } : f));
    expect(await checkFiles(good.machine, expected)).toEqual(["/etc/pairpac-probe/settings.conf has mode 640, expected 600"]);
  });

  test("fails systemd-analyze verify when a unit's ExecStart points at a missing program", async () => {
    const report = await bootSeed(state, { name: "probe-bad", userData: breakExecStart(renderProbe(), "pairpac-probe.service"), metaData: PROBE_META_DATA }, "probe-bad-exec-start");
    try {
      expect(report.checks["systemd-analyze verify"]).toEqual([
        expect.stringContaining("Command /usr/local/bin/pairpac-e2e-missing is not executable"),
      ]);
    } finally {
      await report.machine.dispose();
    }
  });

  test("fails the status and log checks when a runcmd command fails", async () => {
    const report = await bootSeed(state, { name: "probe-fail", userData: addFailingCommand(renderProbe()), metaData: PROBE_META_DATA }, "probe-failing-runcmd");
    try {
      expect(report.checks["cloud-init status"]).toEqual(expect.arrayContaining([expect.stringContaining("cloud-init status is \"error\"")]));
      expect(report.checks["cloud-init log"]).toEqual(expect.arrayContaining([expect.stringContaining("scripts-user")]));
    } finally {
      await report.machine.dispose();
    }
  });
});

describe("the checks catch broken rendered seeds", () => {
  const state = loadState();

  test("fails systemd-analyze verify when a rendered desktop unit's ExecStart points at a missing program", async () => {
    const desktop = seedOf(state, "desktop-1");
    const tunnelUnit = unitRunning(expectationsOf(desktop.userData).unitFiles, /(^|\/)(ssh|autossh)\s.*\s-R\s/, "the SSH tunnel");
    const report = await bootSeed(state, { ...desktop, userData: breakExecStart(desktop.userData, tunnelUnit) }, "mutated-desktop-bad-exec-start");
    try {
      const aboutTunnel = report.checks["systemd-analyze verify"].filter((p) => p.startsWith(`systemd-analyze verify ${tunnelUnit}:`));
      expect(aboutTunnel).toEqual([expect.stringContaining("Command /usr/local/bin/pairpac-e2e-missing is not executable")]);
    } finally {
      await report.machine.dispose();
    }
  });

  describe("with a gateway whose tunnel restrictions are removed", () => {
    let loose: TunnelRig | undefined;
    let shell: TunnelRig | undefined;

    afterAll(async () => {
      await loose?.dispose();
      await shell?.dispose();
    });

    async function rigWith(mutate: (seed: SeedTexts) => SeedTexts, tag: string): Promise<TunnelRig> {
      const gatewaySeed = seedOf(state, "gateway");
      const gateway = await bootSeed(state, { ...gatewaySeed, ...mutate(gatewaySeed) }, `mutated-gateway-${tag}`);
      const desktop = await bootSeed(state, seedOf(state, "desktop-1"), `mutated-desktop-${tag}`).catch(async (e) => {
        await gateway.machine.dispose();
        throw e;
      });
      const rig = await TunnelRig.create(gateway, desktop, tag);
      await rig.startSshd();
      return rig;
    }

    test("fails the listen check when the desktop's key may publish any port", async () => {
      loose = await rigWith(loosenTunnelListen, "l");
      const problems = await foreignListenProblems(loose, [`127.0.0.1:${desktopPorts(2).vnc}`]);
      expect(problems).toEqual([`the desktop's key could publish 127.0.0.1:${desktopPorts(2).vnc} on the gateway`]);
    });

    test("fails the shell check when the desktop's key may run commands", async () => {
      shell = await rigWith(allowTunnelShell, "s");
      const problems = await shellProblems(shell);
      expect(problems).toEqual([expect.stringContaining("the desktop's key got a command (exit 0)"), expect.stringContaining("the desktop's key got a terminal")]);
    });
  });
});
