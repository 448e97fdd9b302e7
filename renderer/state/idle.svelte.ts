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

export type IdleOptions = {
  /** Nobody answered "Still reading?": the visit ends. */
  onExpire: () => void;
};

export class IdleState {
  #warning = $state(false);
  #remaining = $state(0);
  #total = $state(0);
  #spoken = $state<number | null>(null);
  /** When this visit began (ms since epoch); null on the attract screen. Never leaves the renderer. */
  #visitStartedAt: number | null = null;
  readonly #onExpire: () => void;

  #timer = createIdleTimer({
    onWarn: (total) => {
      this.#total = total;
      this.#remaining = total;
      this.#warning = true;
      this.#spoken = total;
    },
    onTick: (remaining) => {
      this.#remaining = remaining;
      if (announceAt(remaining, this.#total)) this.#spoken = remaining;
    },
    onExpire: () => {
      this.#closeWarning();
      this.#onExpire();
    },
  });

  constructor(options: IdleOptions) {
    this.#onExpire = options.onExpire;
  }

  /** Whether "Still reading?" is showing. */
  get warning(): boolean {
    return this.#warning;
  }
  /** Seconds left on the warning's countdown. */
  get remaining(): number {
    return this.#remaining;
  }
  /** The countdown's full length for this warning. */
  get total(): number {
    return this.#total;
  }
  /** The last whole second spoken through the warning's live region (null: nothing said yet). */
  get spoken(): number | null {
    return this.#spoken;
  }

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
    this.#visitStartedAt = now;
  }

  /** The visit's length bucket, or null when no visit was going on. */
  visitBucket(now: number = Date.now()): SessionLengthBucket | null {
    return this.#visitStartedAt === null ? null : sessionLengthBucket(now - this.#visitStartedAt);
  }

  reset(): void {
    this.stop();
    this.#total = 0;
    this.#visitStartedAt = null;
  }

  snapshot(): IdleSnapshot {
    return {
      warning: this.#warning,
      remaining: this.#remaining,
      total: this.#total,
      spoken: this.#spoken,
      visitStartedAt: this.#visitStartedAt,
    };
  }

  #closeWarning(): void {
    this.#warning = false;
    this.#remaining = 0;
    this.#spoken = null;
  }
}
