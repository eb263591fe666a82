/** Conformance tier (npm run test:conformance): a rendered dovecot.conf through doveconf 2.4 (Debian 13 root). */
import { renderDovecot, section, setting, settings } from "../../../cloudinit/serializers/dovecot";
import { doveconf } from "./validators";

// The first Dovecot 2.4 / Compose v2 check may build the Debian 13 validator root (about 30 s).
jest.setTimeout(300_000);

const V = { config: "2.4.1", storage: "2.4.1" };

describe("renderDovecot with doveconf", () => {
  it("is accepted by doveconf 2.4", () => {
    const conf = renderDovecot(V, [
      ...settings({ protocols: ["imap"], mail_home: "/srv/vmail/%{user | lower}", mail_driver: "maildir", mail_path: "~/Maildir" }),
      section("passdb", "passwd-file", [setting("passwd_file_path", "/etc/dovecot/users")]),
      section("remote", "172.30.2.0/24", [setting("auth_allow_cleartext", true)]),
    ]);
    const r = doveconf({ "dovecot.conf": conf });
    expect(r.status).toBe(0);
    expect(r.output).toContain("passwd_file_path = /etc/dovecot/users");
    expect(r.output).toContain("mail_home = /srv/vmail/%{user | lower}");
  });
});
