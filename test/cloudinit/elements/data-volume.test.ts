import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CloudConfig, DataVolume, FORMAT_SCRIPT_PATH, SystemdUnit } from "../../../cloudinit";
import { systemdVerify } from "../../support/validators";
import { validateDocument } from "../validate-document";

const DEVICE = "/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol0123456789abcdef0";

function files(doc: CloudConfig): Record<string, string> {
  const list = doc.toObject().write_files as { path: string; content: string }[];
  return Object.fromEntries(list.map((f) => [f.path, f.content]));
}

describe("DataVolume", () => {
  const volume = DataVolume.of({ device: DEVICE, label: "pairpac-data", mountPoint: "/srv/pairpac" });
  const doc = new CloudConfig({ machine: "gateway" }).add("volume", volume);

  test("exposes the unit names", () => {
    expect(volume.mountUnitName).toBe("srv-pairpac.mount");
    expect(volume.prepareUnitName).toBe("pairpac-prepare-volume-pairpac-data.service");
    expect(volume.fsType).toBe("ext4");
  });

  test("writes the prepare service and a mount by LABEL (resolved by mount, so no device unit timeout applies); only the mount is enabled", () => {
    const f = files(doc);
    expect(Object.keys(f).sort()).toEqual([
      "/etc/systemd/system/pairpac-prepare-volume-pairpac-data.service",
      "/etc/systemd/system/srv-pairpac.mount",
      FORMAT_SCRIPT_PATH,
    ]);
    expect(f["/etc/systemd/system/pairpac-prepare-volume-pairpac-data.service"]).toBe([
      "[Unit]", "Description=Prepare volume pairpac-data", "",
      "[Service]", "Type=oneshot", `ExecStart=${FORMAT_SCRIPT_PATH} ${DEVICE} pairpac-data ext4 600`, "RemainAfterExit=yes", "TimeoutStartSec=720", "",
    ].join("\n"));
    expect(f["/etc/systemd/system/srv-pairpac.mount"]).toBe([
      "[Unit]", "Description=Volume pairpac-data", "Requires=pairpac-prepare-volume-pairpac-data.service", "After=pairpac-prepare-volume-pairpac-data.service", "",
      "[Mount]", "What=LABEL=pairpac-data", "Where=/srv/pairpac", "Type=ext4", "Options=noatime,nofail", "",
      "[Install]", "WantedBy=multi-user.target", "",
    ].join("\n"));
    expect(doc.toObject().runcmd).toEqual([["systemctl", "daemon-reload"], ["systemctl", "enable", "--now", "srv-pairpac.mount"]]);
  });

  test("the device may be a Terraform token (it is quoted in ExecStart, untouched)", () => {
    const tokenDoc = new CloudConfig({ machine: "gateway" }).add("volume", DataVolume.of({ device: "${TfToken[TOKEN.5]}", label: "data", mountPoint: "/srv/data" }));
    expect(files(tokenDoc)["/etc/systemd/system/pairpac-prepare-volume-data.service"]).toContain(`ExecStart=${FORMAT_SCRIPT_PATH} "\${TfToken[TOKEN.5]}" data ext4 600\n`);
  });

  test("xfs volumes install xfsprogs", () => {
    const xfs = new CloudConfig({ machine: "m" }).add("v", DataVolume.of({ device: "/dev/oracleoci/oraclevdb", label: "data", mountPoint: "/srv/data", fsType: "xfs", waitSeconds: 60 }));
    expect(xfs.toObject().packages).toEqual(["xfsprogs"]);
    expect(files(xfs)["/etc/systemd/system/pairpac-prepare-volume-data.service"]).toContain(`ExecStart=${FORMAT_SCRIPT_PATH} /dev/oracleoci/oraclevdb data xfs 60\n`);
  });

  test("services that need the volume use requiresMountsFor", () => {
    const unit = SystemdUnit.service("mail", { description: "Mail", execStart: ["/bin/true"], requiresMountsFor: [volume.mountPoint] });
    expect(unit.content).toContain("RequiresMountsFor=/srv/pairpac\n");
  });

  test("the units pass systemd-analyze verify and the document validates (schema, parse-back, shellcheck)", () => {
    const f = files(doc);
    systemdVerify({
      "srv-pairpac.mount": f["/etc/systemd/system/srv-pairpac.mount"],
      // The script path does not exist on this host: verify the service with the same content pointing at /bin/true.
      "pairpac-prepare-volume-pairpac-data.service": f["/etc/systemd/system/pairpac-prepare-volume-pairpac-data.service"].replace(FORMAT_SCRIPT_PATH, "/bin/true"),
    });
    validateDocument(doc);
  });

  test.each([
    ["label too long for ext4", { label: "a234567890123456x" }, /^dataVolume\.label: must be 1-16/],
    ["label too long for xfs", { label: "a234567890123", fsType: "xfs" }, /^dataVolume\.label: must be 1-12/],
    ["upper-case label", { label: "Data" }, /^dataVolume\.label/],
    ["device not under /dev", { device: "sdb" }, /^dataVolume\.device: must be a \/dev path/],
    ["mount point /", { mountPoint: "/" }, /^dataVolume\.mountPoint: must be an absolute, normalised path/],
    ["mount point /etc", { mountPoint: "/etc/x" }, /^dataVolume\.mountPoint: must be a dedicated directory/],
    ["relative mount point", { mountPoint: "srv" }, /^dataVolume\.mountPoint: must be an absolute/],
    ["unknown fs type", { fsType: "btrfs" }, /^dataVolume\.fsType: must be "ext4" or "xfs"/],
    ["too short a wait", { waitSeconds: 1 }, /^dataVolume\.waitSeconds: must be an integer between 10 and 3600/],
  ])("fails on %s", (_n, patch, message) => {
    expect(() => DataVolume.of({ device: DEVICE, label: "data", mountPoint: "/srv/data", ...patch } as never)).toThrow(message);
  });
});

