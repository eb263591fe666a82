/** Conformance tier (npm run test:conformance): rendered main.cf/master.cf through postconf and postfix check. */
import { renderPostfixMain, renderPostfixMaster } from "../../../cloudinit/serializers/postfix";
import { postfixCheck } from "./validators";

describe("postfix serializers with postconf", () => {
  it("produces files that postconf and postfix check accept", () => {
    const { postconf, check } = postfixCheck({
      "main.cf": renderPostfixMain({ compatibility_level: "3.6", mynetworks: ["127.0.0.0/8"], mydestination: "" }),
      "master.cf": renderPostfixMaster([{ service: "smtp", type: "inet", private: "n", chroot: "y", command: "smtpd" }]),
    });
    expect(postconf.status).toBe(0);
    expect(postconf.output).toContain("mynetworks = 127.0.0.0/8");
    expect(check.output).not.toMatch(/fatal|error/i);
  });
});
