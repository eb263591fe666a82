/** Conformance tier (npm run test:conformance): rendered nginx configuration through nginx -t. */
import { block, directive, renderNginx } from "../../../cloudinit/serializers/nginx";
import { nginxTest, tempDir } from "./validators";

describe("renderNginx with nginx", () => {
  it("produces configuration that nginx -t accepts, including every quoted form", () => {
    const prefix = tempDir("nginx-ser");
    const conf = renderNginx([
      directive("worker_processes", 1),
      block("events", [], []),
      block("http", [], [
        block("server", [], [
          directive("listen", "127.0.0.1:18080"),
          directive("add_header", "Strict-Transport-Security", "max-age=63072000; includeSubDomains", "always"),
          directive("add_header", "X-Test", 'a "quoted" {value} #1', "always"),
          block("location", ["~", "^/x{2}$"], [directive("return", 204)]),
          block("location", ["/"], [directive("return", 200, "it's ok")]),
        ]),
      ]),
    ]);
    const r = nginxTest(prefix, { "nginx.conf": conf });
    expect(r.output).toBe("");
    expect(r.status).toBe(0);
  });
});