/**
 * Runs the real formatting script against a loop device inside a private mount namespace whose /dev is a tmpfs
 * holding only that device; a stub `udevadm` plays udev's part (creating /dev/disk/by-label links).
 */
describe("DataVolume format script (real mkfs on a loop device)", () => {
  const script = files(new CloudConfig({ machine: "m" }).add("v", DataVolume.of({ device: DEVICE, label: "data", mountPoint: "/srv/data" })))[FORMAT_SCRIPT_PATH];
  let dir: string;
  let loop: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "pairpac-volume-"));
    writeFileSync(join(dir, "format.sh"), script);
    chmodSync(join(dir, "format.sh"), 0o755);
    writeFileSync(join(dir, "udevadm"), "#!/bin/sh\nmkdir -p /dev/disk/by-label\nfor d in /dev/loop*; do l=$(blkid -o value -s LABEL \"$d\" 2>/dev/null) && [ -n \"$l\" ] && ln -sf \"$d\" \"/dev/disk/by-label/$l\"; done\nexit 0\n");
    chmodSync(join(dir, "udevadm"), 0o755);
    spawnSync("truncate", ["-s", "32M", join(dir, "disk.img")]);
    const attach = spawnSync("losetup", ["-f", "--show", join(dir, "disk.img")], { encoding: "utf8" });
    if (attach.status !== 0) throw new Error(`losetup failed: ${attach.stderr}`);
    loop = attach.stdout.trim();
  });

  afterAll(() => {
    if (loop) spawnSync("losetup", ["-d", loop]);
    rmSync(dir, { recursive: true, force: true });
  });

  function run(device: string, label: string, wait = "10"): { status: number; out: string } {
    const stat = spawnSync("stat", ["-c", "%t %T", loop], { encoding: "utf8" }).stdout.trim().split(" ").map((h) => parseInt(h, 16));
    const inner = [
      "set -e", "mount -t tmpfs tmpfs /dev", "mknod /dev/null c 1 3", `mknod ${loop} b ${stat[0]} ${stat[1]}`,
      `PATH=${dir}:$PATH ${dir}/format.sh "$@"`,
    ].join("\n");
    const r = spawnSync("unshare", ["--mount", "--propagation", "private", "bash", "-c", inner, "x", device, label, "ext4", wait], { encoding: "utf8" });
    return { status: r.status ?? -1, out: r.stdout + r.stderr };
  }

  const uuid = (): string => spawnSync("blkid", ["-p", "-o", "value", "-s", "UUID", loop], { encoding: "utf8" }).stdout.trim();

  test("formats a blank device with the label, then leaves it alone on the next boot", () => {
    const first = run(loop, "data");
    expect(first.out).toContain(`formatting blank ${loop} as ext4 labelled data\n`);
    expect(first.status).toBe(0);
    expect(spawnSync("blkid", ["-p", "-o", "value", "-s", "TYPE", loop], { encoding: "utf8" }).stdout.trim()).toBe("ext4");
    const before = uuid();
    const second = run(loop, "data");
    expect(second.status).toBe(0);
    expect(second.out).not.toContain("formatting");
    expect(uuid()).toBe(before);
  });

  test("fails (without formatting) when the device carries a file system with another label", () => {
    const before = uuid();
    const r = run(loop, "other");
    expect(r.status).toBe(1);
    expect(r.out).toContain(`${loop} is not blank and not labelled other: not formatting it\n`);
    expect(uuid()).toBe(before);
  });

  test("fails when the device does not appear in time", () => {
    const r = run("/dev/loop-missing", "data", "2");
    expect(r.status).toBe(1);
    expect(r.out).toContain("no /dev/loop-missing after 2 s\n");
  });
});
