import type { DeviceInfo, ParticipantCapabilities } from "@aws-sdk/client-connect";
import { around, enumText, join, type Mrkdwn, md } from "../mrkdwn.js";

/** "Chrome 120.0 · Windows 11". */
export function deviceText(device: DeviceInfo | undefined): Mrkdwn | undefined {
  return join([
    join([md(device?.PlatformName), md(device?.PlatformVersion)], " "),
    md(device?.OperatingSystem),
  ]);
}

/** "Video: Send · Screen share: Send". */
export function capabilitiesText(
  capabilities: ParticipantCapabilities | undefined,
): Mrkdwn | undefined {
  return join([
    around("Video: ", enumText(capabilities?.Video)),
    around("Screen share: ", enumText(capabilities?.ScreenShare)),
  ]);
}
