// Pure aggregation of the anonymous per-day usage counts: apply an event to a day, check and prune the
// stored days, build the staff summary and the CSV text. No disk here (electron/main/usage-store.ts does
// that), so every rule below is unit-testable and the browser preview can reuse it.
import * as v from 'valibot';
import { AUDIENCES, LOCALES, PATH_IDS } from './content-types';
import type { Audience, Locale, PathId } from './content-types';
import { SESSION_LENGTH_BUCKETS, TEXT_SIZE_STEPS } from './ipc-contract';
import type { SessionLengthBucket, TextSizeStep, UsageEvent, UsageSummary } from './ipc-contract';
import { isRecord } from './is-record';
import { PageIdSchema } from './page-id';

/** Days kept in the file; older ones are pruned on load and on every write. */
export const MAX_DAYS = 400;
/** Days the staff panel shows. */
export const SUMMARY_DAYS = 30;
/** Distinct page ids counted per day, so a misbehaving renderer cannot grow the file without bound. */
export const MAX_PAGE_IDS_PER_DAY = 200;
/** Version of the JSON file's shape; a different version is treated as unreadable. */
export const USAGE_FILE_VERSION = 1;

/** A notice is shown to staff for this many days after the problem was found, across restarts. */
const NOTICE_DAYS = 30;

