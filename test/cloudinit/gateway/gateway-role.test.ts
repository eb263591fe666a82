import { parse } from "yaml";
import { Os } from "../../../cloudinit/os";
import { estimateUserData } from "../../../cloudinit/size-estimate";
import { checkGatewayMemoryPlan, gatewayMemoryPlanMarkdown, gatewayMemoryPlan, MUMBLE_WEB_MAX_PROCESSES, USABLE_MB_OF_1_GIB } from "../../../cloudinit/gateway/memory-plan";
import { gatewayCompose } from "../../../cloudinit/gateway/compose-project";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COMPOSE_UNIT, describeGatewayRole, renderGatewayRole } from "../../../cloudinit/gateway/gateway-role";
import { APPLY_COMMAND } from "../../../cloudinit/delivery/apply-command";
import { GATEWAY_IMAGES } from "../../../cloudinit/gateway/images";
import { gatewayNginxConf } from "../../../cloudinit/gateway/nginx-site";
import { token, tokenProps } from "./fixtures";
import { expectPairPacError } from "../../support/pairpac-error";

type WriteFile = { path: string; content: string; owner: string; permissions: string; defer?: boolean };

function files(doc: ReturnType<typeof renderGatewayRole>): Map<string, WriteFile> {
  const obj = doc.toObject() as { write_files: WriteFile[] };
  return new Map(obj.write_files.map((f) => [f.path, f]));
}

