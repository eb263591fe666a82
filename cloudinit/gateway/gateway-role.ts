import { CloudConfig } from "../cloud-config";
import { Command, DataVolume, File, Packages, Script, SshHostKeys, SwapFile, Sysctl, SystemdUnit, User } from "../elements";
import { Os } from "../os";
import { gatewayPublicPorts } from "../ports";
import { invalid } from "../private/errors";
import { containsToken } from "../tokens";
import { renderCompose } from "../serializers/compose";
import { serializeUnit } from "../serializers/systemd-unit";
import { checkGatewayMemoryPlan, GATEWAY_SWAP_MB } from "./memory-plan";
import { gatewayCompose } from "./compose-project";
import { NFTABLES_UNIT, nftablesDropIn, nftablesRuleset } from "./firewall";
import type { GatewayRoleProps } from "./gateway-role-props";
import { checkDesktops, userMappingXml } from "./guacamole";
import { IMAGE_UIDS } from "./images";
import { joinPageHtml, landingPageHtml } from "./landing-page";
import { GATEWAY_DATA_DIR, GATEWAY_PATHS } from "./layout";
import { dovecotConf, dovecotUsers, mailAddress, POSTFIX_TABLES, postfixMainCf, postfixTables } from "./mail";
import { mumbleServerIni, mumbleSuperuserEnv } from "./mumble";
import { gatewayNginxConf, joinTemplateName, SITE_PATHS } from "./nginx-site";
import { sshdDropIn, TUNNEL_USER, tunnelAuthorizedKeys } from "./sshd";

/** File system label of the gateway's data volume when none is given (`GatewayRoleProps.dataVolumeLabel`). */
export const GATEWAY_DATA_LABEL = "pairpac-data";

/** Name of the systemd unit that runs the Compose project. */
export const COMPOSE_UNIT = "pairpac-compose.service";

/**
 * Drop-in that orders docker.service after the data volume (`RequiresMountsFor=` pulls in and follows the mount unit
 * of every path prefix). After an unclean reboot the containers still exist, and dockerd restarts them at its own
 * start (`restart: unless-stopped`); without this it could do so before the volume is mounted, and Mumble and Dovecot
 * would write into /srv/pairpac on the root disk, data the volume then hides. Ordering dockerd rather than giving up
 * the restart policy keeps dockerd restarting a crashed or OOM-killed container, which the oneshot Compose unit would
 * not, and covers every way a container can start (dockerd's own restore, the Compose unit, a manual `docker compose up`).
 * On shutdown the same order stops dockerd, and with it every container, before the volume is unmounted.
 */
export const DOCKER_DATA_DROP_IN = "/etc/systemd/system/docker.service.d/10-pairpac-data.conf";

/** Folder of compose.yaml: the Compose unit's working directory, where `docker compose` finds the file by its default name. */
const COMPOSE_DIR = GATEWAY_PATHS.compose.slice(0, GATEWAY_PATHS.compose.lastIndexOf("/"));

/** The DNS name rules the domain must follow (it is used in nginx, Postfix and Mumble configuration). */
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/**
 * Shell script that gives each container the files it reads, owned by the uid it runs as (numeric: the host has no
 * such users), and the data folders.
 */
function permissionsScript(mail: boolean): string {
  const lines = [
    "copy_tls() {",
    '  install -d -o root -g "$2" -m 0750 "$1"',
    `  install -o root -g "$2" -m 0644 ${GATEWAY_PATHS.tlsChain} "$1/fullchain.pem"`,
    `  install -o root -g "$2" -m 0640 ${GATEWAY_PATHS.tlsKey} "$1/privkey.pem"`,
    "}",
    `copy_tls ${GATEWAY_PATHS.tlsCopies}/mumble ${IMAGE_UIDS.mumble}`,
    // nginx's master reads the certificate as root inside its container, before it starts the workers.
    `copy_tls ${GATEWAY_PATHS.tlsCopies}/nginx 0`,
    `install -d -o ${IMAGE_UIDS.mumble} -g ${IMAGE_UIDS.mumble} -m 0750 ${GATEWAY_PATHS.mumbleData}`,
    `chown root:${IMAGE_UIDS.mumble} ${GATEWAY_PATHS.mumbleIni}`,
    `chown root:${IMAGE_UIDS.guacamole} ${GATEWAY_PATHS.guacamoleHome}/user-mapping.xml`,
  ];
  if (mail) {
    lines.push(
      `copy_tls ${GATEWAY_PATHS.tlsCopies}/dovecot ${IMAGE_UIDS.dovecot}`,
      `install -d -o ${IMAGE_UIDS.dovecot} -g ${IMAGE_UIDS.dovecot} -m 0700 ${GATEWAY_PATHS.mailData}`,
      `chown root:${IMAGE_UIDS.dovecot} ${GATEWAY_PATHS.dovecotDir}/users`,
    );
  }
  return lines.join("\n") + "\n";
}

