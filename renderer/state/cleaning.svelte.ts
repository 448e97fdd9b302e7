// Cleaning mode: touches and keys are swallowed for a fixed time while the screen is wiped, with a
// countdown; it ends by itself.
import { secondsLeft } from '../lib/idle-timer';
import { CLEANING_SECONDS } from '../lib/staff-view';

export type CleaningOptions = {
  /** Cleaning ended (by itself or because the staff side closed). */
  onEnd: () => void;
  seconds?: number;
  now?: () => number;
};

export class CleaningMode {
  #active = $state(false);
  #remaining = $state(0);
  #handle: ReturnType<typeof setInterval> | null = null;
  readonly #onEnd: () => void;
  readonly #seconds: number;
  readonly #now: () => number;

  constructor(options: CleaningOptions) {
    this.#onEnd = options.onEnd;
    this.#seconds = options.seconds ?? CLEANING_SECONDS;
    this.#now = options.now ?? ((): number => Date.now());
  }

  get active(): boolean {
    return this.#active;
  }
  /** Whole seconds left on the countdown. */
  get remaining(): number {
    return this.#remaining;
  }

  start(): void {
    if (this.#active) return;
    const deadline = this.#now() + this.#seconds * 1000;
    this.#active = true;
    this.#remaining = this.#seconds;
    this.#handle = setInterval(() => {
      this.#remaining = secondsLeft(deadline, this.#now());
      if (this.#remaining <= 0) this.stop();
    }, 1000);
  }

  stop(): void {
    if (!this.#active) return;
    if (this.#handle !== null) clearInterval(this.#handle);
    this.#handle = null;
    this.#active = false;
    this.#remaining = 0;
    this.#onEnd();
  }
}