describe("renderGatewayRole", () => {
  const role = describeGatewayRole(tokenProps());
  const doc = role.cloudConfig;
  const written = files(doc);
  const delivered = new Map(role.delivery.files.map((f) => [f.path, f]));
  /** A file of the user-data or of the delivery bundle. */
  const content = (path: string): string => {
    const f = written.get(path)?.content ?? delivered.get(path)?.content;
    if (f === undefined) throw new Error(`missing ${path}`);
    return f;
  };

  it("installs Docker and Compose from the OS archive, per OS", () => {
    expect((doc.toObject() as { packages: string[] }).packages).toEqual(["docker-compose-v2", "docker.io", "nftables", "postfix", "unattended-upgrades"]);
    const debian = renderGatewayRole(tokenProps({ os: Os.DEBIAN_13 })).toObject() as { packages: string[] };
    expect(debian.packages).toEqual(["docker-cli", "docker-compose", "docker.io", "nftables", "postfix", "unattended-upgrades"]);
    expect(doc.toObject()).not.toHaveProperty("apt");
  });

  it("delivers secrets only as root-only files or files owned by the group of the one container that reads them", () => {
    expect(delivered.get("/etc/pairpac/tls/privkey.pem")).toMatchObject({ content: token(2), owner: "root:root", mode: "0600", then: ["postfix"] });
    expect(delivered.get("/etc/pairpac/mumble/superuser.env")).toMatchObject({ owner: "root:root", mode: "0600", then: ["containers:mumble"] });
    expect(delivered.get("/etc/pairpac/guacamole/user-mapping.xml")).toMatchObject({ owner: "root:1001", mode: "0640" });
    expect(delivered.get("/etc/pairpac/mumble/mumble-server.ini")).toMatchObject({ owner: "root:10000", mode: "0640", then: ["containers:mumble"] });
    expect(delivered.get("/etc/pairpac/dovecot/users")).toMatchObject({ owner: "root:1000", mode: "0640" });
    expect(delivered.get("/etc/pairpac/tls/mumble/privkey.pem")).toMatchObject({ content: token(2), owner: "root:10000", mode: "0640", then: ["containers:mumble-cert"] });
    expect(delivered.get("/etc/pairpac/tls/nginx/privkey.pem")).toMatchObject({ owner: "root:0", mode: "0640", then: ["containers:nginx"] });
    expect(delivered.get("/etc/pairpac/tls/dovecot/fullchain.pem")).toMatchObject({ content: token(1), owner: "root:1000", mode: "0644", then: ["containers:dovecot"] });
    expect(role.delivery.records.find((r) => r.path === "/etc/pairpac/tls/mumble")).toMatchObject({ kind: "dir", owner: "root:10000", mode: "0750" });
    // The data folders on the volume stay the user-data's (they never change).
    const script = content("/usr/local/lib/pairpac/container-files.sh");
    expect(script).toContain("install -d -o 10000 -g 10000 -m 0750 /srv/pairpac/mumble");
    expect(script).toContain("install -d -o 1000 -g 1000 -m 0700 /srv/pairpac/mail");
  });

  it("keeps every secret out of the user-data: certificate key, host keys, passwords, hashes, desktops' keys", () => {
    const text = doc.render();
    // token(11)/(12) are the bootstrap host key, which the first delivery replaces (see the delivery tests).
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 101, 102, 103, 200, 201, 202, 203]) expect(text).not.toContain(token(n));
    expect(text).toContain(token(11));
    expect(role.bootstrap.files.map((f) => [f.path, f.content, f.mode])).toEqual([
      ["/etc/ssh/ssh_host_ed25519_key", token(3), "0600"],
      ["/etc/ssh/ssh_host_ed25519_key.pub", token(4), "0644"],
    ]);
  });

  it("renders the same user-data for one or four desktops and any certificate, password or login", () => {
    const one = renderGatewayRole(tokenProps({ desktops: tokenProps().desktops.slice(0, 1) })).render();
    const other = renderGatewayRole(tokenProps({
      certificate: { certificatePem: token(61), privateKeyPem: token(62) },
      mumble: { serverPassword: token(63), superuserPassword: token(64) },
      mail: { passwordBcrypt: token(65) },
      guacamoleUsers: [{ name: "crew", passwordSha256: token(66), access: "collaborate" }],
    })).render();
    expect(one).toBe(doc.render());
    expect(other).toBe(doc.render());
  });

  it("carries the apply command, and starts the containers only once the first delivery wrote their files", () => {
    expect(written.get(APPLY_COMMAND)).toMatchObject({ owner: "root:root", permissions: "0755" });
    expect(content(`/etc/systemd/system/${COMPOSE_UNIT}`)).toContain("ConditionPathExists=/etc/pairpac/mumble/superuser.env\n");
    expect(role.delivery.actionTokens).toEqual(expect.arrayContaining(["postfix", "containers:mumble-cert", "containers:nginx", "containers:dovecot", "containers:files", "containers:mumble", "sshd"]));
  });

  it("stores the mail password only as a bcrypt hash", () => {
    expect(content("/etc/pairpac/dovecot/users")).toBe(`team@main.example.org:{BLF-CRYPT}${token(9)}:1000:1000::/srv/vmail/team@main.example.org::\n`);
  });

  it("pins every image to a version tag", () => {
    const compose = parse(content("/etc/pairpac/compose.yaml")) as { services: Record<string, { image: string }> };
    expect(Object.fromEntries(Object.entries(compose.services).map(([k, v]) => [k, v.image]))).toEqual({
      guacd: "guacamole/guacd:1.6.0",
      guacamole: "guacamole/guacamole:1.6.0",
      mumble: "mumblevoip/mumble-server:v1.5.735",
      "mumble-web": "rankenstein/mumble-web:0.5",
      dovecot: "dovecot/dovecot:2.4.3",
      nginx: "nginx:1.26.3",
    });
    for (const image of Object.values(GATEWAY_IMAGES)) expect(image).toMatch(/:[0-9v][0-9A-Za-z.-]*$/);
  });

  it("caps memory, logs and restarts of every container and publishes only Mumble and IMAPS beyond loopback", () => {
    const compose = parse(content("/etc/pairpac/compose.yaml")) as {
      services: Record<string, { mem_limit: string; restart: string; logging: unknown; ports?: string[]; network_mode?: string; security_opt: string[] }>;
    };
    for (const svc of Object.values(compose.services)) {
      expect(svc.restart).toBe("unless-stopped");
      expect(svc.logging).toEqual({ driver: "json-file", options: { "max-size": "10m", "max-file": "3" } });
      expect(svc.security_opt).toEqual(["no-new-privileges:true"]);
    }
    expect(Object.fromEntries(Object.entries(compose.services).map(([k, v]) => [k, v.mem_limit]))).toEqual({
      guacd: "160m", guacamole: "288m", mumble: "64m", "mumble-web": "104m", dovecot: "64m", nginx: "32m",
    });
    const published = Object.values(compose.services).flatMap((s) => s.ports ?? []);
    expect(published.filter((p) => !p.startsWith("127.0.0.1:"))).toEqual(["64738:64738/tcp", "64738:64738/udp", "993:31993"]);
    const ports = published.flatMap((p) => p.replace(/\/(tcp|udp)$/, "").split(":").slice(-2).map(Number));
    expect(ports.filter((p) => (p >= 5900 && p <= 5999) || (p >= 4700 && p <= 4799))).toEqual([]);
    expect(compose.services.guacd.network_mode).toBe("host");
  });

  it("brings the project up at boot after Docker and the data volume", () => {
    const unit = content(`/etc/systemd/system/${COMPOSE_UNIT}`);
    expect(unit).toContain("Requires=docker.service");
    expect(unit).toMatch(/After=.*docker\.service/);
    expect(unit).toContain("RequiresMountsFor=/srv/pairpac");
    expect(unit).toContain("WorkingDirectory=/etc/pairpac\n");
    expect(unit).toContain("ExecStart=/usr/bin/docker compose up -d --remove-orphans\n");
    expect(unit).toContain("ExecStop=/usr/bin/docker compose down\n");
    const runcmd = (doc.toObject() as { runcmd: string[][] }).runcmd;
    const at = (argv: string[]) => runcmd.findIndex((c) => JSON.stringify(c) === JSON.stringify(argv));
    expect(at(["/usr/local/lib/pairpac/container-files.sh"])).toBeGreaterThanOrEqual(0);
    expect(at(["/usr/local/lib/pairpac/container-files.sh"])).toBeLessThan(at(["systemctl", "enable", "--now", COMPOSE_UNIT]));
    expect(unit).toContain("ConditionPathExists=/etc/pairpac/mumble/superuser.env\n");
  });

  it("passes guacd options only, so the image's entrypoint binds it to the guac bridge and not 0.0.0.0", () => {
    const compose = parse(content("/etc/pairpac/compose.yaml")) as { services: Record<string, { command?: string[] }> };
    // The entrypoint runs `guacd -f -b 0.0.0.0 -L info "$@"`: a leading path would stop getopt before our -b.
    expect(compose.services.guacd.command).toEqual(["-b", "172.30.1.1", "-l", "4822"]);
  });

  it("turns Mumble's autoban off in the ini the server reads (browsers and desktops share source addresses)", () => {
    const compose = parse(content("/etc/pairpac/compose.yaml")) as { services: Record<string, { environment?: Record<string, string>; volumes?: string[] }> };
    const mumble = compose.services.mumble;
    // With MUMBLE_CUSTOM_CONFIG_FILE the image ignores MUMBLE_CONFIG_* variables: the key must be in the mounted file.
    expect(mumble.environment?.MUMBLE_CUSTOM_CONFIG_FILE).toBe("/etc/mumble/mumble-server.ini");
    expect(mumble.volumes).toContain("/etc/pairpac/mumble/mumble-server.ini:/etc/mumble/mumble-server.ini:ro");
    expect(content("/etc/pairpac/mumble/mumble-server.ini").split("\n")).toContain("autobanAttempts=0");
  });

  it("runs the Mumble server as uid 10000, so the image's entrypoint execs it as PID 1 and SIGTERM reaches it", () => {
    const compose = parse(content("/etc/pairpac/compose.yaml")) as { services: Record<string, { user?: string }> };
    expect(compose.services.mumble.user).toBe("10000:10000");
  });

  it("starts dockerd, which restarts the containers after an unclean reboot, only once the data volume is mounted", () => {
    expect(written.get("/etc/systemd/system/docker.service.d/10-pairpac-data.conf")).toMatchObject({
      content: "[Unit]\nRequiresMountsFor=/srv/pairpac\n", owner: "root:root", permissions: "0644", defer: true,
    });
    const runcmd = (doc.toObject() as { runcmd: string[][] }).runcmd;
    expect(runcmd.find((c) => c[0] === "systemctl")).toEqual(["systemctl", "daemon-reload"]);
  });

  it("checks mumble-web with BusyBox wget and caps its processes so the measured per-connection cost fits the limit", () => {
    const compose = parse(content("/etc/pairpac/compose.yaml")) as {
      services: Record<string, { healthcheck?: { test: string[] }; pids_limit?: number; mem_limit: string; environment?: Record<string, string> }>;
    };
    const web = compose.services["mumble-web"];
    expect(web.healthcheck?.test).toEqual(["CMD", "wget", "-q", "--spider", "http://127.0.0.1:8080/"]);
    expect(web.pids_limit).toBe(MUMBLE_WEB_MAX_PROCESSES);
    expect(web.environment?.OPENBLAS_NUM_THREADS).toBe("1");
    // 40 MiB listener + 7.5 MiB for every slot but tini's and the listener's, rounded up to 8 MiB.
    expect(Number.parseInt(web.mem_limit, 10)).toBeGreaterThanOrEqual(40 + (MUMBLE_WEB_MAX_PROCESSES - 2) * 7.5);
    expect(web.mem_limit).toBe("104m");
  });

  it("maps each desktop to a collaborate and a watch connection with its own VNC port (no audio by default)", () => {
    const xml = content("/etc/pairpac/guacamole/user-mapping.xml");
    expect(xml).toContain('<authorize username="team" password="' + token(5) + '" encoding="sha256">');
    expect(xml).toContain('<connection name="Desktop-3 (collaborate)">');
    expect(xml).toContain('<param name="port">5903</param>');
    expect(xml).not.toContain("audio-servername"); // Guacamole audio is off by default (tunnel-audio-and-keepalive.test.ts)
    expect(xml.match(/<param name="read-only">true<\/param>/g)).toHaveLength(8);
    // Watchers get no clipboard; collaborators keep theirs.
    const connections = xml.split("<connection ").slice(1);
    const watch = connections.filter((c) => c.includes('(watch)"'));
    expect(watch).toHaveLength(8);
    for (const c of watch) expect(c).toContain('<param name="disable-copy">true</param>');
    for (const c of connections.filter((x) => x.includes('(collaborate)"'))) expect(c).not.toContain("disable-copy");
    const guest = xml.slice(xml.indexOf('username="guest"'));
    expect(guest).not.toContain("(collaborate)");
  });

  it("has a landing page without secrets or external resources", () => {
    const html = content("/var/www/pairpac/index.html");
    expect(html).not.toMatch(/TfToken/);
    expect(html).not.toMatch(/https?:\/\/(?!main\.example\.org)/);
    // One inline script (the conference password into sessionStorage, allowed by hash), nothing loaded from anywhere.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<link(?! rel=icon href="data:,">)|src=/);
    expect(html).toContain('href="/guacamole/#/client/');
    expect(html).toContain('href="/mumble/?address=main.example.org&amp;port=443/mumble/&amp;webrtc=false"');
    expect(html).toContain("team@main.example.org");
  });

  it("opens exactly the public ports in the firewall and reloads it without touching Docker's tables", () => {
    const nft = content("/etc/nftables.conf");
    expect(nft).toContain("tcp dport { 22, 25, 80, 443, 993, 64738 } accept");
    expect(nft).toContain("udp dport 64738 accept");
    expect(nft).not.toContain("flush ruleset");
    expect(nft).not.toMatch(/\b(59|47)\d\d\b/);
    const runcmd = (doc.toObject() as { runcmd: string[][] }).runcmd;
    expect(runcmd).toContainEqual(["systemctl", "enable", "nftables.service"]);
  });

  it("stops nftables.service by deleting only its own table and reloads instead of restarting", () => {
    const dropIn = content("/etc/systemd/system/nftables.service.d/10-pairpac.conf");
    expect(dropIn).toBe("[Service]\nExecStop=\nExecStop=-/usr/sbin/nft delete table inet pairpac\n");
    const runcmd = (doc.toObject() as { runcmd: string[][] }).runcmd;
    expect(runcmd).toContainEqual(["systemctl", "reload-or-restart", "nftables.service"]);
    expect(runcmd.filter((c) => c.includes("nftables.service") && (c.includes("restart") || c.includes("stop")))).toEqual([]);
  });

  it("without mail: no Dovecot, no Postfix, no ports 25/993", () => {
    const noMailRole = describeGatewayRole(tokenProps({ mail: undefined }));
    const noMail = noMailRole.cloudConfig;
    const f = files(noMail);
    expect([...f.keys(), ...noMailRole.delivery.files.map((d) => d.path)].some((p) => p.includes("dovecot") || p.includes("postfix"))).toBe(false);
    expect((noMail.toObject() as { packages: string[] }).packages).not.toContain("postfix");
    expect(f.get("/etc/nftables.conf")?.content).toContain("tcp dport { 22, 80, 443, 64738 } accept");
    expect(Object.keys(parse(f.get("/etc/pairpac/compose.yaml")?.content ?? "").services)).toEqual(["guacd", "guacamole", "mumble", "mumble-web", "nginx"]);
    expect(noMailRole.delivery.files.find((d) => d.path === "/var/www/pairpac/index.html")?.content).not.toContain("IMAP");
    expect(noMailRole.delivery.actionTokens).not.toContain("postfix");
  });

  it("keeps the user-data of a gateway with 4 desktops and mail within half the AWS limit at worst-case token lengths", () => {
    // Worst cases: full chain 6,400 (constructs/certificate/certificate-sizes.ts), P-256 key 300, ED25519 OpenSSH
    // private key 400 and public keys 100, SHA-256 hex 64, passwords 32, bcrypt 60, VNC 8, device path 100.
    const lengths = new Map<string, number>([[token(1), 6400], [token(2), 300], [token(3), 400], [token(4), 100], [token(5), 64], [token(6), 64], [token(7), 32], [token(8), 32], [token(9), 60], [token(10), 100], [token(11), 400], [token(12), 100]]);
    for (let i = 0; i < 4; i++) {
      lengths.set(token(100 + i), 100);
      lengths.set(token(200 + i), 8);
    }
    const est = estimateUserData(doc.render(), { tokenLengths: lengths });
    expect(est.gzipBytes).toBeLessThanOrEqual(16384);
    // Measured 2026-11: about 12.3 kB; 2026-12 with the one pages (two per desktop, 8 here): about 13.3 kB; with the
    // certificate, keys, passwords and desktops delivered instead (issue 15): about 5.2 kB, for any number of desktops.
    expect(est.gzipBytes).toBeLessThanOrEqual(8192);
  });

  it("fails on a domain that is a token or not a DNS name", () => {
    expect(() => renderGatewayRole(tokenProps({ domain: token(50) }))).toThrow("gateway.domain: must be a lower-case DNS name");
    expect(() => renderGatewayRole(tokenProps({ domain: "Main.Example.org" }))).toThrow("gateway.domain");
  });

  it("fails on two desktops with the same index and on a desktop name with markup", () => {
    const [a] = tokenProps().desktops;
    expect(() => renderGatewayRole(tokenProps({ desktops: [a, { ...a, name: "Other" }] }))).toThrow("desktops[1].index: is already used by Desktop-1");
    expect(() => renderGatewayRole(tokenProps({ desktops: [{ ...a, name: "<b>x</b>" }] }))).toThrow("desktops[0].name");
  });

  it("fails without a collaborate user", () => {
    expect(() => renderGatewayRole(tokenProps({ guacamoleUsers: [{ name: "guest", passwordSha256: token(6), access: "watch" }] }))).toThrow(
      "guacamoleUsers: must contain at least one user with collaborate access",
    );
  });
});

