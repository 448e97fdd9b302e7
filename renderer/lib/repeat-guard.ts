// A tremor or a double-tap habit must not skip a card: a second press on the same navigation control within
// REPEAT_IGNORE_MS of the one before is ignored.

export const REPEAT_IGNORE_MS = 350;

export class RepeatGuard {
  readonly #last = new Map<string, number>();
  readonly #windowMs: number;
  readonly #now: () => number;

  constructor(windowMs: number = REPEAT_IGNORE_MS, now: () => number = () => performance.now()) {
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /**
   * Whether a press on control `key` should act. Every press, even an ignored one, restarts the window, so a
   * burst of shaky taps counts as one.
   */
  accept(key: string): boolean {
    const now = this.#now();
    const last = this.#last.get(key);
    this.#last.set(key, now);
    return last === undefined || now - last >= this.#windowMs;
  }
}
