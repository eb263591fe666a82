import { CloudConfig, DataVolume, FORMAT_SCRIPT_PATH, SystemdUnit } from "../../../cloudinit";
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

  test("the document validates (parse-back, cloud-init schema; the real tools in the conformance tier)", () => {
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

