// The healing ladder's planned rung: reload the renderer on a fresh page while nobody is using the kiosk, so
// the memory a page gathers over months is bounded by construction. Pure: main feeds it each heartbeat's
// screen state, a monotonic clock and the local hour and day; it answers whether to recycle now.
import type { HeartbeatState } from './ipc-contract';

/** The attract screen must have shown this long (beats in a row) before a recycle, so a visitor who just
 * walked away, or one coming back, never sees the page reload under their hand. */
export const RECYCLE_SETTLE_MS = 30_000;
/** Never two recycles (or a recycle right after a start) within this. */
export const RECYCLE_MIN_GAP_MS = 60 * 60_000;

export type RecycleSettings = {
  /** Recycle once this many visits began since the page loaded; null: never for visits. */
  afterVisits: number | null;
  /** Recycle once a day in this local hour (0–23); null: never by the clock. */
  quietHour: number | null;
};

/** A moment as the policy sees it: a monotonic time and the local wall-clock hour and day (YYYY-MM-DD). */
export type RecycleClock = { now: number; hour: number; day: string };

type RecycleDecision = { recycle: false } | { recycle: true; reason: 'visits' | 'quiet-hour'; log: string };

export type RendererRecycle = {
  /** A fresh page finished loading (start, healing reload or recycle): every count starts again. */
  loaded(at: RecycleClock): void;
  /** One heartbeat; true answers mean "load the start screen now" (the driver then reports `loaded`). */
  heartbeat(state: HeartbeatState, at: RecycleClock): RecycleDecision;
};

const KEEP: RecycleDecision = { recycle: false };

export function createRendererRecycle(settings: RecycleSettings, start: RecycleClock): RendererRecycle {
  let loadedAt = start.now;
  // The quiet hour recycles once per day: the day of the last fresh page (a start at 03:10 counts).
  let freshDay = start.day;
  let freshHour = start.hour;
  let attractSince: number | null = null;

  const fresh = (at: RecycleClock): void => {
    loadedAt = at.now;
    freshDay = at.day;
    freshHour = at.hour;
    attractSince = null;
  };

  return {
    loaded: fresh,
    heartbeat(state, at) {
      if (!state.attract) {
        attractSince = null;
        return KEEP;
      }
      attractSince ??= at.now;
      if (at.now - attractSince < RECYCLE_SETTLE_MS) return KEEP;
      if (at.now - loadedAt < RECYCLE_MIN_GAP_MS) return KEEP;
      if (settings.afterVisits !== null && state.visits >= settings.afterVisits) {
        // Counted as fresh at once: a late beat from the old page must not ask for a second load.
        fresh(at);
        return {
          recycle: true,
          reason: 'visits',
          log: `recycling the renderer at the attract screen after ${state.visits} visits: a fresh page`,
        };
      }
      const freshThisHour = freshDay === at.day && freshHour === at.hour;
      if (settings.quietHour !== null && at.hour === settings.quietHour && !freshThisHour) {
        fresh(at);
        return {
          recycle: true,
          reason: 'quiet-hour',
          log: `recycling the renderer at the attract screen in the quiet hour (${String(at.hour).padStart(2, '0')}:00): a fresh page`,
        };
      }
      return KEEP;
    },
  };
}

/** The local hour and day of a wall-clock time, for the policy (main passes `new Date()`). */
export function localClock(now: number, date: Date): RecycleClock {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return { now, hour: date.getHours(), day };
}
