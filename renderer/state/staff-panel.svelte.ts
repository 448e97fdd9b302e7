// One opening of the staff panel: what it loaded (usage counts, the config as main read it), the CSV export
// and the restart/exit confirmation. A fresh object each time the PIN is right, dropped on close, so nothing
// of one opening can show in the next; answers that arrive after close are dropped.
import type {
  ExportResult,
  PinResult,
  RendererLoadedConfig,
  UsageSummary,
} from '../../electron/shared/ipc-contract';

export type PanelKind = Extract<PinResult['status'], 'ok' | 'not-configured'>;
export type KioskAction = 'restart' | 'exit';

export type PanelApi = {
  getUsage: () => Promise<UsageSummary>;
  getConfig: () => Promise<RendererLoadedConfig>;
  exportUsage: () => Promise<ExportResult>;
  restart: () => Promise<void>;
  exit: () => Promise<void>;
};

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class StaffPanelSession {
  /** 'ok': the staff panel; 'not-configured': how to set a PIN. */
  readonly kind: PanelKind;
  #usage = $state.raw<UsageSummary | null>(null);
  #usageError = $state(false);
  #loaded = $state.raw<RendererLoadedConfig | null>(null);
  #exportResult = $state.raw<ExportResult | null>(null);
  #exporting = $state(false);
  #confirming = $state<KioskAction | null>(null);
  #actionError = $state<string | null>(null);
  #closed = false;
  readonly #api: PanelApi;

  constructor(kind: PanelKind, api: PanelApi) {
    this.kind = kind;
    this.#api = api;
    if (kind === 'ok') void this.#load();
  }

  get usage(): UsageSummary | null {
    return this.#usage;
  }
  get usageError(): boolean {
    return this.#usageError;
  }
  get loaded(): RendererLoadedConfig | null {
    return this.#loaded;
  }
  get exportResult(): ExportResult | null {
    return this.#exportResult;
  }
  get exporting(): boolean {
    return this.#exporting;
  }
  get confirming(): KioskAction | null {
    return this.#confirming;
  }
  get actionError(): string | null {
    return this.#actionError;
  }

  async exportCsv(): Promise<void> {
    if (this.#exporting) return;
    this.#exporting = true;
    let result: ExportResult;
    try {
      result = await this.#api.exportUsage();
    } catch (error) {
      result = { ok: false, reason: message(error) };
    }
    if (this.#closed) return;
    this.#exportResult = result;
    this.#exporting = false;
  }

  /** Restart and exit ask once more before acting; null takes the question back. */
  confirm(action: KioskAction | null): void {
    this.#confirming = action;
    this.#actionError = null;
  }

  async runConfirmed(): Promise<void> {
    const action = this.#confirming;
    if (!action) return;
    try {
      await (action === 'restart' ? this.#api.restart() : this.#api.exit());
    } catch (error) {
      if (!this.#closed) this.#actionError = message(error);
    }
    this.#confirming = null;
  }

  /** The panel closed: nothing that arrives later is shown. */
  close(): void {
    this.#closed = true;
  }

  async #load(): Promise<void> {
    const [usage, loaded] = await Promise.allSettled([this.#api.getUsage(), this.#api.getConfig()]);
    if (this.#closed) return;
    if (usage.status === 'fulfilled') this.#usage = usage.value;
    else this.#usageError = true;
    if (loaded.status === 'fulfilled') this.#loaded = loaded.value;
  }
}
