/** Conformance tier (npm run test:conformance): a rendered sshd_config through sshd -t. */
import { renderSshdConfig } from "../../../cloudinit/serializers/sshd-config";
import { sshdTest } from "./validators";

describe("renderSshdConfig with sshd", () => {
  const config = {
    global: { PasswordAuthentication: false, PermitRootLogin: "no", AllowTcpForwarding: "no" },
    matches: [{ criteria: { User: "tunnel" }, settings: { AllowTcpForwarding: "remote", PermitOpen: ["127.0.0.1:143", "127.0.0.1:64738"], Banner: "/etc/ssh/my banner" } }],
  };

  it("is accepted by sshd -t", () => {
    const r = sshdTest(renderSshdConfig(config));
    expect(r.output).toBe("");
    expect(r.status).toBe(0);
  });
});
