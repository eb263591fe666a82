import { CloudConfig, Hardening, SystemdUnit } from "../../../cloudinit";
import { expectPairPacError } from "../../support/pairpac-error";

describe("SystemdUnit.service", () => {
  test("minimal service: Type=simple, Restart=on-failure, WantedBy multi-user", () => {
    const unit = SystemdUnit.service("hello", { description: "Hello", execStart: ["/bin/echo", "hi"] });
    expect(unit.unitName).toBe("hello.service");
    expect(unit.path).toBe("/etc/systemd/system/hello.service");
    expect(unit.enable).toBe(true);
    expect(unit.content).toBe([
      "[Unit]", "Description=Hello", "",
      "[Service]", "Type=simple", "ExecStart=/bin/echo hi", "Restart=on-failure", "",
      "[Install]", "WantedBy=multi-user.target", "",
    ].join("\n"));
  });

  test("every option is written with its systemd name, in a fixed order", () => {
    const unit = SystemdUnit.service("pairpac-app.service", {
      description: "App at 100%",
      after: ["network-online.target", "docker.service"], wants: ["network-online.target"], requires: ["docker.service"],
      before: ["nginx.service"], bindsTo: ["docker.service"], partOf: ["docker.service"], requiresMountsFor: ["/srv/pairpac"],
      startLimitIntervalSec: 60, startLimitBurst: 5,
      type: "exec", user: "app", group: "app", supplementaryGroups: ["docker"], workingDirectory: "/srv/pairpac/app",
      environment: { B: "two words", A: "1" }, environmentFiles: ["/etc/pairpac/app.env", { path: "/etc/pairpac/extra.env", optional: true }],
      execStartPre: [["/usr/bin/docker", "compose", "pull"]], execStart: ["/usr/bin/docker", "compose", "up"],
      execStartPost: [["/bin/echo", "started"]], execReload: ["/bin/kill", "-HUP", "$MAINPID"], execStop: ["/usr/bin/docker", "compose", "down"],
      remainAfterExit: false, restart: "always", restartSec: 5, timeoutStartSec: 300, memoryMax: "256M",
      hardening: Hardening.BASIC, wantedBy: ["multi-user.target", "graphical.target"], enable: false,
    });
    expect(unit.enable).toBe(false);
    expect(unit.content).toBe([
      "[Unit]",
      "Description=App at 100%%",
      "Wants=network-online.target",
      "Requires=docker.service",
      "BindsTo=docker.service",
      "PartOf=docker.service",
      "After=network-online.target docker.service",
      "Before=nginx.service",
      "RequiresMountsFor=/srv/pairpac",
      "StartLimitIntervalSec=60",
      "StartLimitBurst=5",
      "",
      "[Service]",
      "Type=exec",
      "User=app",
      "Group=app",
      "SupplementaryGroups=docker",
      "WorkingDirectory=/srv/pairpac/app",
      "Environment=\"A=1\"",
      "Environment=\"B=two words\"",
      "EnvironmentFile=/etc/pairpac/app.env",
      "EnvironmentFile=-/etc/pairpac/extra.env",
      "ExecStartPre=/usr/bin/docker compose pull",
      "ExecStart=/usr/bin/docker compose up",
      "ExecStartPost=/bin/echo started",
      "ExecReload=/bin/kill -HUP \"$$MAINPID\"",
      "ExecStop=/usr/bin/docker compose down",
      "RemainAfterExit=no",
      "Restart=always",
      "RestartSec=5",
      "TimeoutStartSec=300",
      "MemoryMax=256M",
      "NoNewPrivileges=yes",
      "ProtectSystem=yes",
      "PrivateTmp=yes",
      "ProtectKernelTunables=yes",
      "ProtectKernelModules=yes",
      "ProtectControlGroups=yes",
      "RestrictSUIDSGID=yes",
      "",
      "[Install]",
      "WantedBy=multi-user.target graphical.target",
      "",
    ].join("\n"));
  });

  test("oneshot services get no Restart= by default", () => {
    expect(SystemdUnit.service("once", { description: "Once", type: "oneshot", execStart: ["/bin/true"] }).content).not.toMatch(/Restart=/);
  });

  test("an empty wantedBy omits the [Install] section", () => {
    expect(SystemdUnit.service("dep", { description: "Dep", execStart: ["/bin/true"], wantedBy: [] }).content).not.toMatch(/\[Install\]/);
  });

  test("hardening fields can be given directly and extend presets", () => {
    const unit = SystemdUnit.service("h", {
      description: "H", execStart: ["/bin/true"],
      hardening: Hardening.STRICT.with({ readWritePaths: ["/srv/pairpac"], capabilityBoundingSet: ["CAP_NET_BIND_SERVICE"], ambientCapabilities: ["CAP_NET_BIND_SERVICE"], protectHome: "read-only" }),
    });
    expect(unit.content).toContain([
      "NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=read-only", "PrivateTmp=yes", "PrivateDevices=yes",
      "ProtectKernelTunables=yes", "ProtectKernelModules=yes", "ProtectControlGroups=yes", "RestrictSUIDSGID=yes",
      "LockPersonality=yes", "RestrictRealtime=yes", "ReadWritePaths=/srv/pairpac", "CapabilityBoundingSet=CAP_NET_BIND_SERVICE",
      "AmbientCapabilities=CAP_NET_BIND_SERVICE",
    ].join("\n"));
    expect(SystemdUnit.service("h2", { description: "H", execStart: ["/bin/true"], hardening: { privateTmp: true, capabilityBoundingSet: [] } }).content)
      .toContain("PrivateTmp=yes\nCapabilityBoundingSet=\n");
  });

  test("ExecStart arguments are quoted for systemd, with specifiers and variables escaped", () => {
    const unit = SystemdUnit.service("q", { description: "Q", execStart: ["/bin/echo", "a b", "50%", "$HOME", "x\"y", "back\\slash"] });
    expect(unit.content).toContain("ExecStart=/bin/echo \"a b\" \"50%%\" \"$$HOME\" \"x\\\"y\" \"back\\\\slash\"\n");
  });

  test.each([
    ["bad name", () => SystemdUnit.service("my service", { description: "x", execStart: ["/bin/true"] }), /^service\.name: is not a systemd unit name/],
    ["empty description", () => SystemdUnit.service("s", { description: " ", execStart: ["/bin/true"] }), /^service\(s\.service\)\.description: must be a non-empty string/],
    ["multi-line description", () => SystemdUnit.service("s", { description: "a\nb", execStart: ["/bin/true"] }), /description: must be a single line/],
    ["empty execStart", () => SystemdUnit.service("s", { description: "x", execStart: [] }), /^service\(s\.service\)\.execStart: must be a non-empty argv array/],
    ["prefix in execStart", () => SystemdUnit.service("s", { description: "x", execStart: ["-/bin/true"] }), /execStart\[0\]: must be a non-empty executable path/],
    ["bad type", () => SystemdUnit.service("s", { description: "x", execStart: ["/bin/true"], type: "daemon" as never }), /\.type: is not a supported service type/],
    ["bad restart", () => SystemdUnit.service("s", { description: "x", execStart: ["/bin/true"], restart: "sometimes" as never }), /\.restart: is not a Restart= policy/],
    ["bad env name", () => SystemdUnit.service("s", { description: "x", execStart: ["/bin/true"], environment: { "A-B": "1" } }), /\.environment: is not a valid environment variable name/],
    ["newline in env value", () => SystemdUnit.service("s", { description: "x", execStart: ["/bin/true"], environment: { A: "1\n2" } }), /\.environment\.A: must not contain a line break/],
    ["negative restartSec", () => SystemdUnit.service("s", { description: "x", execStart: ["/bin/true"], restartSec: -1 }), /\.restartSec: must be a whole number of seconds/],
    ["zero startLimitBurst", () => SystemdUnit.service("s", { description: "x", execStart: ["/bin/true"], startLimitBurst: 0 }), /\.startLimitBurst: must be an integer between 1 and 10000/],
    ["bad memoryMax", () => SystemdUnit.service("s", { description: "x", execStart: ["/bin/true"], memoryMax: "1 GB" }), /\.memoryMax: is not a MemoryMax= value/],
    ["bad dependency", () => SystemdUnit.service("s", { description: "x", execStart: ["/bin/true"], after: ["network"] }), /\.after\[0\]: is not a systemd unit name/],
    ["relative mount requirement", () => SystemdUnit.service("s", { description: "x", execStart: ["/bin/true"], requiresMountsFor: ["srv"] }), /requiresMountsFor\[0\]: must be an absolute/],
    ["bad user", () => SystemdUnit.service("s", { description: "x", execStart: ["/bin/true"], user: "Root" }), /\.user: must be a Linux/],
    ["bad capability", () => SystemdUnit.service("s", { description: "x", execStart: ["/bin/true"], hardening: { capabilityBoundingSet: ["NET_ADMIN"] } }), /^hardening\.capabilityBoundingSet\[0\]: is not a capability name/],
    ["blank in readWritePaths", () => Hardening.custom({ readWritePaths: ["/srv/a b"] }), /^hardening\.readWritePaths\[0\]: must not contain blanks/],
  ])("fails on %s", (_n, make, message) => {
    expect(make).toThrow(message);
  });
});

