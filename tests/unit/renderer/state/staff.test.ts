// The staff side's state classes, driven directly with a fake kiosk API and fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PinResult } from '../../../../electron/shared/ipc-contract';
import { PIN_LOCKOUT_MS, PIN_MAX_ATTEMPTS, createPinGate } from '../../../../electron/shared/pin-gate';
import { CLEANING_SECONDS, CORNER_HOLD_MS, STAFF_IDLE_MS } from '../../../../renderer/lib/staff-view';
import { StaffState, type StaffApi } from '../../../../renderer/state/staff.svelte';

vi.mock('../../../../renderer/lib/kiosk', () => ({ kiosk: {}, isKioskApp: false }));

type Deferred<T> = { promise: Promise<T>; resolve: (value: T) => void };
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function fakeApi(answers: PinResult[] = []): StaffApi & { pins: string[] } {
  const pins: string[] = [];
  return {
    pins,
    checkPin: ({ pin }) => {
      pins.push(pin);
      return Promise.resolve(answers.shift() ?? { status: 'wrong', attemptsLeft: 0 });
    },
    getUsage: () => Promise.resolve({ enabled: true, days: [], notice: null }),
    getConfig: () => Promise.reject(new Error('not in this test')),
    exportUsage: () => Promise.resolve({ ok: false, reason: 'not here' }),
    restart: () => Promise.resolve(),
    exit: () => Promise.resolve(),
  };
}

async function typePin(staff: StaffState, pin: string): Promise<void> {
  for (const digit of pin) staff.pad.pressDigit(digit);
  await staff.pad.submit();
}