export type ApplyResult = 'counted' | 'page-cap';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TEXT_SIZE_KEYS = TEXT_SIZE_STEPS.map((step): `${TextSizeStep}` => `${step}`);

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The local calendar day of `date` as `YYYY-MM-DD` (the only time resolution the counts ever keep). */
export function localDay(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** `day` moved by `delta` calendar days (local dates, so daylight-saving changes do not matter). */
export function addDays(day: string, delta: number): string {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD day: ${day}`);
  // Noon keeps the date stable whatever the time zone's daylight-saving rules do at midnight.
  return localDay(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + delta, 12));
}

/** True for a real calendar date written as `YYYY-MM-DD` (rejects 2026-02-30). */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
  return localDay(date) === value;
}

const DaySchema = v.pipe(
  v.string(),
  v.check((day: string) => isDay(day), 'a real date written YYYY-MM-DD'),
);
const CountSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/**
 * A map of counts: a plain object of at most `maxKeys` own keys, each passing `key`, each a count. Written as
 * one check because valibot's record() accepts lists and skips keys such as `constructor`, a valid page id.
 */
function countMap<T extends Partial<Record<string, number>>>(key: v.GenericSchema<string>, maxKeys: number) {
  return v.custom<T>(
    (value) =>
      isRecord(value) &&
      Object.keys(value).length <= maxKeys &&
      Object.entries(value).every(([name, count]) => v.is(key, name) && v.is(CountSchema, count)),
    `at most ${maxKeys} known keys, each a whole count of 0 or more`,
  );
}

/** One stored day, checked key by key: right keys only, whole non-negative counts, known ids. */
const DayCountsSchema = v.strictObject({
  /** `YYYY-MM-DD`, local time. */
  day: DaySchema,
  sessions: CountSchema,
  toursFinished: CountSchema,
  pageViews: countMap<Record<string, number>>(PageIdSchema, MAX_PAGE_IDS_PER_DAY),
  locales: countMap<Partial<Record<Locale, number>>>(v.picklist(LOCALES), LOCALES.length),
  textSizes: countMap<Partial<Record<`${TextSizeStep}`, number>>>(
    v.picklist(TEXT_SIZE_KEYS),
    TEXT_SIZE_KEYS.length,
  ),
  sessionLengths: countMap<Partial<Record<SessionLengthBucket, number>>>(
    v.picklist(SESSION_LENGTH_BUCKETS),
    SESSION_LENGTH_BUCKETS.length,
  ),
  /** Path starts by path id (never which visitor, never in what order); absent in days stored before. */
  paths: v.optional(countMap<Partial<Record<PathId, number>>>(v.picklist(PATH_IDS), PATH_IDS.length), {}),
  /** Take-home QR codes shown; absent on days before it was counted. */
  qrShown: v.optional(CountSchema),
  /** Summaries printed (counted by main when the printer took the job); never what was printed. */
  prints: v.optional(CountSchema),
  /** "Who is this for?" answers; absent in days stored before. */
  audiences: v.optional(
    countMap<Partial<Record<Audience, number>>>(v.picklist(AUDIENCES), AUDIENCES.length),
    {},
  ),
});
export type DayCounts = v.InferOutput<typeof DayCountsSchema>;

/** A problem found on a day the staff are told about for NOTICE_DAYS; its text is cut to 500 characters. */
const StoredNoticeSchema = v.object({
  day: DaySchema,
  text: v.pipe(
    v.string(),
    v.transform((text) => text.slice(0, 500)),
  ),
});
export type StoredNotice = v.InferOutput<typeof StoredNoticeSchema>;

/**
 * usage-counts.json as a whole; its days are checked one by one after this, so one bad day never costs the
 * rest. The first problem found is the reason the file is moved aside.
 */
const UsageFileShape = v.pipe(
  v.custom<Record<string, unknown>>(isRecord, 'the file does not hold a JSON object'),
  v.check((file) => file.version === USAGE_FILE_VERSION, 'the file has an unknown version'),
  v.check((file) => Array.isArray(file.days), 'the file has no list of days'),
  v.object({
    version: v.literal(USAGE_FILE_VERSION),
    days: v.array(v.unknown()),
    notice: v.optional(v.unknown()),
  }),
);

/** What usage-counts.json holds. Days are sorted oldest first, one entry per day. */
export type UsageFile = { version: typeof USAGE_FILE_VERSION; days: DayCounts[]; notice?: StoredNotice };

/** True for a day entry the file may keep (the same check parseUsageFile applies to each). */
export function isDayCounts(value: unknown): value is DayCounts {
  return v.is(DayCountsSchema, value);
}

export function emptyDay(day: string): DayCounts {
  return {
    day,
    sessions: 0,
    toursFinished: 0,
    pageViews: {},
    locales: {},
    textSizes: {},
    sessionLengths: {},
    paths: {},
    audiences: {},
  };
}

/** A count read by own key only, so a page id such as `constructor` never finds Object.prototype's. */
function countOf(record: Partial<Record<string, number>>, key: string): number {
  return Object.hasOwn(record, key) ? (record[key] ?? 0) : 0;
}

function bump<K extends string>(record: Partial<Record<K, number>>, key: K): void {
  record[key] = countOf(record, key) + 1;
}

/**
 * Adds one (already validated) event to `counts`, in place. A page view for a new page id beyond
 * MAX_PAGE_IDS_PER_DAY is not counted and returns 'page-cap'.
 */
export function applyEvent(counts: DayCounts, event: UsageEvent): ApplyResult {
  switch (event.type) {
    case 'visit:start':
      counts.sessions += 1;
      break;
    case 'tour:finish':
      counts.toursFinished += 1;
      break;
    case 'page:view':
      if (
        !Object.hasOwn(counts.pageViews, event.pageId) &&
        Object.keys(counts.pageViews).length >= MAX_PAGE_IDS_PER_DAY
      ) {
        return 'page-cap';
      }
      bump(counts.pageViews, event.pageId);
      break;
    case 'locale':
      bump(counts.locales, event.locale);
      break;
    case 'text-size':
      bump(counts.textSizes, `${event.step}`);
      break;
    case 'visit:end':
      bump(counts.sessionLengths, event.bucket);
      break;
    case 'path:start':
      bump(counts.paths, event.path);
      break;
    case 'audience':
      bump(counts.audiences, event.audience);
      break;
    case 'take-home:qr':
      counts.qrShown = (counts.qrShown ?? 0) + 1;
      break;
  }
  return 'counted';
}

/** One summary printed (main calls this when the printer accepted the job). */
export function countPrint(counts: DayCounts): void {
  counts.prints = (counts.prints ?? 0) + 1;
}

export type ParsedUsageFile =
  | { ok: true; days: DayCounts[]; notice: StoredNotice | null; droppedDays: number }
  | { ok: false; reason: string };

/**
 * Reads the file's text. A wrong overall shape is `ok: false` (the caller moves the file aside); a right
 * shape with some bad or duplicate day entries keeps the good days and reports how many were dropped.
 */
export function parseUsageFile(text: string): ParsedUsageFile {
  if (text.trim() === '') return { ok: false, reason: 'the file is empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the file is not valid JSON' };
  }
  const shape = v.safeParse(UsageFileShape, data, { abortEarly: true });
  if (!shape.success) return { ok: false, reason: shape.issues[0].message };
  const byDay = new Map<string, DayCounts>();
  let droppedDays = 0;
  for (const entry of shape.output.days) {
    const day = v.safeParse(DayCountsSchema, entry);
    if (day.success && !byDay.has(day.output.day)) byDay.set(day.output.day, withLaterKeys(day.output));
    else droppedDays += 1;
  }
  const stored = v.safeParse(StoredNoticeSchema, shape.output.notice);
  const notice = stored.success ? stored.output : null;
  return { ok: true, days: sortDays([...byDay.values()]), notice, droppedDays };
}

/** A day stored before paths and audiences were counted reads as zero of each. */
function withLaterKeys(day: DayCounts): DayCounts {
  const stored = day as Partial<DayCounts> & Omit<DayCounts, 'paths' | 'audiences'>;
  return { ...day, paths: stored.paths ?? {}, audiences: stored.audiences ?? {} };
}

function sortDays(days: DayCounts[]): DayCounts[] {
  return days.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/**
 * Keeps the days inside the MAX_DAYS window that ends `today`, and never more than MAX_DAYS entries
 * (days after `today`, left by a clock that was once wrong, count towards that bound). Oldest first.
 */
export function pruneDays(days: readonly DayCounts[], today: string, maxDays = MAX_DAYS): DayCounts[] {
  const oldest = addDays(today, -(maxDays - 1));
  const kept = sortDays(days.filter((entry) => entry.day >= oldest));
  return kept.slice(Math.max(0, kept.length - maxDays));
}

/** The text of a stored notice while it is recent enough to show, else null. */
export function activeNotice(notice: StoredNotice | null, today: string): string | null {
  if (!notice) return null;
  return notice.day <= today && notice.day > addDays(today, -NOTICE_DAYS) ? notice.text : null;
}

/** The staff panel's view: the days with counts among the last SUMMARY_DAYS days, newest last. */
export function buildSummary(
  days: readonly DayCounts[],
  today: string,
  enabled: boolean,
  notice: string | null,
): UsageSummary {
  const oldest = addDays(today, -(SUMMARY_DAYS - 1));
  const recent = sortDays(days.filter((entry) => entry.day >= oldest && entry.day <= today));
  return { enabled, days: recent.map(cloneDay), notice };
}

export function cloneDay(day: DayCounts): DayCounts {
  return {
    day: day.day,
    sessions: day.sessions,
    toursFinished: day.toursFinished,
    pageViews: { ...day.pageViews },
    locales: { ...day.locales },
    textSizes: { ...day.textSizes },
    sessionLengths: { ...day.sessionLengths },
    paths: { ...day.paths },
    audiences: { ...day.audiences },
    ...(day.qrShown === undefined ? {} : { qrShown: day.qrShown }),
    ...(day.prints === undefined ? {} : { prints: day.prints }),
  };
}

/** One CSV field per RFC 4180; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

const BUCKET_HEADERS: Record<SessionLengthBucket, string> = {
  '<1m': 'visits under 1 min',
  '1-3m': 'visits 1-3 min',
  '3-10m': 'visits 3-10 min',
  '10-30m': 'visits 10-30 min',
  '30m+': 'visits 30+ min',
};

const AUDIENCE_HEADERS: Record<Audience, string> = {
  self: 'for me',
  child: 'for my child',
  carer: 'for someone I care for',
};

/** Config site_id / kiosk_id, carried into every exported row so exports from many kiosks can be merged. */
export type ExportIds = { siteId: string | null; kioskId: string | null };

/**
 * The export: one row per day (oldest first), a header row, CRLF line ends (RFC 4180). Fixed columns (with
 * one per path and one per "who is this for" answer), then one `views <page id>` column per page id seen in
 * any exported day, sorted; empty counts are 0. When the config names the site or kiosk, every row starts
 * with `site id` and `kiosk id`.
 */
export function usageCsv(days: readonly DayCounts[], ids: ExportIds | null = null): string {
  const sorted = sortDays([...days]);
  const pageIds = [...new Set(sorted.flatMap((entry) => Object.keys(entry.pageViews)))].sort();
  const header = [
    'date',
    'visits started',
    'tours finished',
    ...LOCALES.map((locale) => `language ${locale}`),
    ...TEXT_SIZE_STEPS.map((step) => `text size ${step}%`),
    ...SESSION_LENGTH_BUCKETS.map((bucket) => BUCKET_HEADERS[bucket]),
    ...PATH_IDS.map((path: PathId) => `path ${path}`),
    ...AUDIENCES.map((audience) => AUDIENCE_HEADERS[audience]),
    'take-home QR shown',
    'prints',
    ...pageIds.map((id) => `views ${id}`),
  ];
  const rows = sorted.map((entry) => [
    entry.day,
    entry.sessions,
    entry.toursFinished,
    ...LOCALES.map((locale) => countOf(entry.locales, locale)),
    ...TEXT_SIZE_STEPS.map((step) => countOf(entry.textSizes, `${step}`)),
    ...SESSION_LENGTH_BUCKETS.map((bucket) => countOf(entry.sessionLengths, bucket)),
    ...PATH_IDS.map((path) => countOf(entry.paths ?? {}, path)),
    ...AUDIENCES.map((audience) => countOf(entry.audiences ?? {}, audience)),
    entry.qrShown ?? 0,
    entry.prints ?? 0,
    ...pageIds.map((id) => countOf(entry.pageViews, id)),
  ]);
  const named = ids !== null && (ids.siteId !== null || ids.kioskId !== null);
  const table: (string | number)[][] = named
    ? [
        ['site id', 'kiosk id', ...header],
        ...rows.map((row) => [ids.siteId ?? '', ids.kioskId ?? '', ...row]),
      ]
    : [header, ...rows];
  return table.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