describe("SystemdUnit.timer", () => {
  test("calendar timer for the service of the same name", () => {
    const unit = SystemdUnit.timer("pairpac-renew", { description: "Renew", onCalendar: ["daily"], persistent: true, randomizedDelaySec: 3600 });
    expect(unit.unitName).toBe("pairpac-renew.timer");
    expect(unit.content).toBe([
      "[Unit]", "Description=Renew", "",
      "[Timer]", "OnCalendar=daily", "Persistent=yes", "RandomizedDelaySec=3600", "",
      "[Install]", "WantedBy=timers.target", "",
    ].join("\n"));
  });

  test("monotonic timer starting another unit", () => {
    expect(SystemdUnit.timer("t", { description: "T", onBootSec: 60, onUnitActiveSec: 900, unit: "other.service" }).content)
      .toContain("[Timer]\nOnBootSec=60\nOnUnitActiveSec=900\nUnit=other.service\n");
  });

  test("fails without a trigger", () => {
    expectPairPacError(() => SystemdUnit.timer("t", { description: "T" }), { field: "timer(t.timer)", problem: /^has no trigger/ });
  });

  test("fails on a multi-line calendar expression", () => {
    expectPairPacError(() => SystemdUnit.timer("t", { description: "T", onCalendar: ["daily\nweekly"] }), { field: "timer(t.timer).onCalendar[0]", problem: /^must be a one-line calendar expression/ });
  });
});

