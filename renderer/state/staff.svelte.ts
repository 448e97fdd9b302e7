// The staff side: the hidden corner hold, the PIN pad, the staff panel and cleaning mode. The PIN itself is
// checked by main (kiosk.checkPin); this class only keeps what the pad and panel show, and their timers.
import type { RendererLoadedConfig } from '../../electron/shared/ipc-contract';
import type { ExportResult, UsageSummary } from '../../electron/shared/ipc-contract';
import { kiosk } from '../lib/kiosk';
import {
  appendDigit,
  canSubmitPin,
  CLEANING_SECONDS,
  CORNER_HOLD_MS,
  isInCorner,
  lockMinutes,
  STAFF_IDLE_MS,
} from '../lib/staff-view';
import { secondsLeft } from '../lib/idle-timer';

/** closed: nothing showing; pin: the PIN pad; panel: the staff panel; not-configured: how to set a PIN. */
export type StaffPhase = 'closed' | 'pin' | 'panel' | 'not-configured';

export type PinMessage =
  | { kind: 'wrong'; attemptsLeft: number }
  | { kind: 'locked'; minutes: number }
  | { kind: 'too-short' }
  | { kind: 'error' };

export type StaffSnapshot = {
  phase: StaffPhase;
  digits: number;
  message: PinMessage | null;
  cleaning: boolean;
  locked: boolean;
};

class StaffState {
  phase = $state<StaffPhase>('closed');
  /** The digits typed so far. Only their count is ever shown (as dots). */
  entry = $state('');
  message = $state.raw<PinMessage | null>(null);
  checking = $state(false);
  /** Until when (ms since epoch) the pad stays disabled after too many wrong PINs. */
  lockedUntil = $state<number | null>(null);
  cleaning = $state(false);
  cleaningRemaining = $state(0);
  usage = $state.raw<UsageSummary | null>(null);
  usageError = $state(false);
  loaded = $state.raw<RendererLoadedConfig | null>(null);
  exportResult = $state.raw<ExportResult | null>(null);
  exporting = $state(false);
  confirming = $state<'restart' | 'exit' | null>(null);
  actionError = $state<string | null>(null);

  #idleHandle: ReturnType<typeof setTimeout> | null = null;
  #lockHandle: ReturnType<typeof setTimeout> | null = null;
  #cleaningHandle: ReturnType<typeof setInterval> | null = null;
  #holdHandle: ReturnType<typeof setTimeout> | null = null;
  #holdPointer: number | null = null;
  /** Bumped on close, so a PIN answer that arrives after the pad closed is ignored. */
  #generation = 0;

  get open(): boolean {
    return this.phase !== 'closed';
  }

  get locked(): boolean {
    return this.lockedUntil !== null;
  }

  // --- The hidden corner ---------------------------------------------------------------------------------

