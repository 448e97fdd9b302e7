import { describe, expect, it } from 'vitest';
import {
  ALLOWED_PERMISSIONS,
  decideDevicePermission,
  decidePermission,
} from '../../../../electron/shared/permission-policy';

describe('permission policy', () => {
  it('the allowlist is tiny', () => {
    expect(ALLOWED_PERMISSIONS).toEqual(['fullscreen']);
  });
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'openExternal',
    'midi',
    'midiSysex',
    'hid',
    'usb',
    'serial',
    'pointerLock',
    'keyboardLock',
    'display-capture',
    'idle-detection',
    'storage-access',
    'window-management',
    'unknown',
  ])('denies %s even to the app', (permission) => {
    const decision = decidePermission({ permission, origin: 'app://kiosk', isAppOrigin: true });
    expect(decision.grant).toBe(false);
    expect(decision.reason).toContain(permission);
  });
  it('grants fullscreen to the app origin only', () => {
    expect(
      decidePermission({ permission: 'fullscreen', origin: 'app://kiosk', isAppOrigin: true }).grant,
    ).toBe(true);
    expect(
      decidePermission({ permission: 'fullscreen', origin: 'https://evil', isAppOrigin: false }).grant,
    ).toBe(false);
  });
  it.each(['usb', 'hid', 'serial', 'bluetooth'])('never grants %s devices', (type) => {
    expect(decideDevicePermission(type).grant).toBe(false);
  });
});
