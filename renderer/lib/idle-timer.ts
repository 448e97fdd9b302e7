// The idle rule's arithmetic and its timer, kept free of Svelte and the DOM so unit tests can drive it with
// fake timers. The timer uses setTimeout/setInterval and a wall clock (never requestAnimationFrame), which is
// also what lets Playwright's clock API fast-forward it in the browser tests.
import { CONFIG_LIMITS, DEFAULT_CONFIG } from '../../electron/shared/config-schema';
import { SESSION_LENGTH_BUCKETS, type SessionLengthBucket } from '../../electron/shared/ipc-contract';

/** "I read slowly" multiplies the time without a touch before the warning (WCAG 2.2.1: at least ten times). */
const READ_SLOWLY_FACTOR = 10;
/** The warning's countdown never runs shorter than the config allows (WCAG 2.2.1 asks for at least 20 s). */
export const MIN_WARNING_SECONDS = CONFIG_LIMITS.warning_seconds.min;

/** Milliseconds without a touch before "Still reading?" appears (main validates; the default guards anyway). */
export function idleDelayMs(idleSeconds: number, readSlowly: boolean): number {
  const seconds = Number.isFinite(idleSeconds) && idleSeconds > 0 ? idleSeconds : DEFAULT_CONFIG.idle_seconds;
  return Math.round(seconds * 1000 * (readSlowly ? READ_SLOWLY_FACTOR : 1));
}

/** Seconds the warning counts down; never fewer than MIN_WARNING_SECONDS. */
export function warningSeconds(configured: number): number {
  return Number.isFinite(configured)
    ? Math.max(MIN_WARNING_SECONDS, Math.ceil(configured))
    : MIN_WARNING_SECONDS;
}

/**
 * Whether the countdown is spoken at `remaining` seconds of `total`: at the start, on every multiple of ten,
 * and each of the last five seconds. Not every second: a screen reader that talks non-stop helps nobody.
 */
export function announceAt(remaining: number, total: number): boolean {
  if (remaining <= 0 || remaining > total) return false;
  return remaining === total || remaining % 10 === 0 || remaining <= 5;
}

/** The seconds of a `total`-second countdown that are spoken, largest first (for the docs and tests). */
export function announcementSchedule(total: number): number[] {
  const spoken: number[] = [];
  for (let remaining = total; remaining > 0; remaining -= 1) {
    if (announceAt(remaining, total)) spoken.push(remaining);
  }
  return spoken;
}

const BUCKET_LIMITS_MS: readonly [SessionLengthBucket, number][] = [
  ['<1m', 60_000],
  ['1-3m', 3 * 60_000],
  ['3-10m', 10 * 60_000],
  ['10-30m', 30 * 60_000],
];

/** The coarse bucket a visit of `ms` milliseconds is counted in (the only length the counts ever keep). */
export function sessionLengthBucket(ms: number): SessionLengthBucket {
  const length = Number.isFinite(ms) ? Math.max(0, ms) : 0;
  for (const [bucket, limit] of BUCKET_LIMITS_MS) {
    if (length < limit) return bucket;
  }
  return SESSION_LENGTH_BUCKETS[SESSION_LENGTH_BUCKETS.length - 1];
}

/** Whole seconds left until `deadline`, rounded up so the countdown shows 30 … 1 and reaches 0 at the end. */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

type IdlePhase = 'off' | 'watching' | 'warning';

export type IdleTimerOptions = {
  /** The warning appears, with `total` seconds to go. */
  onWarn: (total: number) => void;
  /** Once a second during the warning, with the whole seconds left (total-1 … 1). */
  onTick: (remaining: number) => void;
  /** The countdown ran out without a touch. */
  onExpire: () => void;
  now?: () => number;
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  setInterval?: (callback: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
};

export type IdleTimer = {
  readonly phase: IdlePhase;
  /** Starts (or restarts) watching: the warning comes `delayMs` after the last touch. */
  watch(delayMs: number, warnSeconds: number): void;
  /** A touch, key, wheel or scroll: while watching, the wait starts again. Ignored during the warning. */
  activity(): void;
  /** "Keep reading": closes the warning and starts the wait again. */
  extend(): void;
  /** Stops everything (attract screen, staff panel, reset). */
  stop(): void;
};

export function createIdleTimer(options: IdleTimerOptions): IdleTimer {
  const now = options.now ?? ((): number => Date.now());
  const later = options.setTimeout ?? ((callback, ms): unknown => globalThis.setTimeout(callback, ms));
  const cancel =
    options.clearTimeout ??
    ((handle): void => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>));
  const every = options.setInterval ?? ((callback, ms): unknown => globalThis.setInterval(callback, ms));
  const stopEvery =
    options.clearInterval ??
    ((handle): void => globalThis.clearInterval(handle as ReturnType<typeof setInterval>));

  let phase: IdlePhase = 'off';
  let delay = 0;
  let total: number = MIN_WARNING_SECONDS;
  let idleHandle: unknown = null;
  let tickHandle: unknown = null;
  let deadline = 0;
  let lastSpoken = -1;

  function clearAll(): void {
    if (idleHandle !== null) cancel(idleHandle);
    if (tickHandle !== null) stopEvery(tickHandle);
    idleHandle = null;
    tickHandle = null;
  }

  function arm(): void {
    clearAll();
    phase = 'watching';
    idleHandle = later(warn, delay);
  }

  function warn(): void {
    idleHandle = null;
    phase = 'warning';
    deadline = now() + total * 1000;
    lastSpoken = total;
    options.onWarn(total);
    tickHandle = every(tick, 1000);
  }

  function tick(): void {
    const remaining = secondsLeft(deadline, now());
    if (remaining <= 0) {
      clearAll();
      phase = 'off';
      options.onExpire();
      return;
    }
    // A clock jump can skip seconds; each remaining value is reported once, in order.
    if (remaining !== lastSpoken) {
      lastSpoken = remaining;
      options.onTick(remaining);
    }
  }

  return {
    get phase(): IdlePhase {
      return phase;
    },
    watch(delayMs: number, warnSeconds: number): void {
      delay = Math.max(0, delayMs);
      total = warningSeconds(warnSeconds);
      arm();
    },
    activity(): void {
      // During the warning only an answer to it (extend) counts: a stray touch must not close it unseen.
      if (phase === 'watching') arm();
    },
    extend(): void {
      if (phase !== 'off') arm();
    },
    stop(): void {
      clearAll();
      phase = 'off';
    },
  };
}
