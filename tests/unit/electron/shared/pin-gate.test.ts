import { describe, expect, it, vi } from 'vitest';
import { createPinGate } from '../../../../electron/shared/pin-gate';

const FIVE_MINUTES = 5 * 60 * 1000;

function setup(): { gate: ReturnType<typeof createPinGate>; clock: { t: number } } {
  const clock = { t: 1_000_000 };
  const gate = createPinGate({ maxAttempts: 5, lockoutMs: FIVE_MINUTES, now: () => clock.t });
  return { gate, clock };
}

describe('createPinGate', () => {
  it('lets a right PIN through', () => {
    const { gate } = setup();
    expect(gate.check(() => true)).toEqual({ status: 'ok' });
  });

  it('counts down wrong PINs and locks on the fifth in a row', () => {
    const { gate } = setup();
    expect(gate.check(() => false)).toEqual({ status: 'wrong', attemptsLeft: 4 });
    expect(gate.check(() => false)).toEqual({ status: 'wrong', attemptsLeft: 3 });
    expect(gate.check(() => false)).toEqual({ status: 'wrong', attemptsLeft: 2 });
    expect(gate.check(() => false)).toEqual({ status: 'wrong', attemptsLeft: 1 });
    expect(gate.check(() => false)).toEqual({ status: 'locked', retryAfterSeconds: 300 });
  });

  it('does not call verify while locked, even with the right PIN', () => {
    const { gate, clock } = setup();
    for (let i = 0; i < 5; i += 1) gate.check(() => false);
    const verify = vi.fn(() => true);
    clock.t += 60_000;
    expect(gate.check(verify)).toEqual({ status: 'locked', retryAfterSeconds: 240 });
    clock.t += FIVE_MINUTES - 60_000 - 1;
    expect(gate.check(verify)).toEqual({ status: 'locked', retryAfterSeconds: 1 });
    expect(verify).not.toHaveBeenCalled();
  });

  it('unlocks after five minutes with a fresh set of attempts', () => {
    const { gate, clock } = setup();
    for (let i = 0; i < 5; i += 1) gate.check(() => false);
    clock.t += FIVE_MINUTES;
    expect(gate.check(() => false)).toEqual({ status: 'wrong', attemptsLeft: 4 });
    expect(gate.check(() => true)).toEqual({ status: 'ok' });
  });

  it('resets the count after a right PIN ("in a row")', () => {
    const { gate } = setup();
    for (let i = 0; i < 4; i += 1) gate.check(() => false);
    expect(gate.check(() => true)).toEqual({ status: 'ok' });
    expect(gate.check(() => false)).toEqual({ status: 'wrong', attemptsLeft: 4 });
  });

  it('locks again after another five wrong PINs once unlocked', () => {
    const { gate, clock } = setup();
    for (let i = 0; i < 5; i += 1) gate.check(() => false);
    clock.t += FIVE_MINUTES;
    for (let i = 0; i < 4; i += 1) gate.check(() => false);
    expect(gate.check(() => false)).toEqual({ status: 'locked', retryAfterSeconds: 300 });
  });

  it('counts a throwing verifier as a wrong PIN', () => {
    const { gate } = setup();
    expect(
      gate.check(() => {
        throw new Error('boom');
      }),
    ).toEqual({ status: 'wrong', attemptsLeft: 4 });
  });

  it('a clock set backwards restarts the lock instead of stretching it', () => {
    const { gate, clock } = setup();
    for (let i = 0; i < 5; i += 1) gate.check(() => false);
    clock.t -= 24 * 60 * 60 * 1000;
    expect(gate.check(() => true)).toEqual({ status: 'locked', retryAfterSeconds: 300 });
    clock.t += FIVE_MINUTES;
    expect(gate.check(() => true)).toEqual({ status: 'ok' });
  });

  it('refuses nonsense options', () => {
    expect(() => createPinGate({ maxAttempts: 0, lockoutMs: 1, now: () => 0 })).toThrow(RangeError);
    expect(() => createPinGate({ maxAttempts: 5, lockoutMs: -1, now: () => 0 })).toThrow(RangeError);
    expect(() => createPinGate({ maxAttempts: 1.5, lockoutMs: 1, now: () => 0 })).toThrow(RangeError);
  });
});
