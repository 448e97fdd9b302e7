// Pure helpers behind the staff corner, PIN pad and staff panel: what counts as the hidden corner, PIN
// entry rules, the 30-day usage view, the bar chart's geometry and review-date status. No DOM, no Svelte.
import type { Page } from '../../electron/shared/content-types';
import type { DayCounts } from '../../electron/shared/usage-counts';
import { addDays, emptyDay, isDay, SUMMARY_DAYS } from '../../electron/shared/usage-counts';

/** Totals over `days` of one per-day count map (paths started, "Who is this for?" answers), in `keys` order. */
export function choiceTotals<K extends string>(
  days: readonly DayCounts[],
  pick: (day: DayCounts) => Partial<Record<K, number>>,
  keys: readonly K[],
): { key: K; count: number }[] {
  return keys.map((key) => ({ key, count: days.reduce((sum, day) => sum + (pick(day)[key] ?? 0), 0) }));
}

/** The hidden corner: a square at the top-left, this many CSS pixels on a side. */
export const CORNER_SIZE = 64;
/** How long the corner must be held to open the PIN pad. */
export const CORNER_HOLD_MS = 5000;
/** The staff PIN pad and panel close themselves after this long without a touch. */
export const STAFF_IDLE_MS = 60_000;
/** Cleaning mode ignores touches this long. */
export const CLEANING_SECONDS = 60;
/** Pages whose review is due within this many days are highlighted. */
const REVIEW_SOON_DAYS = 60;
/** What main's PIN check accepts (electron/shared/ipc-contract.ts PinAttemptSchema). */
const PIN_MIN_DIGITS = 4;
const PIN_MAX_DIGITS = 12;

/** Whether a touch at (x, y) in CSS pixels from the window's top-left is in the hidden corner. */
export function isInCorner(x: number, y: number, size: number = CORNER_SIZE): boolean {
  return x >= 0 && y >= 0 && x < size && y < size;
}

/** The PIN typed so far with one more digit; digits beyond the maximum are ignored. */
export function appendDigit(entry: string, digit: string): string {
  if (!/^[0-9]$/.test(digit) || entry.length >= PIN_MAX_DIGITS) return entry;
  return entry + digit;
}

/** Whether the PIN typed so far has a length main will check. */
export function canSubmitPin(entry: string): boolean {
  return /^[0-9]+$/.test(entry) && entry.length >= PIN_MIN_DIGITS && entry.length <= PIN_MAX_DIGITS;
}

/** Whole minutes to say in "Try again in M minutes" (never 0 while locked). */
export function lockMinutes(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

/** The last `count` days ending `today`, oldest first, with a zero row for every day nobody came. */
export function lastDays(
  days: readonly DayCounts[],
  today: string,
  count: number = SUMMARY_DAYS,
): DayCounts[] {
  const byDay = new Map(days.map((entry) => [entry.day, entry]));
  const result: DayCounts[] = [];
  for (let offset = count - 1; offset >= 0; offset -= 1) {
    const day = addDays(today, -offset);
    result.push(byDay.get(day) ?? emptyDay(day));
  }
  return result;
}

/** Sum of a day's page views. */
export function pageViewTotal(day: DayCounts): number {
  return Object.values(day.pageViews).reduce((sum, views) => sum + views, 0);
}

export type Bar = { x: number; y: number; width: number; height: number; value: number };

/**
 * Bars for an SVG bar chart drawn with attributes only (x, y, width, height: the CSP forbids style
 * attributes). The tallest value fills `height`; a zero gets no height. A gap of a quarter slot separates bars.
 */
export function chartBars(values: readonly number[], width: number, height: number): Bar[] {
  if (values.length === 0) return [];
  const max = Math.max(1, ...values);
  const slot = width / values.length;
  const barWidth = slot * 0.75;
  return values.map((value, index) => {
    const barHeight = (Math.max(0, value) / max) * height;
    return {
      x: round(index * slot + (slot - barWidth) / 2),
      y: round(height - barHeight),
      width: round(barWidth),
      height: round(barHeight),
      value,
    };
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export type ReviewState = 'overdue' | 'due-soon' | 'ok' | 'unknown';

/** Where a page's review date stands on `today`: past, within REVIEW_SOON_DAYS, later, or not a date. */
export function reviewState(
  reviewDue: string,
  today: string,
  soonDays: number = REVIEW_SOON_DAYS,
): ReviewState {
  const due = reviewDue.length === 7 ? `${reviewDue}-01` : reviewDue;
  if (!isDay(due)) return 'unknown';
  if (due < today) return 'overdue';
  if (due <= addDays(today, soonDays)) return 'due-soon';
  return 'ok';
}

/** Pages whose words changed since a clinician last signed them off, in the order given. */
export function pendingSignOff(pages: readonly Page[]): Page[] {
  return pages.filter((page) => page.clinicalReview?.status === 'pending');
}