  /** A press began; a press in the corner held for the full CORNER_HOLD_MS opens the PIN pad. */
  cornerDown(x: number, y: number, pointerId: number, onOpened: () => void): void {
    if (this.#holdPointer !== null) {
      // A second finger anywhere is not a deliberate hold.
      this.cornerCancel();
      return;
    }
    if (this.open || this.cleaning || !isInCorner(x, y)) return;
    this.#holdPointer = pointerId;
    this.#holdHandle = setTimeout(() => {
      this.#holdHandle = null;
      this.#holdPointer = null;
      this.openPad();
      onOpened();
    }, CORNER_HOLD_MS);
  }

  /** The finger slid: leaving the corner cancels the hold. */
  cornerMove(x: number, y: number, pointerId: number): void {
    if (pointerId === this.#holdPointer && !isInCorner(x, y)) this.cornerCancel();
  }

  cornerUp(pointerId: number): void {
    if (pointerId === this.#holdPointer) this.cornerCancel();
  }

  cornerCancel(): void {
    if (this.#holdHandle !== null) clearTimeout(this.#holdHandle);
    this.#holdHandle = null;
    this.#holdPointer = null;
  }

  // --- PIN pad ------------------------------------------------------------------------------------------

  openPad(): void {
    this.phase = 'pin';
    this.entry = '';
    this.message = null;
    if (this.lockedUntil !== null) {
      this.message = { kind: 'locked', minutes: lockMinutes(secondsLeft(this.lockedUntil, Date.now())) };
    }
    this.activity();
  }

  pressDigit(digit: string): void {
    if (this.phase !== 'pin' || this.locked || this.checking) return;
    this.entry = appendDigit(this.entry, digit);
    if (this.message?.kind === 'too-short' || this.message?.kind === 'error') this.message = null;
  }

  deleteDigit(): void {
    if (this.phase !== 'pin' || this.checking) return;
    this.entry = this.entry.slice(0, -1);
  }

  async submit(): Promise<void> {
    if (this.phase !== 'pin' || this.locked || this.checking) return;
    if (!canSubmitPin(this.entry)) {
      this.message = { kind: 'too-short' };
      return;
    }
    const pin = this.entry;
    const generation = this.#generation;
    this.entry = '';
    this.checking = true;
    try {
      const result = await kiosk.checkPin({ pin });
      if (generation !== this.#generation) return;
      switch (result.status) {
        case 'ok':
          this.message = null;
          this.phase = 'panel';
          void this.#loadPanel(generation);
          break;
        case 'not-configured':
          this.message = null;
          this.phase = 'not-configured';
          break;
        case 'wrong':
          this.message = { kind: 'wrong', attemptsLeft: result.attemptsLeft };
          break;
        case 'locked':
          this.#lock(result.retryAfterSeconds);
          break;
      }
    } catch {
      if (generation === this.#generation) this.message = { kind: 'error' };
    } finally {
      if (generation === this.#generation) this.checking = false;
    }
    this.activity();
  }

  #lock(retryAfterSeconds: number): void {
    const ms = Math.max(1, retryAfterSeconds) * 1000;
    this.lockedUntil = Date.now() + ms;
    this.message = { kind: 'locked', minutes: lockMinutes(retryAfterSeconds) };
    if (this.#lockHandle !== null) clearTimeout(this.#lockHandle);
    this.#lockHandle = setTimeout(() => {
      this.#lockHandle = null;
      this.lockedUntil = null;
      if (this.message?.kind === 'locked') this.message = null;
    }, ms);
  }

  // --- Staff panel ----------------------------------------------------------------------------------------

  async #loadPanel(generation: number): Promise<void> {
    const [usage, loaded] = await Promise.allSettled([kiosk.getUsage(), kiosk.getConfig()]);
    if (generation !== this.#generation) return;
    if (usage.status === 'fulfilled') this.usage = usage.value;
    else this.usageError = true;
    if (loaded.status === 'fulfilled') this.loaded = loaded.value;
  }

  async exportCsv(): Promise<void> {
    const generation = this.#generation;
    this.exporting = true;
    let result: ExportResult;
    try {
      result = await kiosk.exportUsage();
    } catch (error) {
      result = { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    if (generation !== this.#generation) return;
    this.exportResult = result;
    this.exporting = false;
  }

  /** Restart and exit ask once more before acting. */
  confirm(action: 'restart' | 'exit' | null): void {
    this.confirming = action;
    this.actionError = null;
  }

  async runConfirmed(): Promise<void> {
    const action = this.confirming;
    if (!action) return;
    try {
      await (action === 'restart' ? kiosk.restart() : kiosk.exit());
    } catch (error) {
      this.actionError = error instanceof Error ? error.message : String(error);
    }
    this.confirming = null;
  }

  // --- Cleaning mode --------------------------------------------------------------------------------------

  startCleaning(): void {
    if (this.phase !== 'panel' || this.cleaning) return;
    this.#clearIdle();
    const deadline = Date.now() + CLEANING_SECONDS * 1000;
    this.cleaning = true;
    this.cleaningRemaining = CLEANING_SECONDS;
    this.#cleaningHandle = setInterval(() => {
      this.cleaningRemaining = secondsLeft(deadline, Date.now());
      if (this.cleaningRemaining <= 0) this.#endCleaning();
    }, 1000);
  }

  #endCleaning(): void {
    if (this.#cleaningHandle !== null) clearInterval(this.#cleaningHandle);
    this.#cleaningHandle = null;
    this.cleaning = false;
    this.cleaningRemaining = 0;
    this.activity();
  }

  // --- Closing ------------------------------------------------------------------------------------------

  /** Any touch or key while the pad or panel is open: the 60-second self-close starts again. */
  activity(): void {
    if (this.phase === 'closed' || this.cleaning) return;
    this.#clearIdle();
    this.#idleHandle = setTimeout(() => this.close(), STAFF_IDLE_MS);
  }

  close(): void {
    this.#generation += 1;
    this.#clearIdle();
    if (this.cleaning) this.#endCleaning();
    this.#clearIdle();
    this.cornerCancel();
    this.phase = 'closed';
    this.entry = '';
    this.message = null;
    this.checking = false;
    this.usage = null;
    this.usageError = false;
    this.loaded = null;
    this.exportResult = null;
    this.exporting = false;
    this.confirming = null;
    this.actionError = null;
  }

  snapshot(): StaffSnapshot {
    return {
      phase: this.phase,
      digits: this.entry.length,
      message: this.message,
      cleaning: this.cleaning,
      locked: this.locked,
    };
  }

  #clearIdle(): void {
    if (this.#idleHandle !== null) clearTimeout(this.#idleHandle);
    this.#idleHandle = null;
  }
}

export const staff = new StaffState();
