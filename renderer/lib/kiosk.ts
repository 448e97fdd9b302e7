// The ONE wrapper around the preload's `window.kiosk` bridge. Everything in the renderer that talks to main
// goes through here. Where the bridge is absent (`npm run web`, e2e in plain Chromium) it falls back to a
// browser stand-in: DEFAULT_CONFIG (or a test hook, below, checked by the kiosk's own validator), usage
// counts in memory, a no-op heartbeat.
//
// Test hook: a test may define `window.__KIOSK_TEST_CONFIG__` (a partial KioskConfig) before the page loads,
// e.g. `page.addInitScript(() => { window.__KIOSK_TEST_CONFIG__ = { idle_seconds: 60 }; })`. It is read only
// in the browser fallback, i.e. only when `window.kiosk` is absent, so it cannot act inside Electron, where the
// preload always exposes `window.kiosk`. `window.__KIOSK_TEST_PIN__` (a string) is the PIN the fallback
// accepts when the test config carries a `staff_pin_hash` (the browser cannot run scrypt; the hash itself is
// not checked). Wrong PINs go through the same PinGate as main's (5 tries, then locked for 5 minutes).
// `window.__KIOSK_TEST_RECORDINGS__` (`'<locale>/<page>#<card>'` → a path under `audio/`) gives a card a
// recording in the preview only, so tests play a fixture file without shipping one as patient content.
import { HEARTBEAT_INTERVAL_MS } from '../../electron/shared/healing-ladder';
import { PIN_LOCKOUT_MS, PIN_MAX_ATTEMPTS, createPinGate } from '../../electron/shared/pin-gate';
// The same pure day counting main uses, so the preview's staff panel shows what the kiosk would.
import { applyEvent, countPrint, emptyDay, localDay } from '../../electron/shared/usage-counts';
import type { DayCounts } from '../../electron/shared/usage-counts';
import { PREVIEW_PRINT_EVENT, printDecision } from '../../electron/shared/print-policy';
import type { KioskConfig } from '../../electron/shared/config-schema';
import { validateConfig } from '../../electron/shared/config-validate';
import type {
  ExportResult,
  HeartbeatState,
  KioskApi,
  PinAttempt,
  PinResult,
  PrintResult,
  RendererLoadedConfig,
  UsageEvent,
  UsageSummary,
} from '../../electron/shared/ipc-contract';
import { toRendererConfig } from '../../electron/shared/ipc-contract';

/** What this module reads from `window`: the preload's bridge, or the browser preview's test hooks. */
type KioskWindow = Window & {
  kiosk?: KioskApi;
  __KIOSK_TEST_CONFIG__?: Partial<KioskConfig>;
  __KIOSK_TEST_PIN__?: string;
  __KIOSK_TEST_RECORDINGS__?: Record<string, unknown>;
};

const win = window as KioskWindow;

const UNAVAILABLE = 'Not available in the browser preview: only the kiosk app can do this.';

/** The browser stand-in for the preload bridge. */
function createBrowserFallback(): KioskApi {
  // The same per-key fallback and warnings as main's, so e2e tests exercise the real validation.
  const { config, warnings } = validateConfig(win.__KIOSK_TEST_CONFIG__ ?? {});
  const days: DayCounts[] = [];
  const todayCounts = (): DayCounts => {
    const today = localDay(new Date());
    let day = days.at(-1);
    if (!day || day.day !== today) {
      day = emptyDay(today);
      days.push(day);
    }
    return day;
  };
  let lastPrintAt: number | null = null;
  // The same brake as main's, so the browser tests see the kiosk's lockout.
  const pinGate = createPinGate({
    maxAttempts: PIN_MAX_ATTEMPTS,
    lockoutMs: PIN_LOCKOUT_MS,
    now: () => Date.now(),
  });

  return {
    heartbeat(_state: HeartbeatState): void {
      // Nothing watches the page in a plain browser.
    },
    getConfig(): Promise<RendererLoadedConfig> {
      return Promise.resolve(toRendererConfig({ config, warnings, path: null }));
    },
    recordUsage(event: UsageEvent): void {
      if (!config.usage_counts) return;
      applyEvent(todayCounts(), event);
    },
    getUsage(): Promise<UsageSummary> {
      return Promise.resolve({ enabled: config.usage_counts, days: structuredClone(days), notice: null });
    },
    exportUsage(): Promise<ExportResult> {
      return Promise.resolve({ ok: false, reason: UNAVAILABLE });
    },
    checkPin(attempt: PinAttempt): Promise<PinResult> {
      if (!config.staff_pin_hash) return Promise.resolve({ status: 'not-configured' });
      const testPin = win.__KIOSK_TEST_PIN__;
      return Promise.resolve(pinGate.check(() => testPin !== undefined && attempt.pin === testPin));
    },
    restart(): Promise<void> {
      return Promise.reject(new Error(UNAVAILABLE));
    },
    exit(): Promise<void> {
      return Promise.reject(new Error(UNAVAILABLE));
    },
    printSummary(): Promise<PrintResult> {
      // The same rules as main; the page is then printed to PDF by whoever listens (tests: page.pdf).
      const decision = printDecision(config.printer, lastPrintAt, Date.now());
      if (decision === 'disabled') return Promise.reject(new Error('take-home:print refused'));
      if (decision === 'too-soon') return Promise.resolve({ ok: false, reason: 'too-soon' });
      lastPrintAt = Date.now();
      if (config.usage_counts) countPrint(todayCounts());
      window.dispatchEvent(new Event(PREVIEW_PRINT_EVENT));
      return Promise.resolve({ ok: true });
    },
  };
}

const bridge: KioskApi = win.kiosk ?? createBrowserFallback();

/** True inside the Electron kiosk; false in the browser preview (restart/exit/export are unavailable). */
export const isKioskApp: boolean = win.kiosk !== undefined;

/** The preview's test recordings (never inside the app): same-origin paths under `audio/` only. */
export function testRecordings(): Record<string, string> {
  if (isKioskApp) return {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(win.__KIOSK_TEST_RECORDINGS__ ?? {}))
    if (typeof value === 'string' && /^audio\/[\w./-]+$/.test(value) && !value.includes('..'))
      out[key] = value;
  return out;
}

export const kiosk = {
  getConfig: (): Promise<RendererLoadedConfig> => bridge.getConfig(),
  recordUsage: (event: UsageEvent): void => bridge.recordUsage(event),
  getUsage: (): Promise<UsageSummary> => bridge.getUsage(),
  exportUsage: (): Promise<ExportResult> => bridge.exportUsage(),
  checkPin: (attempt: PinAttempt): Promise<PinResult> => bridge.checkPin(attempt),
  restart: (): Promise<void> => bridge.restart(),
  exit: (): Promise<void> => bridge.exit(),
  printSummary: (): Promise<PrintResult> => bridge.printSummary(),
  /** Starts the "UI is alive" beat, each carrying the screen state `state()` reads at that moment (main's
   * recycle rung acts only on an idle attract screen); returns a function that stops it. */
  startHeartbeat(state: () => HeartbeatState, intervalMs: number = HEARTBEAT_INTERVAL_MS): () => void {
    bridge.heartbeat(state());
    const timer = window.setInterval(() => bridge.heartbeat(state()), intervalMs);
    return () => window.clearInterval(timer);
  },
};
