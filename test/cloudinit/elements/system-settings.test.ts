import { CloudConfig, Hostname, Locale, PowerState, SwapFile, Sysctl, Timezone } from "../../../cloudinit";
import { validateDocument } from "../validate-document";

test("all system settings together render to a valid cloud-config", () => {
  validateDocument(new CloudConfig({ machine: "m" }).add("sys",
    SwapFile.of({ sizeMb: 1024 }), Timezone.of("Europe/Berlin"), Locale.of("en_US.UTF-8"), Hostname.of("gateway", { fqdn: "gateway.main.example.test" }),
    Sysctl.of({ "vm.swappiness": 10, "net.core.somaxconn": 1024 }), PowerState.reboot({ delayMinutes: 1, message: "Rebooting", condition: ["test", "-f", "/var/run/reboot-required"] })));
});
