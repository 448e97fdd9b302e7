// The one IPC contract between the renderer and main. The preload exposes exactly `KioskApi` as
// `window.kiosk`, one method per capability; main registers one handler per channel and validates every
// payload with the schemas below (and the sender) before acting.
import * as v from 'valibot';
import type { ConfigWarning, KioskConfig, LoadedConfig } from './config-schema';
import { AUDIENCES, LOCALES, PATH_IDS } from './content-types';
import { PageIdSchema } from './page-id';
import type { DayCounts } from './usage-counts';

export const IPC_CHANNELS = {
  /** renderer → main (send, HeartbeatState): "the UI is alive", and whether it is idle at the attract screen;
   * feeds the self-healing ladder and its recycle rung. */
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

export const TEXT_SIZE_STEPS = [100, 125, 150, 200] as const;
export type TextSizeStep = (typeof TEXT_SIZE_STEPS)[number];

export const SESSION_LENGTH_BUCKETS = ['<1m', '1-3m', '3-10m', '10-30m', '30m+'] as const;
export type SessionLengthBucket = (typeof SESSION_LENGTH_BUCKETS)[number];

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
  heartbeat(state: HeartbeatState): void;
  getConfig(): Promise<RendererLoadedConfig>;
  recordUsage(event: UsageEvent): void;
  getUsage(): Promise<UsageSummary>;
  exportUsage(): Promise<ExportResult>;
  checkPin(attempt: PinAttempt): Promise<PinResult>;
  restart(): Promise<void>;
  exit(): Promise<void>;
  printSummary(): Promise<PrintResult>;
};

/** Anonymous, per-day usage events. No timestamps finer than the day, no sequences, nothing typed. */
export const UsageEventSchema = v.variant('type', [
  v.strictObject({ type: v.literal('visit:start') }),
  v.strictObject({ type: v.literal('tour:finish') }),
  v.strictObject({ type: v.literal('page:view'), pageId: PageIdSchema }),
  v.strictObject({ type: v.literal('locale'), locale: v.picklist(LOCALES) }),
  v.strictObject({ type: v.literal('text-size'), step: v.picklist(TEXT_SIZE_STEPS) }),
  v.strictObject({ type: v.literal('visit:end'), bucket: v.picklist(SESSION_LENGTH_BUCKETS) }),
  /** A visitor started a path (the essentials, a stage of treatment, the full guide). */
  v.strictObject({ type: v.literal('path:start'), path: v.picklist(PATH_IDS) }),
  /** A visitor answered "Who is this for?". */
  v.strictObject({ type: v.literal('audience'), audience: v.picklist(AUDIENCES) }),
  /** A take-home QR code was shown (never which page or which questions). */
  v.strictObject({ type: v.literal('take-home:qr') }),
]);
export type UsageEvent = v.InferOutput<typeof UsageEventSchema>;

/** The most visits a page can report: a bound on the payload, not a rule of the kiosk. */
const HEARTBEAT_VISITS_MAX = 1_000_000;

/** Each heartbeat's screen state: on the attract screen with no visit running, and how many visits began since
 * this page loaded (a reload starts again at 0). */
export const HeartbeatStateSchema = v.strictObject({
  attract: v.boolean(),
  visits: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(HEARTBEAT_VISITS_MAX)),
});
export type HeartbeatState = v.InferOutput<typeof HeartbeatStateSchema>;

/** A staff PIN attempt: 4 to 12 digits, nothing else (main's scrypt check never sees anything longer). */
export const PinAttemptSchema = v.strictObject({ pin: v.pipe(v.string(), v.regex(/^[0-9]{4,12}$/)) });
export type PinAttempt = v.InferOutput<typeof PinAttemptSchema>;

/** For channels that take no payload: only `undefined` is accepted. */
export const EmptyPayloadSchema = v.undefined();

export type PayloadCheck<T> = { ok: true; payload: T } | { ok: false; problem: string };

/**
 * Main runs every payload through its channel's schema. A refusal says where and what was expected, in
 * words safe for the log: never the value received (a refused PIN attempt must not reach the log).
 */
export function checkPayload<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
): PayloadCheck<v.InferOutput<S>> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return { ok: true, payload: result.output };
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  const where = path === null || path === '' ? 'payload' : path;
  const expected =
    issue.type === 'strict_object' && path !== null
      ? 'no such key'
      : `expected ${issue.expected ?? issue.type}`;
  return { ok: false, problem: `${where}: ${expected}` };
}

/** True for a payload `usage:record` accepts. */
export function isUsageEvent(value: unknown): value is UsageEvent {
  return v.is(UsageEventSchema, value);
}

/** The custom scheme and host that serve the UI; the only origin the kiosk ever shows. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
