// "I'm done": the visitor asks to clear the screen. A calm question answers a mistaken tap ("No, keep
// reading" keeps the place); nobody answering clears it anyway, so one tap is enough for someone walking away.
export type DoneSnapshot = { asking: boolean; remaining: number };

export type DoneOptions = {
  /** The visit ends: the same reset the idle rule runs. */
  onConfirm: () => void;
  /** Seconds the question waits before clearing on its own. */
  seconds?: number;
};

const DONE_SECONDS = 10;

export class DoneState {
  #asking = $state(false);
  #remaining = $state(0);
  #timer: ReturnType<typeof setInterval> | null = null;
  readonly #onConfirm: () => void;
  readonly #seconds: number;

  constructor(options: DoneOptions) {
    this.#onConfirm = options.onConfirm;
    this.#seconds = options.seconds ?? DONE_SECONDS;
  }

  /** Whether "Clear the screen?" is showing. */
  get asking(): boolean {
    return this.#asking;
  }
  /** Whole seconds until the screen clears on its own. */
  get remaining(): number {
    return this.#remaining;
  }

  /** The "I'm done" button. */
  ask(): void {
    if (this.#asking) return;
    this.#asking = true;
    this.#remaining = this.#seconds;
    this.#timer = setInterval(() => {
      this.#remaining -= 1;
      if (this.#remaining <= 0) this.confirm();
    }, 1000);
  }

  /** "Yes, clear it", or the countdown ran out. */
  confirm(): void {
    if (!this.#asking) return;
    this.reset();
    this.#onConfirm();
  }

  /** "No, keep reading": nothing changes. */
  keep(): void {
    this.reset();
  }

  reset(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
    this.#asking = false;
    this.#remaining = 0;
  }

  snapshot(): DoneSnapshot {
    return { asking: this.#asking, remaining: this.#remaining };
  }
}
