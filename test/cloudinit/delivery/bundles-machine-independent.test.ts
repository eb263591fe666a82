// The nodes take each role's delivery bundles from whichever description came first, the user-data's (with the
// machine's data volume) or the deliveries' own (without): so the bundles must not depend on the machine.
import { describeDesktopRole } from "../../../cloudinit/desktop/desktop-role";
import { Os } from "../../../cloudinit";
import { describeGatewayRole } from "../../../cloudinit/gateway/gateway-role";
import { props as desktopProps } from "../desktop/fixtures";
import { tokenProps } from "../gateway/fixtures";

const identity = (content: string) => content;
const machine = { dataVolumeDevice: "/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol0123", dataVolumeLabel: "team-data", os: Os.DEBIAN_13 };

test("the gateway's bundles are the same with and without the machine's data volume, and its user-data is not", () => {
  const without = describeGatewayRole(tokenProps({ os: Os.DEBIAN_13 }));
  const withVolume = describeGatewayRole(tokenProps(machine));
  expect(withVolume.bootstrap.render(identity)).toBe(without.bootstrap.render(identity));
  expect(withVolume.delivery.render(identity)).toBe(without.delivery.render(identity));
  expect(withVolume.cloudConfig.render()).not.toBe(without.cloudConfig.render());
});

test("a desktop's bundles are the same with and without the machine's home volume, and its user-data is not", () => {
  const without = describeDesktopRole(desktopProps({ os: Os.DEBIAN_13, dataVolumeDevice: undefined }));
  const withVolume = describeDesktopRole(desktopProps(machine));
  expect(withVolume.bootstrap.render(identity)).toBe(without.bootstrap.render(identity));
  expect(withVolume.delivery.render(identity)).toBe(without.delivery.render(identity));
  expect(withVolume.cloudConfig.render()).not.toBe(without.cloudConfig.render());
});
