import { describe, expect, it } from 'vitest';
import { createStaffUnlock, isTrustedSender, STAFF_UNLOCK_MS } from '../../../../electron/shared/ipc-guard';
import type { SenderInfo } from '../../../../electron/shared/ipc-guard';
import * as v from 'valibot';
import {
  EmptyPayloadSchema,
  PinAttemptSchema,
  checkPayload,
  isUsageEvent,
} from '../../../../electron/shared/ipc-contract';

const isPinAttempt = (value: unknown): boolean => v.is(PinAttemptSchema, value);
const isEmptyPayload = (value: unknown): boolean => v.is(EmptyPayloadSchema, value);

const good: SenderInfo = {
  senderId: 3,
  kioskId: 3,
  isMainFrame: true,
  frameUrl: 'app://kiosk/index.html',
  devServerOrigin: null,
};

describe('IPC sender check', () => {
  it('trusts the kiosk window main frame on app://kiosk', () => {
    expect(isTrustedSender(good)).toBe(true);
  });
  it.each<[string, Partial<SenderInfo>]>([
    ['another web contents', { senderId: 4 }],
    ['before the window exists', { kioskId: null }],
    ['a subframe', { isMainFrame: false }],
    ['a destroyed frame', { frameUrl: null }],
    ['a foreign origin', { frameUrl: 'https://evil.example/' }],
    ['a look-alike host', { frameUrl: 'app://kiosk.evil/' }],
    ['credentials in the URL', { frameUrl: 'app://kiosk@evil/' }],
    ['about:blank', { frameUrl: 'about:blank' }],
    ['a data: page', { frameUrl: 'data:text/html,hi' }],
    ['the dev server outside dev', { frameUrl: 'http://localhost:5173/' }],
  ])('refuses %s', (_name, change) => {
    expect(isTrustedSender({ ...good, ...change })).toBe(false);
  });
  it('in dev trusts the dev server origin', () => {
    expect(
      isTrustedSender({
        ...good,
        frameUrl: 'http://localhost:5173/',
        devServerOrigin: 'http://localhost:5173',
      }),
    ).toBe(true);
  });
});

describe('IPC payload validators', () => {
  it.each([
    { type: 'visit:start' },
    { type: 'tour:finish' },
    { type: 'page:view', pageId: 'fever-and-infection' },
    { type: 'locale', locale: 'es' },
    { type: 'text-size', step: 150 },
    { type: 'visit:end', bucket: '3-10m' },
    { type: 'path:start', path: 'essentials' },
    { type: 'path:start', path: 'after-treatment' },
    { type: 'audience', audience: 'child' },
  ])('accepts %j', (event) => {
    expect(isUsageEvent(event)).toBe(true);
  });
  it.each([
    null,
    'visit:start',
    [],
    { type: 'visit:start', extra: 1 },
    { type: 'page:view', pageId: '../etc' },
    { type: 'page:view', pageId: 'A'.repeat(10) },
    { type: 'page:view', pageId: 'a'.repeat(65) },
    { type: 'page:view' },
    { type: 'locale', locale: 'fr' },
    { type: 'text-size', step: 175 },
    { type: 'visit:end', bucket: 'forever' },
    { type: 'typed-text', text: 'my name' },
    { type: 'path:start', path: 'nausea' },
    { type: 'path:start', path: 'essentials', step: 3 },
    { type: 'audience', audience: 'grandma' },
    { type: 'audience' },
  ])('refuses %j', (event) => {
    expect(isUsageEvent(event)).toBe(false);
  });
  it('PIN attempts are 4 to 12 digits and nothing else', () => {
    expect(isPinAttempt({ pin: '1234' })).toBe(true);
    expect(isPinAttempt({ pin: '123' })).toBe(false);
    expect(isPinAttempt({ pin: '1'.repeat(13) })).toBe(false);
    expect(isPinAttempt({ pin: '12a4' })).toBe(false);
    expect(isPinAttempt({ pin: 1234 })).toBe(false);
    expect(isPinAttempt({ pin: '1234', admin: true })).toBe(false);
    expect(isPinAttempt(null)).toBe(false);
  });
  it('channels without payload accept only undefined', () => {
    expect(isEmptyPayload(undefined)).toBe(true);
    expect(isEmptyPayload(null)).toBe(false);
    expect(isEmptyPayload({})).toBe(false);
  });
  it('a refusal names where and what was expected, never the value sent', () => {
    expect(checkPayload(PinAttemptSchema, { pin: '12a4' })).toEqual({
      ok: false,
      problem: 'pin: expected /^[0-9]{4,12}$/',
    });
    expect(checkPayload(PinAttemptSchema, { pin: '1234', admin: true })).toEqual({
      ok: false,
      problem: 'admin: no such key',
    });
    expect(checkPayload(EmptyPayloadSchema, { pin: '987654' })).toEqual({
      ok: false,
      problem: 'payload: expected undefined',
    });
    expect(checkPayload(PinAttemptSchema, null)).toEqual({ ok: false, problem: 'payload: expected Object' });
  });
  it('an accepted payload is the checked copy', () => {
    expect(checkPayload(PinAttemptSchema, { pin: '1234' })).toEqual({ ok: true, payload: { pin: '1234' } });
  });
});

describe('staff unlock window', () => {
  it('is closed until a PIN succeeds, open for 2 minutes, then closed', () => {
    let t = 5_000;
    const unlock = createStaffUnlock({ now: () => t });
    expect(STAFF_UNLOCK_MS).toBe(120_000);
    expect(unlock.isUnlocked()).toBe(false);
    unlock.grant();
    expect(unlock.isUnlocked()).toBe(true);
    t += STAFF_UNLOCK_MS - 1;
    expect(unlock.isUnlocked()).toBe(true);
    t += 1;
    expect(unlock.isUnlocked()).toBe(false);
  });
  it('revoke closes it at once, and a clock going backwards does not open it', () => {
    let t = 10_000;
    const unlock = createStaffUnlock({ now: () => t });
    unlock.grant();
    unlock.revoke();
    expect(unlock.isUnlocked()).toBe(false);
    unlock.grant();
    t -= 1;
    expect(unlock.isUnlocked()).toBe(false);
  });
});
