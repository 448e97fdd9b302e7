// The PIN pad's state: the digits typed (only their count is shown), the answer's message and the lockout.
// Main checks the PIN; a late answer after the pad closed is ignored. The lockout outlives the pad (and the
// visit): it guards the kiosk, not one visitor.
import type { PinAttempt, PinResult } from '../../electron/shared/ipc-contract';
import { secondsLeft } from '../lib/idle-timer';
import { appendDigit, canSubmitPin, lockMinutes } from '../lib/staff-view';

export type PinMessage =
  | { kind: 'wrong'; attemptsLeft: number }
  | { kind: 'locked'; minutes: number }
  | { kind: 'too-short' }
  | { kind: 'error' };

export type PinPadSnapshot = { open: boolean; digits: number; message: PinMessage | null; locked: boolean };

export type PinPadOptions = {
  checkPin: (attempt: PinAttempt) => Promise<PinResult>;
  /** The PIN was right, or no PIN is set: the panel (or how to set one) takes over. */
  onAnswer: (status: 'ok' | 'not-configured') => void;
  /** Every press and answer: the staff self-close starts again. */
  onActivity: () => void;
  now?: () => number;
};

export class PinPad {
  #open = $state(false);
  #entry = $state('');
  #message = $state.raw<PinMessage | null>(null);
  #checking = $state(false);
  /** Until when (ms since epoch) the pad stays disabled after too many wrong PINs. */
  #lockedUntil = $state<number | null>(null);
  #lockHandle: ReturnType<typeof setTimeout> | null = null;
  /** Bumped on close, so an answer that arrives after the pad closed is dropped. */
  #generation = 0;
  readonly #options: PinPadOptions;
  readonly #now: () => number;

  constructor(options: PinPadOptions) {
    this.#options = options;
    this.#now = options.now ?? ((): number => Date.now());
  }

  get isOpen(): boolean {
    return this.#open;
  }
  get digits(): number {
    return this.#entry.length;
  }
  get message(): PinMessage | null {
    return this.#message;
  }
  get checking(): boolean {
    return this.#checking;
  }
  get locked(): boolean {
    return this.#lockedUntil !== null;
  }

  open(): void {
    this.#open = true;
    this.#entry = '';
    this.#message =
      this.#lockedUntil === null
        ? null
        : { kind: 'locked', minutes: lockMinutes(secondsLeft(this.#lockedUntil, this.#now())) };
  }

  close(): void {
    this.#generation += 1;
    this.#open = false;
    this.#entry = '';
    this.#message = null;
    this.#checking = false;
  }

  pressDigit(digit: string): void {
    if (!this.#open || this.locked || this.#checking) return;
    this.#entry = appendDigit(this.#entry, digit);
    if (this.#message?.kind === 'too-short' || this.#message?.kind === 'error') this.#message = null;
  }

  deleteDigit(): void {
    if (!this.#open || this.#checking) return;
    this.#entry = this.#entry.slice(0, -1);
  }

  async submit(): Promise<void> {
    if (!this.#open || this.locked || this.#checking) return;
    if (!canSubmitPin(this.#entry)) {
      this.#message = { kind: 'too-short' };
      return;
    }
    const pin = this.#entry;
    const generation = this.#generation;
    this.#entry = '';
    this.#checking = true;
    let result: PinResult | null = null;
    try {
      result = await this.#options.checkPin({ pin });
    } catch {
      if (generation === this.#generation) this.#message = { kind: 'error' };
    }
    if (generation !== this.#generation) return;
    this.#checking = false;
    if (result !== null) this.#answer(result);
    this.#options.onActivity();
  }

  snapshot(): PinPadSnapshot {
    return { open: this.#open, digits: this.digits, message: this.#message, locked: this.locked };
  }

  #answer(result: PinResult): void {
    switch (result.status) {
      case 'ok':
      case 'not-configured':
        this.close();
        this.#options.onAnswer(result.status);
        break;
      case 'wrong':
        this.#message = { kind: 'wrong', attemptsLeft: result.attemptsLeft };
        break;
      case 'locked':
        this.#lock(result.retryAfterSeconds);
        break;
    }
  }

  #lock(retryAfterSeconds: number): void {
    const ms = Math.max(1, retryAfterSeconds) * 1000;
    this.#lockedUntil = this.#now() + ms;
    this.#message = { kind: 'locked', minutes: lockMinutes(retryAfterSeconds) };
    if (this.#lockHandle !== null) clearTimeout(this.#lockHandle);
    this.#lockHandle = setTimeout(() => {
      this.#lockHandle = null;
      this.#lockedUntil = null;
      if (this.#message?.kind === 'locked') this.#message = null;
    }, ms);
  }
}
