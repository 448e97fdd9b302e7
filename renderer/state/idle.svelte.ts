// The visit's idle rule: after the site's idle time without a touch, "Still reading?" counts down; nobody
// answering ends the visit. Also remembers when the visit began, only to count its length bucket at the end.
import { announceAt, createIdleTimer, sessionLengthBucket } from '../lib/idle-timer';
import type { SessionLengthBucket } from '../../electron/shared/ipc-contract';

export type IdleSnapshot = {
  warning: boolean;
  remaining: number;
  total: number;
  spoken: number | null;
  visitStartedAt: number | null;
};

class IdleState {
  /** Whether "Still reading?" is showing. */
  warning = $state(false);
  /** Seconds left on the warning's countdown. */
  remaining = $state(0);
  /** The countdown's full length for this warning. */
  total = $state(0);
  /** The last whole second spoken through the warning's live region (null: nothing said yet). */
  spoken = $state<number | null>(null);
  /** When this visit began (ms since epoch); null on the attract screen. Never leaves the renderer. */
  visitStartedAt: number | null = null;

  /** Set by the session wiring: what to do when the countdown runs out. */
  onExpire: () => void = () => {};

  #timer = createIdleTimer({
    onWarn: (total) => {
      this.total = total;
      this.remaining = total;
      this.warning = true;
      this.spoken = total;
    },
    onTick: (remaining) => {
      this.remaining = remaining;
      if (announceAt(remaining, this.total)) this.spoken = remaining;
    },
    onExpire: () => {
      this.#closeWarning();
      this.onExpire();
    },
  });

  /** Watches for the visitor's next touch; called whenever a visitor screen is showing. */
  watch(delayMs: number, warnSeconds: number): void {
    this.#closeWarning();
    this.#timer.watch(delayMs, warnSeconds);
  }

  /** Any touch, key, wheel or scroll restarts the wait. During the warning only its own panel answers it. */
  activity(): void {
    this.#timer.activity();
  }

  /** The "Keep reading" button. Unlimited: it can be pressed any number of times. */
  extend(): void {
    this.#timer.extend();
    this.#closeWarning();
  }

  /** No timer on the attract screen or while staff are at the kiosk. */
  stop(): void {
    this.#timer.stop();
    this.#closeWarning();
  }

  beginVisit(now: number = Date.now()): void {
    this.visitStartedAt = now;
  }

  /** The visit's length bucket, or null when no visit was going on. */
  visitBucket(now: number = Date.now()): SessionLengthBucket | null {
    return this.visitStartedAt === null ? null : sessionLengthBucket(now - this.visitStartedAt);
  }

  reset(): void {
    this.stop();
    this.total = 0;
    this.visitStartedAt = null;
  }

  snapshot(): IdleSnapshot {
    return {
      warning: this.warning,
      remaining: this.remaining,
      total: this.total,
      spoken: this.spoken,
      visitStartedAt: this.visitStartedAt,
    };
  }

  #closeWarning(): void {
    this.warning = false;
    this.remaining = 0;
    this.spoken = null;
  }
}

export const idle = new IdleState();
