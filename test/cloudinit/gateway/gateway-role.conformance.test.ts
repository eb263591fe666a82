/**
 * Conformance tier (npm run test:conformance): the gateway's configuration files through their real validators
 * (cloud-init, nginx, Dovecot 2.4 and Compose v2 in a Debian 13 root, Postfix, sshd, ssh-keygen, shellcheck, nft).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderCompose } from "../../../cloudinit/serializers/compose";
import { gatewayCompose } from "../../../cloudinit/gateway/compose-project";
import { nftablesRuleset } from "../../../cloudinit/gateway/firewall";
import { renderGatewayRole } from "../../../cloudinit/gateway/gateway-role";
import { dovecotConf, dovecotUsers, postfixMainCf, postfixTables } from "../../../cloudinit/gateway/mail";
import { gatewayNginxConf } from "../../../cloudinit/gateway/nginx-site";
import { GATEWAY_PATHS } from "../../../cloudinit/gateway/layout";
import { sshdDropIn, tunnelListenConf, tunnelAuthorizedKeys } from "../../../cloudinit/gateway/sshd";
import { gatewayPublicPorts } from "../../../cloudinit/ports";
import { composeConfig, dclintSchemaErrors, doveconf, nginxTest, postfixCheck, run, shellcheck, sshdTest, tempDir, testCertificate } from "../serializers/validators";
import { literalDesktops, tokenProps } from "./fixtures";

// The first Dovecot 2.4 / Compose v2 check may build the Debian 13 validator root (about 30 s).
jest.setTimeout(300_000);

type WriteFile = { path: string; content: string; owner: string; permissions: string; defer?: boolean };

describe("renderGatewayRole user-data", () => {
  const doc = renderGatewayRole(tokenProps());

  it("passes the cloud-init schema (with tokens JSON-quoted)", () => {
    const dir = tempDir("gw-schema");
    writeFileSync(join(dir, "user-data"), doc.render());
    const r = run("cloud-init", ["schema", "-c", join(dir, "user-data")]);
    expect(r.output).toContain("Valid cloud-config");
    expect(r.status).toBe(0);
  });

});

describe("gateway configuration files pass their validators", () => {
  it("nginx -t accepts the site (with test certificates)", () => {
    const dir = tempDir("gw-nginx");
    const { cert, key } = testCertificate(dir, "main.example.org");
    const r = nginxTest(dir, { "nginx.conf": gatewayNginxConf({ domain: "main.example.org", tls: { certificate: cert, key }, webRoot: dir }) });
    expect(r.output).toBe("");
    expect(r.status).toBe(0);
  });

  it("doveconf 2.4 accepts the Dovecot configuration and the image's accept-any passdb is gone", () => {
    const r = doveconf({ "dovecot.conf": dovecotConf(), users: dovecotUsers("team@main.example.org", "$2a$10$abcdefghijklmnopqrstuu5N4p0eX8mU6lZ0g0w0e0l6b0c0d0e0f0") });
    expect(r.output).toContain("passdb passwd-file {\n  passwd_file_path = /etc/dovecot/users\n}");
    expect(r.status).toBe(0);
    expect(r.output).not.toMatch(/passdb static|USER_PASSWORD/);
    expect(r.output).toContain("ssl = required");
    expect(dovecotConf()).toContain("auth_allow_cleartext = no\n");
    expect(r.output).toMatch(/remote 172\.30\.2\.0\/24 \{\n\s+auth_allow_cleartext = yes/);
  });

  it("postconf and postfix check accept main.cf, and it is no open relay", () => {
    const tables = postfixTables("team@main.example.org", "main.example.org");
    const { postconf, check } = postfixCheck({
      "main.cf": postfixMainCf("main.example.org"),
      "master.cf": readFileSync("/etc/postfix/master.cf", "utf8"),
      "pairpac-mailboxes": tables.mailboxes,
    });
    expect(postconf.status).toBe(0);
    expect(postconf.output).toContain("smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination");
    expect(postconf.output).toContain("mynetworks = 127.0.0.0/8, [::1]/128");
    expect(postconf.output).toContain("virtual_transport = lmtp:inet:127.0.0.1:24");
    expect(postconf.output).toContain("mydestination =");
    expect(check.output).not.toMatch(/fatal/i);
  });

  it("sshd -t accepts the drop-in behind Ubuntu's Include, with the effective tunnel restrictions and the delivered listen ports", () => {
    const dir = tempDir("gw-sshd");
    // The drop-in includes the delivered PermitListen file at its absolute path: here at the temporary one.
    const drop = sshdDropIn().replace(GATEWAY_PATHS.tunnelListen, join(dir, "listen.conf"));
    writeFileSync(join(dir, "10-pairpac.conf"), drop);
    const main = `Include ${dir}/10-pairpac.conf\nKbdInteractiveAuthentication no\nUsePAM yes\nX11Forwarding yes\nSubsystem sftp /usr/lib/openssh/sftp-server\n`;
    // Before the first delivery: the file is missing, sshd accepts that and the tunnel user may listen nowhere.
    expect(sshdTest(main).status).toBe(0);
    expect(sshdTest(main, "user=tunnel,host=d,addr=198.51.100.7").output).toContain("permitlisten none\n");
    writeFileSync(join(dir, "listen.conf"), tunnelListenConf(literalDesktops(2, "x")));
    expect(sshdTest(main).status).toBe(0);
    const tunnel = sshdTest(main, "user=tunnel,host=d,addr=198.51.100.7").output;
    for (const line of ["allowtcpforwarding yes", "permittty no", "x11forwarding no", "allowagentforwarding no", "gatewayports no",
      "permitlisten 127.0.0.1:5901 127.0.0.1:5902", "permitopen 127.0.0.1:143 127.0.0.1:64738",
      "forcecommand /usr/sbin/nologin", "authorizedkeysfile /etc/ssh/pairpac_tunnel_keys", "passwordauthentication no", "permitrootlogin no"]) {
      expect(tunnel).toContain(line);
    }
    const admin = sshdTest(main, "user=ubuntu,host=a,addr=198.51.100.8").output;
    expect(admin).toContain("allowtcpforwarding no");
    expect(admin).toContain("permitrootlogin no");
    expect(admin).toContain("x11forwarding no");
  });

  it("each tunnel key may listen only on its own desktop's ports and parses as authorized_keys", () => {
    const dir = tempDir("gw-keys");
    execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", join(dir, "k")]);
    const pub = readFileSync(join(dir, "k.pub"), "utf8");
    const keys = tunnelAuthorizedKeys(literalDesktops(2, pub));
    const lines = keys.trim().split("\n");
    expect(lines[1]).toBe(
      'restrict,port-forwarding,permitlisten="127.0.0.1:5902",permitopen="127.0.0.1:143",permitopen="127.0.0.1:64738",command="/usr/sbin/nologin" ' + pub.trim(),
    );
    writeFileSync(join(dir, "authorized_keys"), keys);
    const r = run("ssh-keygen", ["-l", "-f", join(dir, "authorized_keys")]);
    expect(r.status).toBe(0);
    expect(r.output.trim().split("\n")).toHaveLength(2);
  });

  it("the Compose file passes the compose-spec schema and docker-compose config -q", () => {
    const text = renderCompose(gatewayCompose({ mail: true }));
    expect(dclintSchemaErrors(text)).toEqual([]);
    // Compose insists that env files exist: validate a copy that points at a stand-in next to the file.
    const r = composeConfig(text.replace("/etc/pairpac/mumble/superuser.env", "./superuser.env"), { "superuser.env": "MUMBLE_SUPERUSER_PASSWORD='x'\n" });
    expect(r.output).toBe("");
    expect(r.status).toBe(0);
  });

  it("shellcheck accepts the gateway's scripts", () => {
    const obj = renderGatewayRole(tokenProps()).toObject() as { write_files: WriteFile[] };
    const scripts = obj.write_files.filter((f) => f.path.endsWith(".sh"));
    expect(scripts.map((s) => s.path)).toContain("/usr/local/lib/pairpac/container-files.sh");
    for (const s of scripts) {
      const r = shellcheck(s.content);
      expect({ path: s.path, output: r.output }).toEqual({ path: s.path, output: "" });
    }
  });

  it("nft -c accepts the firewall ruleset", () => {
    const dir = tempDir("gw-nft");
    writeFileSync(join(dir, "rules.nft"), nftablesRuleset(gatewayPublicPorts({ mail: true })));
    const r = run("nft", ["-c", "-f", join(dir, "rules.nft")]);
    expect(r.output).toBe("");
    expect(r.status).toBe(0);
  });

  it("nftables.service's stop (the drop-in) deletes only PairPac's table; Docker-like tables survive load, reload and stop", () => {
    const obj = renderGatewayRole(tokenProps()).toObject() as { write_files: WriteFile[] };
    const content = (path: string) => obj.write_files.find((f) => f.path === path)?.content ?? "";
    const dropIn = content("/etc/systemd/system/nftables.service.d/10-pairpac.conf");
    // In a network namespace: Docker-like tables survive start, reload and the drop-in's stop; PairPac's table goes.
    const dir = tempDir("gw-nft-stop");
    writeFileSync(join(dir, "rules.nft"), content("/etc/nftables.conf"));
    writeFileSync(join(dir, "docker.nft"), "table ip nat {\n  chain DOCKER {\n  }\n}\ntable ip filter {\n  chain DOCKER-USER {\n  }\n}\n");
    const stop = dropIn.trim().split("\n").pop()?.replace(/^ExecStop=-/, "") ?? "";
    const script = `set -e; nft -f ${dir}/docker.nft; nft -f ${dir}/rules.nft; nft -f ${dir}/rules.nft; nft list tables; echo --; ${stop}; nft list tables`;
    const r = run("unshare", ["-n", "sh", "-c", script]);
    expect(r.status).toBe(0);
    const [loaded, stopped] = r.output.split("--\n");
    expect(loaded.trim().split("\n").sort()).toEqual(["table inet pairpac", "table ip filter", "table ip nat"]);
    expect(stopped.trim().split("\n").sort()).toEqual(["table ip filter", "table ip nat"]);
  });
});
