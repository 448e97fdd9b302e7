// The staff side, composed of its four parts: the hidden corner hold, the PIN pad, one staff-panel opening at
// a time, and cleaning mode. The PIN is checked by main; this keeps only what the screens show, the 60-second
// self-close and the order of things (hold → pad → panel → cleaning → panel → close).
import type { PinAttempt, PinResult } from '../../electron/shared/ipc-contract';
import { kiosk } from '../lib/kiosk';
import { STAFF_IDLE_MS } from '../lib/staff-view';
import { CleaningMode } from './cleaning.svelte';
import { CornerHold } from './corner-hold';
import { PinPad, type PinPadSnapshot } from './pin-pad.svelte';
import { StaffPanelSession, type PanelApi, type PanelKind } from './staff-panel.svelte';

/** closed: nothing showing; pin: the PIN pad; panel: the staff panel; not-configured: how to set a PIN. */
export type StaffPhase = 'closed' | 'pin' | 'panel' | 'not-configured';

export type StaffSnapshot = {
  phase: StaffPhase;
  pad: PinPadSnapshot;
  cleaning: boolean;
};

export type StaffApi = PanelApi & { checkPin: (attempt: PinAttempt) => Promise<PinResult> };

export type StaffOptions = { api: StaffApi; idleMs?: number };

export class StaffState {
  readonly pad: PinPad;
  readonly cleaning: CleaningMode;
  readonly corner: CornerHold;
  #panel = $state.raw<StaffPanelSession | null>(null);
  #idleHandle: ReturnType<typeof setTimeout> | null = null;
  readonly #api: StaffApi;
  readonly #idleMs: number;

  constructor(options: StaffOptions) {
    this.#api = options.api;
    this.#idleMs = options.idleMs ?? STAFF_IDLE_MS;
    this.pad = new PinPad({
      checkPin: (attempt) => this.#api.checkPin(attempt),
      onAnswer: (kind) => this.#openPanel(kind),
      onActivity: () => this.activity(),
    });
    this.cleaning = new CleaningMode({ onEnd: () => this.activity() });
    this.corner = new CornerHold({
      canStart: () => !this.open && !this.cleaning.active,
      onHeld: () => this.openPad(),
    });
  }

  get phase(): StaffPhase {
    if (this.pad.isOpen) return 'pin';
    if (this.#panel === null) return 'closed';
    return this.#panel.kind === 'ok' ? 'panel' : 'not-configured';
  }

  get open(): boolean {
    return this.phase !== 'closed';
  }

  /** The staff panel's current opening, or null. */
  get panel(): StaffPanelSession | null {
    return this.#panel;
  }

  openPad(): void {
    this.pad.open();
    this.activity();
  }

  startCleaning(): void {
    if (this.phase !== 'panel' || this.cleaning.active) return;
    this.#clearIdle();
    this.cleaning.start();
  }

  /** Any touch or key while the pad or panel is open: the self-close starts again. */
  activity(): void {
    if (!this.open || this.cleaning.active) return;
    this.#clearIdle();
    this.#idleHandle = setTimeout(() => this.close(), this.#idleMs);
  }

  close(): void {
    this.cleaning.stop();
    this.#clearIdle();
    this.corner.cancel();
    this.pad.close();
    this.#panel?.close();
    this.#panel = null;
  }

  snapshot(): StaffSnapshot {
    return { phase: this.phase, pad: this.pad.snapshot(), cleaning: this.cleaning.active };
  }

  #openPanel(kind: PanelKind): void {
    this.#panel = new StaffPanelSession(kind, this.#api);
  }

  #clearIdle(): void {
    if (this.#idleHandle !== null) clearTimeout(this.#idleHandle);
    this.#idleHandle = null;
  }
}

export const staff = new StaffState({ api: kiosk });
