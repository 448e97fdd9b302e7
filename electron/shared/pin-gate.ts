// The staff PIN's brute-force brake: after `maxAttempts` wrong PINs in a row the gate locks for
// `lockoutMs`, and while locked the (costly, scrypt) verify is not even called. Pure: the clock is passed in,
// so tests drive it and main can give it a monotonic clock that a changed wall clock cannot move.
import type { PinResult } from './ipc-contract';

export type PinGate = { check(verify: () => boolean): PinResult };

/** Wrong PINs in a row before the staff panel locks, and for how long: main and the browser preview alike. */
export const PIN_MAX_ATTEMPTS = 5;
export const PIN_LOCKOUT_MS = 5 * 60_000;

export type PinGateOptions = {
  /** Wrong PINs in a row that lock the gate (the kiosk uses PIN_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** How long the lock lasts, in milliseconds (the kiosk uses PIN_LOCKOUT_MS). */
  lockoutMs: number;
  /** Milliseconds from any fixed origin; best monotonic (performance.now() + an offset). */
  now: () => number;
};

export function createPinGate(options: PinGateOptions): PinGate {
  const { maxAttempts, lockoutMs, now } = options;
  if (!Number.isSafeInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be a whole number of at least 1, got ${maxAttempts}`);
  }
  if (!Number.isFinite(lockoutMs) || lockoutMs < 0) {
    throw new RangeError(`lockoutMs must be a number of milliseconds of at least 0, got ${lockoutMs}`);
  }
  let failures = 0;
  let lockedAt: number | null = null;

  const locked = (remainingMs: number): PinResult => ({
    status: 'locked',
    retryAfterSeconds: Math.max(1, Math.ceil(remainingMs / 1000)),
  });

  return {
    check(verify: () => boolean): PinResult {
      const time = now();
      if (lockedAt !== null) {
        // A clock that went backwards restarts the lock from now instead of stretching it.
        if (time < lockedAt) lockedAt = time;
        const remaining = lockedAt + lockoutMs - time;
        if (remaining > 0) return locked(remaining);
        lockedAt = null;
        failures = 0;
      }
      let ok: boolean;
      try {
        ok = verify();
      } catch {
        // A verifier that throws fails closed: it counts as a wrong PIN.
        ok = false;
      }
      if (ok) {
        failures = 0;
        return { status: 'ok' };
      }
      failures += 1;
      if (failures >= maxAttempts) {
        lockedAt = time;
        return locked(lockoutMs);
      }
      return { status: 'wrong', attemptsLeft: maxAttempts - failures };
    },
  };
}
