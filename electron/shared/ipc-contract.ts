// The one IPC contract between the renderer and main. The preload exposes exactly `KioskApi` as
// `window.kiosk`, one method per capability; main registers one handler per channel and validates every
// payload with the validators below (and the sender) before acting.
import type { ConfigWarning, KioskConfig, LoadedConfig } from './config-schema';
import type { Locale } from './content-types';

export const IPC_CHANNELS = {
  /** renderer → main (send): "the UI is alive"; feeds the self-healing ladder. */
  heartbeat: 'kiosk:heartbeat',
  /** invoke → RendererLoadedConfig (the site config without the PIN hash). */
  getConfig: 'config:get',
  /** renderer → main (send): one anonymous usage event. */
  recordUsage: 'usage:record',
  /** invoke → UsageSummary for the staff panel. */
  getUsage: 'usage:get',
  /** invoke → ExportResult: writes a CSV of the counts to user data. */
  exportUsage: 'usage:export-csv',
  /** invoke(PinAttempt) → PinResult. */
  checkPin: 'staff:check-pin',
  /** invoke → void: relaunch the kiosk (staff only, after a PIN). */
  restart: 'staff:restart',
  /** invoke → void: quit the kiosk (staff only, after a PIN). */
  exit: 'staff:exit',
  /** invoke → PrintResult: print the page's take-home summary (the window's print view) to the site printer. */
  printSummary: 'take-home:print',
} as const;
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

export const TEXT_SIZE_STEPS = [100, 125, 150, 200] as const;
export type TextSizeStep = (typeof TEXT_SIZE_STEPS)[number];

export const SESSION_LENGTH_BUCKETS = ['<1m', '1-3m', '3-10m', '10-30m', '30m+'] as const;
export type SessionLengthBucket = (typeof SESSION_LENGTH_BUCKETS)[number];

/** Anonymous, per-day usage events. No timestamps finer than the day, no sequences, nothing typed. */
export type UsageEvent =
  | { type: 'visit:start' }
  | { type: 'tour:finish' }
  | { type: 'page:view'; pageId: string }
  | { type: 'locale'; locale: Locale }
  | { type: 'text-size'; step: TextSizeStep }
  | { type: 'visit:end'; bucket: SessionLengthBucket }
  /** A take-home QR code was shown (never which page or which questions). */
  | { type: 'take-home:qr' };

export type DayCounts = {
  /** `YYYY-MM-DD`, local time. */
  day: string;
  sessions: number;
  toursFinished: number;
  pageViews: Record<string, number>;
  locales: Partial<Record<Locale, number>>;
  textSizes: Partial<Record<`${TextSizeStep}`, number>>;
  sessionLengths: Partial<Record<SessionLengthBucket, number>>;
  /** Take-home QR codes shown; absent on days before it was counted. */
  qrShown?: number;
  /** Summaries printed (counted by main when the printer took the job); never what was printed. */
  prints?: number;
};

export type UsageSummary = {
  enabled: boolean;
  /** Newest last; at most the last 30 days. */
  days: DayCounts[];
  /** Set when a corrupt store was moved aside and counting started fresh. */
  notice: string | null;
};

export type ExportResult = { ok: true; path: string } | { ok: false; reason: string };

/** No visitor data crosses: main prints what the window shows in print media, and counts only that it did. */
export type PrintResult = { ok: true } | { ok: false; reason: 'disabled' | 'too-soon' | 'failed' };

export type PinAttempt = { pin: string };
export type PinResult =
  | { status: 'ok' }
  | { status: 'wrong'; attemptsLeft: number }
  | { status: 'locked'; retryAfterSeconds: number }
  | { status: 'not-configured' };

/** The site config as the renderer sees it: the PIN hash never leaves main, only whether one is set. */
export type RendererConfig = Omit<KioskConfig, 'staff_pin_hash'> & { staffPinConfigured: boolean };

export type RendererLoadedConfig = {
  config: RendererConfig;
  warnings: ConfigWarning[];
  /** Where the file was looked for (shown to staff); null in the browser preview. */
  path: string | null;
};

/** The `config:get` reply: everything but `staff_pin_hash`, which main alone uses to check PINs. */
export function toRendererConfig(loaded: LoadedConfig): RendererLoadedConfig {
  const { staff_pin_hash: hash, ...rest } = loaded.config;
  return {
    config: { ...rest, staffPinConfigured: hash !== null },
    warnings: loaded.warnings.map((warning) => ({ ...warning })),
    path: loaded.path,
  };
}

/** What `window.kiosk` offers. Nothing else crosses the bridge. */
export type KioskApi = {
  heartbeat(): void;
  getConfig(): Promise<RendererLoadedConfig>;
  recordUsage(event: UsageEvent): void;
  getUsage(): Promise<UsageSummary>;
  exportUsage(): Promise<ExportResult>;
  checkPin(attempt: PinAttempt): Promise<PinResult>;
  restart(): Promise<void>;
  exit(): Promise<void>;
  printSummary(): Promise<PrintResult>;
};

const PAGE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PIN = /^[0-9]{4,12}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

/** Main calls this on every `usage:record` payload; anything else is dropped and logged. */
export function isUsageEvent(value: unknown): value is UsageEvent {
  if (!isRecord(value) || typeof value.type !== 'string') return false;
  switch (value.type) {
    case 'visit:start':
    case 'tour:finish':
    case 'take-home:qr':
      return hasOnlyKeys(value, ['type']);
    case 'page:view':
      return (
        hasOnlyKeys(value, ['type', 'pageId']) &&
        typeof value.pageId === 'string' &&
        value.pageId.length <= 64 &&
        PAGE_ID.test(value.pageId)
      );
    case 'locale':
      return hasOnlyKeys(value, ['type', 'locale']) && (value.locale === 'en' || value.locale === 'es');
    case 'text-size':
      return (
        hasOnlyKeys(value, ['type', 'step']) && (TEXT_SIZE_STEPS as readonly unknown[]).includes(value.step)
      );
    case 'visit:end':
      return (
        hasOnlyKeys(value, ['type', 'bucket']) &&
        (SESSION_LENGTH_BUCKETS as readonly unknown[]).includes(value.bucket)
      );
    default:
      return false;
  }
}

/** Main calls this on every `staff:check-pin` payload. */
export function isPinAttempt(value: unknown): value is PinAttempt {
  return (
    isRecord(value) && hasOnlyKeys(value, ['pin']) && typeof value.pin === 'string' && PIN.test(value.pin)
  );
}

/** For channels that take no payload: only `undefined` is accepted. */
export function isEmptyPayload(value: unknown): value is undefined {
  return value === undefined;
}

/** The custom scheme and host that serve the UI; the only origin the kiosk ever shows. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