/**
 * Renders the gateway's cloud-config: Docker with one Compose project (Guacamole + guacd, Mumble + mumble-web,
 * Dovecot, nginx), Postfix, sshd for the desktops' tunnels, an nftables firewall, swap, unattended upgrades and the
 * data volume. Pure: no cdktf; Terraform values arrive as tokens inside the strings.
 *
 * @throws PairPacError for an invalid domain, desktops, users or mail settings, or a memory plan that does not fit.
 */
export function renderGatewayRole(props: GatewayRoleProps): CloudConfig {
  const os = props.os ?? Os.UBUNTU_24_04;
  const domain = props.domain;
  const mail = props.mail !== undefined;
  const title = props.title ?? `PairPac: ${domain}`;
  if (typeof domain !== "string" || containsToken(domain) || !DOMAIN.test(domain)) {
    throw invalid("gateway.domain", domain, "must be a lower-case DNS name (not a token)", "Pass BranchIdentity.zoneName, e.g. \"main.example.org\".");
  }
  const desktops = checkDesktops(props.desktops);
  checkGatewayMemoryPlan(mail);
  const address = mail ? mailAddress(props.mail?.user ?? "team", domain) : undefined;
  const deferred = { defer: true } as const;
  const secret = (owner = "root:root") => ({ owner, mode: "0600" });
  const doc = new CloudConfig({ machine: "gateway", os });

  doc.add(
    "system",
    Packages.of("docker", "docker-compose", "nftables", "unattended-upgrades", ...(mail ? ["postfix"] : [])),
    SwapFile.of({ sizeMb: GATEWAY_SWAP_MB }),
    Sysctl.of({ "vm.swappiness": "10" }),
    File.text("/etc/apt/apt.conf.d/20auto-upgrades", 'APT::Periodic::Update-Package-Lists "1";\nAPT::Periodic::Unattended-Upgrade "1";\n'),
  );
  if (props.dataVolumeDevice !== undefined) {
    doc.add("data", DataVolume.of({ device: props.dataVolumeDevice, label: props.dataVolumeLabel ?? GATEWAY_DATA_LABEL, mountPoint: GATEWAY_DATA_DIR }));
  }
  doc.add(
    "tls",
    File.text(GATEWAY_PATHS.tlsChain, props.certificate.certificatePem, { mode: "0644" }),
    File.text(GATEWAY_PATHS.tlsKey, props.certificate.privateKeyPem, secret()),
  );
  doc.add(
    "firewall",
    File.fromConfig(GATEWAY_PATHS.nftables, nftablesRuleset(gatewayPublicPorts({ mail })), { mode: "0755", ...deferred }),
    SystemdUnit.dropIn(NFTABLES_UNIT, "10-pairpac", nftablesDropIn()),
    Command.of(["systemctl", "enable", NFTABLES_UNIT]),
    // Reload when it runs (replaces PairPac's table only), start when it does not; never a stop that flushes.
    Command.of(["systemctl", "reload-or-restart", NFTABLES_UNIT]),
  );
  doc.add(
    "sshd",
    SshHostKeys.of({ ed25519: { private: props.hostKey.privateKeyOpenssh, public: props.hostKey.publicKeyOpenssh } }),
    User.system(TUNNEL_USER, { shell: "/usr/sbin/nologin" }),
    File.fromConfig(GATEWAY_PATHS.sshdDropIn, sshdDropIn(desktops), { mode: "0644" }),
    File.fromConfig(GATEWAY_PATHS.tunnelKeys, tunnelAuthorizedKeys(desktops), { mode: "0644" }),
    // ssh.service validates the configuration itself (ExecStartPre / ExecReload run `sshd -t`).
    Command.of(["systemctl", "try-reload-or-restart", "ssh.service"]),
  );
  doc.add(
    "guacamole",
    File.fromConfig(`${GATEWAY_PATHS.guacamoleHome}/user-mapping.xml`, userMappingXml(props.guacamoleUsers, desktops), { mode: "0640" }),
  );
  doc.add(
    "mumble",
    File.fromConfig(GATEWAY_PATHS.mumbleIni, mumbleServerIni({ domain, serverPassword: props.mumble.serverPassword }), { mode: "0640" }),
    File.text(GATEWAY_PATHS.mumbleEnv, mumbleSuperuserEnv(props.mumble.superuserPassword), secret()),
  );
  if (mail && address !== undefined && props.mail !== undefined) {
    const tables = postfixTables(address, domain);
    doc.add(
      "mail",
      File.fromConfig(`${GATEWAY_PATHS.dovecotDir}/dovecot.conf`, dovecotConf(), { mode: "0644" }),
      File.fromConfig(`${GATEWAY_PATHS.dovecotDir}/users`, dovecotUsers(address, props.mail.passwordBcrypt), { mode: "0640" }),
      File.fromConfig("/etc/postfix/main.cf", postfixMainCf(domain), { mode: "0644", ...deferred }),
      File.fromConfig(POSTFIX_TABLES.mailboxes, tables.mailboxes, { mode: "0644", ...deferred }),
      File.fromConfig(POSTFIX_TABLES.aliases, tables.aliases, { mode: "0644", ...deferred }),
      Command.of(["systemctl", "restart", "postfix.service"]),
    );
  }
  const joinPages = desktops.flatMap((desktop) =>
    (["collaborate", "watch"] as const).map((kind) =>
      File.text(`${GATEWAY_PATHS.webRoot}${SITE_PATHS.joinTemplates}${joinTemplateName(desktop.index, kind)}.html`, joinPageHtml({ title, domain, desktop, kind }), { mode: "0644" }),
    ),
  );
  doc.add(
    "nginx",
    // Read by the nginx container (compose-project.ts), which checks it at start like any nginx.
    File.fromConfig(GATEWAY_PATHS.nginxConf, gatewayNginxConf({ domain }), { mode: "0644" }),
    File.text(`${GATEWAY_PATHS.webRoot}/index.html`, landingPageHtml({ title, domain, desktops, mailAddress: address }), { mode: "0644" }),
    ...joinPages,
  );
  doc.add(
    "compose",
    // Deferred (written after the packages): docker.io's postinst starts dockerd, which must not wait for (or fail on)
    // a volume that is still attaching; the first boot has no containers to restore, and the runcmd daemon-reload
    // loads the drop-in for every later boot.
    File.fromConfig(DOCKER_DATA_DROP_IN, serializeUnit({ Unit: { RequiresMountsFor: GATEWAY_DATA_DIR } }), { mode: "0644", ...deferred }),
    Script.of("container-files", permissionsScript(mail)),
    File.fromConfig(GATEWAY_PATHS.compose, renderCompose(gatewayCompose({ mail })), { mode: "0644" }),
    SystemdUnit.service(COMPOSE_UNIT, {
      description: "PairPac containers",
      type: "oneshot",
      remainAfterExit: true,
      requires: ["docker.service"],
      after: ["docker.service", "network-online.target"],
      wants: ["network-online.target"],
      requiresMountsFor: [GATEWAY_DATA_DIR],
      // compose.yaml in the working directory; the project name comes from its `name:`.
      workingDirectory: COMPOSE_DIR,
      execStart: ["/usr/bin/docker", "compose", "up", "-d", "--remove-orphans"],
      // After a new certificate (or configuration) and container-files.sh: nginx checks the files and loads them with new
      // workers, the old ones finish their open connections (WebSockets included) first. A broken file fails the reload
      // and the running configuration stays.
      execReload: ["/usr/bin/docker", "compose", "exec", "-T", "nginx", "nginx", "-s", "reload"],
      execStop: ["/usr/bin/docker", "compose", "down"],
      timeoutStartSec: "infinity",
    }),
  );
  return doc;
}
