// Which web permissions the kiosk grants: none, except the ones on this short list. Main's permission
// request and check handlers, and the device handlers, ask here and log every decision.

/** Permissions granted to the kiosk's own origin. Each entry says why. */
export const ALLOWED_PERMISSIONS: readonly string[] = [
  // Only lets the page's own fullscreen request succeed; the window is already kiosk/fullscreen, so this
  // cannot show anything the visitor does not already see. Everything else (camera, microphone, location,
  // notifications, clipboard, devices, MIDI, storage access, openExternal, …) is denied.
  'fullscreen',
];

export type PermissionQuery = {
  permission: string;
  /** The origin asking (requestingOrigin or the frame's URL); only the app's own origin can be granted. */
  origin: string;
  /** Whether the asking origin is the kiosk's own (decided by the navigation policy). */
  isAppOrigin: boolean;
};

export type PermissionDecision = { grant: boolean; reason: string };

export function decidePermission(query: PermissionQuery): PermissionDecision {
  if (!ALLOWED_PERMISSIONS.includes(query.permission)) {
    return { grant: false, reason: `permission "${query.permission}" is not on the allowlist` };
  }
  if (!query.isAppOrigin) {
    return { grant: false, reason: `permission "${query.permission}" asked by a foreign origin` };
  }
  return { grant: true, reason: `permission "${query.permission}" is on the allowlist` };
}

/** Device access (USB, HID, serial, Bluetooth): never. */
export function decideDevicePermission(_deviceType: string): PermissionDecision {
  return { grant: false, reason: 'device access is never granted in the kiosk' };
}
