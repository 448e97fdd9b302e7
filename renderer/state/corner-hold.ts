// The hidden staff gesture: one finger held in the corner for the full hold time. A second finger, a slide
// out of the corner or a lift cancels it. No screen state of its own, so plain TypeScript.
import { CORNER_HOLD_MS, isInCorner } from '../lib/staff-view';

export type CornerHoldOptions = {
  /** Whether a hold may begin now (not while the pad, panel or cleaning mode is showing). */
  canStart: () => boolean;
  /** The hold lasted CORNER_HOLD_MS. */
  onHeld: () => void;
  holdMs?: number;
};

export class CornerHold {
  readonly #canStart: () => boolean;
  readonly #onHeld: () => void;
  readonly #holdMs: number;
  #handle: ReturnType<typeof setTimeout> | null = null;
  #pointer: number | null = null;

  constructor(options: CornerHoldOptions) {
    this.#canStart = options.canStart;
    this.#onHeld = options.onHeld;
    this.#holdMs = options.holdMs ?? CORNER_HOLD_MS;
  }

  /** A press began; returns true when it started a hold. */
  down(x: number, y: number, pointerId: number): boolean {
    if (this.#pointer !== null) {
      // A second finger anywhere is not a deliberate hold.
      this.cancel();
      return false;
    }
    if (!this.#canStart() || !isInCorner(x, y)) return false;
    this.#pointer = pointerId;
    this.#handle = setTimeout(() => {
      this.#handle = null;
      this.#pointer = null;
      this.#onHeld();
    }, this.#holdMs);
    return true;
  }

  /** The finger slid: leaving the corner cancels the hold. */
  move(x: number, y: number, pointerId: number): void {
    if (pointerId === this.#pointer && !isInCorner(x, y)) this.cancel();
  }

  up(pointerId: number): void {
    if (pointerId === this.#pointer) this.cancel();
  }

  cancel(): void {
    if (this.#handle !== null) clearTimeout(this.#handle);
    this.#handle = null;
    this.#pointer = null;
  }
}