describe("gateway configuration files", () => {
  it("nginx serves TLS 1.2+ only, HSTS, WebSocket upgrade and no buffering for the apps", () => {
    const conf = gatewayNginxConf({ domain: "main.example.org" });
    expect(conf).toContain("ssl_protocols TLSv1.2 TLSv1.3;");
    expect(conf).toContain('add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;');
    expect(conf).toContain("return 301 https://main.example.org$request_uri;");
    expect(conf).toContain("proxy_buffering off;");
    expect(conf).toContain("proxy_set_header Upgrade $http_upgrade;");
    expect(conf).toContain("location /guacamole/ {\n      proxy_pass http://127.0.0.1:8080;");
    expect(conf).toContain("location /mumble/ {\n      proxy_pass http://127.0.0.1:64737/;");
  });
});

describe("the README documents the gateway's files as rendered", () => {
  it("lists exactly the bind mounts of every container, with host path, container path and mode", () => {
    const readme = readFileSync(join(__dirname, "../../../README.md"), "utf8");
    const block = readme.slice(readme.indexOf("<!-- BEGIN CHECKED: gateway-mounts"), readme.indexOf("<!-- END CHECKED: gateway-mounts"));
    const code = (cell: string) => /`([^`]+)`/.exec(cell)?.[1] ?? "";
    const documented = block.split("\n").filter((l) => l.startsWith("| `")).map((l) => {
      const [service, host, container, mode] = l.split("|").slice(1, 5).map((c) => c.trim());
      return `${code(service)} ${code(host)}:${code(container)}:${mode}`;
    });
    const compose = gatewayCompose({ mail: true });
    const rendered = Object.entries(compose.services).flatMap(([name, svc]) =>
      (svc.volumes ?? []).map((v) => `${name} ${v.endsWith(":ro") ? v : `${v}:rw`}`));
    expect(documented.sort()).toEqual(rendered.sort());
  });
});

