import { CloudConfig } from "../cloud-config";
import { Command, DataVolume, File, Packages, Script, SshHostKeys, SwapFile, Sysctl, SystemdUnit, User } from "../elements";
import { Os } from "../os";
import { gatewayPublicPorts } from "../ports";
import { invalid } from "../private/errors";
import { containsToken } from "../tokens";
import { renderCompose } from "../serializers/compose";
import { serializeUnit } from "../serializers/systemd-unit";
import { applierScript, applyCommandFile, checkBundleActions, type DeliveryAction } from "../delivery/apply-command";
import { DeliveryBundle } from "../delivery/delivery-bundle";
import { permanentHostKey } from "../delivery/host-key";
import { checkGatewayMemoryPlan, GATEWAY_SWAP_MB } from "./memory-plan";
import { gatewayCompose } from "./compose-project";
import { NFTABLES_UNIT, nftablesDropIn, nftablesRuleset } from "./firewall";
import type { GatewayRoleProps } from "./gateway-role-props";
import { checkDesktops, userMappingXml } from "./guacamole";
import { IMAGE_UIDS } from "./images";
import { MUMBLE_WEB_LOCAL_CONFIG } from "./conference-password";
import { joinPageHtml, landingPageHtml } from "./landing-page";
import { GATEWAY_DATA_DIR, GATEWAY_PATHS } from "./layout";
import { dovecotConf, dovecotUsers, mailAddress, POSTFIX_TABLES, postfixMainCf, postfixTables } from "./mail";
import { mumbleServerIni, mumbleSuperuserEnv } from "./mumble";
import { gatewayNginxConf, joinTemplateName, SITE_PATHS } from "./nginx-site";
import { sshdDropIn, TUNNEL_USER, tunnelAuthorizedKeys, tunnelListenConf } from "./sshd";

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
 * Shell script (every boot's first run, from runcmd) that makes the data folders the containers write, owned by the
 * uid each runs as (numeric: the host has no such users). The files the containers read arrive with their owners in
 * the delivery bundle.
 */
function dataFoldersScript(mail: boolean): string {
  const lines = [`install -d -o ${IMAGE_UIDS.mumble} -g ${IMAGE_UIDS.mumble} -m 0750 ${GATEWAY_PATHS.mumbleData}`];
  if (mail) lines.push(`install -d -o ${IMAGE_UIDS.dovecot} -g ${IMAGE_UIDS.dovecot} -m 0700 ${GATEWAY_PATHS.mailData}`);
  return lines.join("\n") + "\n";
}

/** The helper the `containers` delivery action runs (see {@link gatewayDeliveryActions}). */
export const RELOAD_CONTAINERS_SCRIPT = "/usr/local/lib/pairpac/reload-containers.sh";

/**
 * Starts the Compose project at the first delivery (its unit waits for the delivered files), and afterwards reloads
 * only the services whose files changed: nginx and Dovecot reload their certificate on SIGHUP, the Mumble server on
 * SIGUSR1 (connected users stay connected; new connections get the new certificate), and a changed Mumble
 * configuration or SuperUser password recreates the Mumble container (its ini is a single-file bind mount and its
 * password an env_file, both read at start only). Guacamole rereads user-mapping.xml by itself, nginx serves new pages
 * at once: `files` needs nothing more.
 */
export const RELOAD_CONTAINERS_SH = `#!/usr/bin/env bash
# Starts the Compose project, or reloads the services whose delivered files changed; see cloudinit/gateway/gateway-role.ts.
set -euo pipefail

if ! systemctl is-active --quiet ${COMPOSE_UNIT}; then
  exec systemctl start ${COMPOSE_UNIT}
fi
compose=(docker compose -f ${GATEWAY_PATHS.compose})
for what in "$@"; do
  case "$what" in
    nginx) "\${compose[@]}" kill -s SIGHUP nginx ;;
    mumble) "\${compose[@]}" up -d --no-deps --force-recreate mumble ;;
    mumble-cert) [[ " $* " == *" mumble "* ]] || "\${compose[@]}" kill -s SIGUSR1 mumble ;;
    dovecot) "\${compose[@]}" kill -s SIGHUP dovecot ;;
    files) ;;
    *) echo "reload-containers: unknown service $what" >&2; exit 1 ;;
  esac
done
`;

/** What the gateway's apply command can run after a delivery, in this order. */
export function gatewayDeliveryActions(mail: boolean): DeliveryAction[] {
  return [
    // ssh.service checks the configuration itself before it reloads (ExecReload runs `sshd -t`).
    { name: "sshd", command: ["systemctl", "reload-or-restart", "ssh.service"] },
    ...(mail ? [{ name: "postfix", command: ["systemctl", "reload-or-restart", "postfix.service"] }] : []),
    { name: "containers", command: [RELOAD_CONTAINERS_SCRIPT], group: true },
  ];
}

/** The gateway's rendered role: the user-data and what the Terraform run delivers. */
export interface GatewayRole {
  /** User-data: packages, units, static configuration, public keys, the bootstrap host key; no secret. */
  readonly cloudConfig: CloudConfig;
  /** The first delivery to a new instance: its permanent SSH host key (authenticated by the bootstrap host key). */
  readonly bootstrap: DeliveryBundle;
  /** Every later delivery: certificate, passwords, desktop registrations, pages. */
  readonly delivery: DeliveryBundle;
}

/**
 * Renders the gateway's cloud-config: Docker with one Compose project (Guacamole + guacd, Mumble + mumble-web,
 * Dovecot, nginx), Postfix, sshd for the desktops' tunnels, an nftables firewall, swap, unattended upgrades and the
 * data volume. Pure: no cdktf; Terraform values arrive as tokens inside the strings. The certificate, the host key,
 * the passwords and the desktops are not in it: see {@link describeGatewayRole}.
 *
 * @throws PairPacError for an invalid domain, desktops, users or mail settings, or a memory plan that does not fit.
 */
export function renderGatewayRole(props: GatewayRoleProps): CloudConfig {
  return describeGatewayRole(props).cloudConfig;
}

/**
 * Renders the gateway: its user-data, which holds only what never changes for the life of the machine and no secret,
 * and the two delivery bundles the Terraform run hands the running machine over SSH (the permanent host key first,
 * then certificate, passwords, desktop registrations and pages). The user-data is the same for any number of desktops
 * and any certificate or password.
 *
 * @throws PairPacError for an invalid domain, desktops, users or mail settings, or a memory plan that does not fit.
 */
export function describeGatewayRole(props: GatewayRoleProps): GatewayRole {
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
  const actions = gatewayDeliveryActions(mail);
  const applier = applierScript("gateway", actions);
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
  doc.add("delivery", applyCommandFile("gateway"), File.text(RELOAD_CONTAINERS_SCRIPT, RELOAD_CONTAINERS_SH, { mode: "0755" }));
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
    // Only until the first delivery, which installs the permanent host key (the one desktops pin) over it.
    SshHostKeys.of({ ed25519: { private: props.bootstrapHostKey.privateKeyOpenssh, public: props.bootstrapHostKey.publicKeyOpenssh } }),
    User.system(TUNNEL_USER, { shell: "/usr/sbin/nologin" }),
    File.fromConfig(GATEWAY_PATHS.sshdDropIn, sshdDropIn(), { mode: "0644" }),
    // ssh.service validates the configuration itself (ExecStartPre / ExecReload run `sshd -t`).
    Command.of(["systemctl", "try-reload-or-restart", "ssh.service"]),
  );
  if (mail) {
    const tables = postfixTables(address as string, domain);
    doc.add(
      "mail",
      File.fromConfig(`${GATEWAY_PATHS.dovecotDir}/dovecot.conf`, dovecotConf(), { mode: "0644" }),
      File.fromConfig("/etc/postfix/main.cf", postfixMainCf(domain), { mode: "0644", ...deferred }),
      File.fromConfig(POSTFIX_TABLES.mailboxes, tables.mailboxes, { mode: "0644", ...deferred }),
      File.fromConfig(POSTFIX_TABLES.aliases, tables.aliases, { mode: "0644", ...deferred }),
      Command.of(["systemctl", "restart", "postfix.service"]),
    );
  }
  // Read by the nginx container (compose-project.ts), which checks it at start like any nginx.
  doc.add("nginx", File.fromConfig(GATEWAY_PATHS.nginxConf, gatewayNginxConf({ domain }), { mode: "0644" }));
  doc.add(
    "compose",
    // Deferred (written after the packages): docker.io's postinst starts dockerd, which must not wait for (or fail on)
    // a volume that is still attaching; the first boot has no containers to restore, and the runcmd daemon-reload
    // loads the drop-in for every later boot.
    File.fromConfig(DOCKER_DATA_DROP_IN, serializeUnit({ Unit: { RequiresMountsFor: GATEWAY_DATA_DIR } }), { mode: "0644", ...deferred }),
    Script.of("container-files", dataFoldersScript(mail)),
    File.fromConfig(GATEWAY_PATHS.compose, renderCompose(gatewayCompose({ mail })), { mode: "0644" }),
    SystemdUnit.service(COMPOSE_UNIT, {
      description: "PairPac containers",
      type: "oneshot",
      remainAfterExit: true,
      requires: ["docker.service"],
      after: ["docker.service", "network-online.target"],
      wants: ["network-online.target"],
      requiresMountsFor: [GATEWAY_DATA_DIR],
      // Nothing to run before the first delivery: Compose needs the env file it delivers (so do the containers their
      // certificate and configuration); the delivery's `containers` action starts the unit then.
      conditionPathExists: [GATEWAY_PATHS.mumbleEnv],
      // compose.yaml in the working directory; the project name comes from its `name:`.
      workingDirectory: COMPOSE_DIR,
      execStart: ["/usr/bin/docker", "compose", "up", "-d", "--remove-orphans"],
      // For a manual reload after editing nginx's files: nginx checks them and loads them with new workers, the old
      // ones finish their open connections (WebSockets included) first. A broken file fails the reload and the running
      // configuration stays.
      execReload: ["/usr/bin/docker", "compose", "exec", "-T", "nginx", "nginx", "-s", "reload"],
      execStop: ["/usr/bin/docker", "compose", "down"],
      timeoutStartSec: "infinity",
    }),
  );

  const bootstrap = new DeliveryBundle("gateway", applier);
  permanentHostKey(bootstrap, props.hostKey);

  const delivery = new DeliveryBundle("gateway", applier);
  const tls = GATEWAY_PATHS.tlsCopies;
  const cert = props.certificate;
  // The root copies (Postfix reads them as root), then one copy per container, owned by the uid it reads them as.
  delivery
    .directory(tls, { mode: "0755" })
    .file(GATEWAY_PATHS.tlsChain, cert.certificatePem, { mode: "0644", then: mail ? ["postfix"] : [] })
    .file(GATEWAY_PATHS.tlsKey, cert.privateKeyPem, { mode: "0600", then: mail ? ["postfix"] : [] });
  const copies: [string, number, string][] = [
    ["mumble", IMAGE_UIDS.mumble, "containers:mumble-cert"],
    // nginx's master reads the certificate as root inside its container, before it starts the workers.
    ["nginx", 0, "containers:nginx"],
    ...(mail ? [["dovecot", IMAGE_UIDS.dovecot, "containers:dovecot"] as [string, number, string]] : []),
  ];
  for (const [service, gid, action] of copies) {
    const owner = `root:${gid}`;
    delivery
      .directory(`${tls}/${service}`, { owner, mode: "0750" })
      .file(`${tls}/${service}/fullchain.pem`, cert.certificatePem, { owner, mode: "0644", then: [action] })
      .file(`${tls}/${service}/privkey.pem`, cert.privateKeyPem, { owner, mode: "0640", then: [action] });
  }
  delivery
    .file(GATEWAY_PATHS.tunnelKeys, tunnelAuthorizedKeys(desktops), { mode: "0644" })
    .file(GATEWAY_PATHS.tunnelListen, tunnelListenConf(desktops), { mode: "0644", then: ["sshd"] })
    .directory(GATEWAY_PATHS.guacamoleHome, { mode: "0755" })
    .file(`${GATEWAY_PATHS.guacamoleHome}/user-mapping.xml`, userMappingXml(props.guacamoleUsers, desktops), { owner: `root:${IMAGE_UIDS.guacamole}`, mode: "0640", then: ["containers:files"] })
    .file(GATEWAY_PATHS.mumbleIni, mumbleServerIni({ domain, serverPassword: props.mumble.serverPassword }), { owner: `root:${IMAGE_UIDS.mumble}`, mode: "0640", then: ["containers:mumble"] })
    .file(GATEWAY_PATHS.mumbleEnv, mumbleSuperuserEnv(props.mumble.superuserPassword), { mode: "0600", then: ["containers:mumble"] });
  if (mail && address !== undefined && props.mail !== undefined) {
    // Dovecot rereads its passwd-file when it changes.
    delivery.file(`${GATEWAY_PATHS.dovecotDir}/users`, dovecotUsers(address, props.mail.passwordBcrypt), { owner: `root:${IMAGE_UIDS.dovecot}`, mode: "0640", then: ["containers:files"] });
  }
  delivery
    .directory(GATEWAY_PATHS.webRoot, { mode: "0755" })
    .file(`${GATEWAY_PATHS.webRoot}/index.html`, landingPageHtml({ title, domain, desktops, mailAddress: address }), { mode: "0644", then: ["containers:files"] })
    .directory(`${GATEWAY_PATHS.webRoot}${SITE_PATHS.joinTemplates.replace(/\/$/, "")}`, { mode: "0755" })
    // mumble-web's local settings, served by nginx in place of the image's (conference-password.ts).
    .directory(`${GATEWAY_PATHS.webRoot}${SITE_PATHS.mumbleWeb.replace(/\/$/, "")}`, { mode: "0755" })
    .file(`${GATEWAY_PATHS.webRoot}${SITE_PATHS.mumbleWebLocalConfig}`, MUMBLE_WEB_LOCAL_CONFIG, { mode: "0644", then: ["containers:files"] });
  for (const desktop of desktops) {
    for (const kind of ["collaborate", "watch"] as const) {
      delivery.file(`${GATEWAY_PATHS.webRoot}${SITE_PATHS.joinTemplates}${joinTemplateName(desktop.index, kind)}.html`, joinPageHtml({ title, domain, desktop, kind }), { mode: "0644", then: ["containers:files"] });
    }
  }
  // The one pages of desktops that are gone.
  delivery.prune(`${GATEWAY_PATHS.webRoot}${SITE_PATHS.joinTemplates.replace(/\/$/, "")}`);
  checkBundleActions(bootstrap, actions);
  checkBundleActions(delivery, actions);
  return { cloudConfig: doc, bootstrap, delivery };
}