describe("SystemdUnit.mount", () => {
  test("mount unit named after the escaped mount point", () => {
    const unit = SystemdUnit.mount({ description: "Data", what: "/dev/disk/by-label/pairpac-data", where: "/srv/pair-data", type: "ext4" });
    expect(unit.unitName).toBe("srv-pair\\x2ddata.mount");
    expect(unit.path).toBe("/etc/systemd/system/srv-pair\\x2ddata.mount");
    expect(unit.content).toBe([
      "[Unit]", "Description=Data", "",
      "[Mount]", "What=/dev/disk/by-label/pairpac-data", "Where=/srv/pair-data", "Type=ext4", "Options=defaults", "",
      "[Install]", "WantedBy=multi-user.target", "",
    ].join("\n"));
  });

  test("fails on a mount option with a blank and on a relative mount point", () => {
    expect(() => SystemdUnit.mount({ description: "x", what: "/dev/x", where: "/srv/x", options: ["a b"] })).toThrow(/options\[0\]: is not a plain mount option/);
    expectPairPacError(() => SystemdUnit.mount({ description: "x", what: "/dev/x", where: "srv" }), { field: "mount.where", problem: /^must be an absolute/ });
  });
});

describe("SystemdUnit.dropIn and custom", () => {
  test("drop-in file under <unit>.d, not enabled, optionally restarted", () => {
    const dropIn = SystemdUnit.dropIn("docker.service", "10-pairpac", { Service: { MemoryMax: "512M" } }, { restart: true });
    expect(dropIn.path).toBe("/etc/systemd/system/docker.service.d/10-pairpac.conf");
    expect(dropIn.isDropIn).toBe(true);
    expect(dropIn.content).toBe("[Service]\nMemoryMax=512M\n");
    const doc = new CloudConfig({ machine: "m" }).add("docker", dropIn);
    expect(doc.toObject().runcmd).toEqual([["systemctl", "daemon-reload"], ["systemctl", "try-restart", "docker.service"]]);
  });

  test("custom units are written as given and enabled on request", () => {
    const unit = SystemdUnit.custom("x.socket", { Socket: { ListenStream: "127.0.0.1:4713" }, Install: { WantedBy: "sockets.target" } }, { enable: true });
    expect(unit.isDropIn).toBe(false);
    expect(new CloudConfig({ machine: "m" }).add("s", unit).toObject().runcmd).toEqual([["systemctl", "daemon-reload"], ["systemctl", "enable", "--now", "x.socket"]]);
  });

  test("fails on a bad drop-in name", () => {
    expectPairPacError(() => SystemdUnit.dropIn("docker.service", "../x", { Service: {} }), { field: "dropIn(docker.service).dropInName", problem: /^must be a file name/ });
  });
});

describe("systemd units in a document", () => {
  test("units are written to /etc/systemd/system and enabled after daemon-reload, in the order added", () => {
    const doc = new CloudConfig({ machine: "m" })
      .add("a", SystemdUnit.service("b-first", { description: "B", execStart: ["/bin/true"] }))
      .add("b", SystemdUnit.service("a-second", { description: "A", execStart: ["/bin/true"] }), SystemdUnit.timer("a-second", { description: "T", onCalendar: ["daily"] }));
    expect(doc.toObject().runcmd).toEqual([
      ["systemctl", "daemon-reload"],
      ["systemctl", "enable", "--now", "b-first.service"],
      ["systemctl", "enable", "--now", "a-second.service"],
      ["systemctl", "enable", "--now", "a-second.timer"],
    ]);
  });

  test("fails when two contributors define the same unit differently, naming both", () => {
    const doc = new CloudConfig({ machine: "m" }).add("nginx", SystemdUnit.service("web", { description: "Web", execStart: ["/bin/true"] }));
    expectPairPacError(() => doc.add("mumble", SystemdUnit.service("web", { description: "Web 2", execStart: ["/bin/true"] })), { field: "unit[web.service]", problem: /^is defined differently by "nginx" and "mumble"/ });
  });

  test("the same unit from two contributors is written and enabled once", () => {
    const unit = SystemdUnit.service("web", { description: "Web", execStart: ["/bin/true"] });
    const doc = new CloudConfig({ machine: "m" }).add("a", unit).add("b", unit);
    expect(doc.toObject().runcmd).toEqual([["systemctl", "daemon-reload"], ["systemctl", "enable", "--now", "web.service"]]);
    expect((doc.toObject().write_files as unknown[]).length).toBe(1);
  });

});