describe("gateway memory plan", () => {
  it("fits a 1 GiB machine with and without mail", () => {
    expect(checkGatewayMemoryPlan(true)).toBe(960);
    expect(checkGatewayMemoryPlan(false)).toBe(896);
    expect(gatewayMemoryPlan(true).filter((l) => l.kind === "container").reduce((s, l) => s + l.mb, 0)).toBe(712);
  });

  it("fails when the machine offers less memory than the plan", () => {
    expectPairPacError(() => checkGatewayMemoryPlan(true, 900), { field: "gateway.memory", value: 960, problem: "exceeds the 900 MiB a 1 GiB machine offers" });
  });

  it("renders the README table from the same data", () => {
    const md = gatewayMemoryPlanMarkdown();
    expect(md).toContain("| guacamole | container limit | 288 |");
    expect(md).toContain(`| **total** | | **960** | of ${USABLE_MB_OF_1_GIB} MiB usable`);
  });
});

describe("renderGatewayRole data volume", () => {
  const mount = (doc: ReturnType<typeof renderGatewayRole>) => files(doc).get("/etc/systemd/system/srv-pairpac.mount")?.content ?? "";

  it("is formatted and mounted by the label it is given (the placement's), pairpac-data without one", () => {
    expect(mount(renderGatewayRole(tokenProps()))).toContain("What=LABEL=pairpac-data\n");
    const labelled = renderGatewayRole(tokenProps({ dataVolumeLabel: "team-data" }));
    expect(mount(labelled)).toContain("What=LABEL=team-data\n");
    expect(files(labelled).has("/etc/systemd/system/pairpac-prepare-volume-team-data.service")).toBe(true);
    expectPairPacError(() => renderGatewayRole(tokenProps({ dataVolumeLabel: "Team Data" })), { field: "dataVolume.label", value: "Team Data", problem: /^must be 1-16 lower-case letters/ });
  });

  it("has no mount without a device", () => {
    expect(mount(renderGatewayRole(tokenProps({ dataVolumeDevice: undefined, dataVolumeLabel: "team-data" })))).toBe("");
  });
});