describe('staff state', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a corner held for the full time opens the pad; a lift or a second finger does not', () => {
    const staff = new StaffState({ api: fakeApi() });
    expect(staff.corner.down(10, 10, 1)).toBe(true);
    vi.advanceTimersByTime(CORNER_HOLD_MS - 1);
    staff.corner.up(1);
    vi.advanceTimersByTime(10);
    expect(staff.phase).toBe('closed');
    staff.corner.down(10, 10, 1);
    staff.corner.down(300, 300, 2);
    vi.advanceTimersByTime(CORNER_HOLD_MS);
    expect(staff.phase).toBe('closed');
    expect(staff.corner.down(100, 100, 3)).toBe(false);
    staff.corner.down(10, 10, 4);
    vi.advanceTimersByTime(CORNER_HOLD_MS);
    expect(staff.phase).toBe('pin');
  });

  it('the right PIN opens the panel, which loads the usage counts', async () => {
    const staff = new StaffState({ api: fakeApi([{ status: 'ok' }]) });
    staff.openPad();
    await typePin(staff, '2468');
    expect(staff.phase).toBe('panel');
    await vi.waitFor(() => expect(staff.panel?.usage).toEqual({ enabled: true, days: [], notice: null }));
    expect(staff.pad.digits).toBe(0);
  });

  it('a PIN answer that arrives after the pad closed is ignored', async () => {
    const answer = deferred<PinResult>();
    const api = { ...fakeApi(), checkPin: () => answer.promise };
    const staff = new StaffState({ api });
    staff.openPad();
    for (const digit of '2468') staff.pad.pressDigit(digit);
    const submitted = staff.pad.submit();
    expect(staff.pad.checking).toBe(true);
    staff.close();
    answer.resolve({ status: 'ok' });
    await submitted;
    expect(staff.phase).toBe('closed');
    expect(staff.panel).toBeNull();
    expect(staff.pad.checking).toBe(false);
  });

  it('locks the pad when main says locked, keeps it locked across a close, and unlocks on time', async () => {
    const staff = new StaffState({
      api: fakeApi([
        { status: 'wrong', attemptsLeft: 1 },
        { status: 'locked', retryAfterSeconds: 300 },
      ]),
    });
    staff.openPad();
    await typePin(staff, '1111');
    expect(staff.pad.message).toEqual({ kind: 'wrong', attemptsLeft: 1 });
    await typePin(staff, '2222');
    expect(staff.pad.locked).toBe(true);
    expect(staff.pad.message).toEqual({ kind: 'locked', minutes: 5 });
    staff.pad.pressDigit('3');
    expect(staff.pad.digits).toBe(0);
    staff.close();
    staff.openPad();
    expect(staff.pad.locked).toBe(true);
    expect(staff.pad.message).toEqual({ kind: 'locked', minutes: 5 });
    vi.advanceTimersByTime(300_000);
    expect(staff.pad.locked).toBe(false);
    expect(staff.pad.message).toBeNull();
  });

  it(`with main's brake, the pad locks after ${PIN_MAX_ATTEMPTS} wrong PINs and ignores the right one meanwhile`, async () => {
    const gate = createPinGate({
      maxAttempts: PIN_MAX_ATTEMPTS,
      lockoutMs: PIN_LOCKOUT_MS,
      now: () => Date.now(),
    });
    const api = fakeApi();
    const staff = new StaffState({
      api: { ...api, checkPin: ({ pin }) => Promise.resolve(gate.check(() => pin === '2468')) },
    });
    staff.openPad();
    for (let attempt = 1; attempt < PIN_MAX_ATTEMPTS; attempt += 1) {
      await typePin(staff, '1111');
      expect(staff.pad.message).toEqual({ kind: 'wrong', attemptsLeft: PIN_MAX_ATTEMPTS - attempt });
    }
    await typePin(staff, '1111');
    expect(staff.pad.locked).toBe(true);
    await typePin(staff, '2468');
    expect(staff.phase).toBe('pin');
    vi.advanceTimersByTime(PIN_LOCKOUT_MS);
    // The pad closed itself long ago; after the lockout the right PIN works again.
    expect(staff.phase).toBe('closed');
    staff.openPad();
    await typePin(staff, '2468');
    expect(staff.phase).toBe('panel');
  });

  it('a PIN too short is not sent', async () => {
    const api = fakeApi();
    const staff = new StaffState({ api });
    staff.openPad();
    await typePin(staff, '12');
    expect(api.pins).toEqual([]);
    expect(staff.pad.message).toEqual({ kind: 'too-short' });
  });

  it('cleaning counts down, ends by itself, and the panel then closes itself after the idle time', async () => {
    const staff = new StaffState({ api: fakeApi([{ status: 'ok' }]) });
    staff.openPad();
    await typePin(staff, '2468');
    staff.startCleaning();
    expect(staff.cleaning.active).toBe(true);
    expect(staff.cleaning.remaining).toBe(CLEANING_SECONDS);
    // No self-close while cleaning, however long it runs.
    vi.advanceTimersByTime((CLEANING_SECONDS - 1) * 1000);
    expect(staff.cleaning.remaining).toBe(1);
    expect(staff.phase).toBe('panel');
    vi.advanceTimersByTime(1000);
    expect(staff.cleaning.active).toBe(false);
    expect(staff.phase).toBe('panel');
    vi.advanceTimersByTime(STAFF_IDLE_MS);
    expect(staff.phase).toBe('closed');
  });

  it('closing during cleaning ends it, and each opening of the panel starts fresh', async () => {
    const staff = new StaffState({ api: fakeApi([{ status: 'ok' }, { status: 'ok' }]) });
    staff.openPad();
    await typePin(staff, '2468');
    const first = staff.panel;
    first?.confirm('exit');
    await first?.exportCsv();
    staff.startCleaning();
    staff.close();
    expect(staff.cleaning.active).toBe(false);
    expect(staff.snapshot()).toEqual(new StaffState({ api: fakeApi() }).snapshot());
    staff.openPad();
    await typePin(staff, '2468');
    expect(staff.panel).not.toBe(first);
    expect(staff.panel?.confirming).toBeNull();
    expect(staff.panel?.exportResult).toBeNull();
  });
});
