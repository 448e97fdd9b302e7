// The self-healing ladder as a pure state machine: events in (heartbeats, timer ticks, crashes), actions out
// (crash + restart the renderer, load the start screen, relaunch the app). The clock is injected so tests
// drive it with a fake one; electron/main/healing.ts feeds it real timers and Electron events and carries out
// what it returns. Every transition comes with a log line.

/** The UI sends `kiosk:heartbeat` this often. */
export const HEARTBEAT_INTERVAL_MS = 5_000;
/** Heartbeats missed in a row before the renderer counts as hung. */
export const HEARTBEAT_MISSED_LIMIT = 3;
/** Renderer failures within FAILURE_WINDOW_MS that make the ladder relaunch the whole app. */
const MAX_FAILURES = 3;
const FAILURE_WINDOW_MS = 60_000;
/** GPU process losses within FAILURE_WINDOW_MS that make the ladder relaunch the whole app. */
const MAX_GPU_LOSSES = 3;
/** A loaded page that has not sent its first heartbeat by then never booted: reload it. */
export const FIRST_HEARTBEAT_MS = 30_000;
/** Chromium's 'unresponsive' lasting this long is a hang, not a slow frame: crash and reload. */
export const UNRESPONSIVE_LIMIT_MS = 15_000;
/** Chromium's net error for a load we (or a newer load) cancelled on purpose: never a failure. */
export const NET_ERROR_ABORTED = -3;

export type LadderEvent =
  /** The UI said it is alive. */
  | { type: 'heartbeat' }
  /** A timer tick (every HEARTBEAT_INTERVAL_MS): time to look for missed heartbeats. */
  | { type: 'tick' }
  /** The start page finished loading (after launch or a reload): hang detection waits for its first beat. */
  | { type: 'loaded' }
  /** webContents 'render-process-gone'. */
  | { type: 'renderer-gone'; reason: string }
  /** app 'child-process-gone' with type 'GPU'. */
  | { type: 'gpu-gone'; reason: string }
  /** webContents 'did-fail-load' of the main frame (Chromium net error code, negative). */
  | { type: 'load-failed'; code: number; description: string }
  /** webContents 'unresponsive' / 'responsive'. */
  | { type: 'unresponsive' }
  | { type: 'responsive' }
  /** An uncaught exception or unhandled rejection in main (it was logged; the app keeps running). */
  | { type: 'main-error' };

type LadderAction =
  | { type: 'none' }
  /** Kill the hung renderer (forcefullyCrashRenderer) and load the start screen. */
  | { type: 'crash-and-restart' }
  /** Load the start screen in a fresh renderer. */
  | { type: 'load-start' }
  /** app.relaunch() + app.exit(0). */
  | { type: 'relaunch' };

/** The rung a counted step stands on, from the mildest up: a planned fresh page at the attract screen
 * (renderer-recycle.ts), logged and kept running, reload the start screen, crash the renderer and reload,
 * relaunch the app. */
export type HealingRung = 'recycle' | 'logged' | 'reload' | 'crash-reload' | 'relaunch';
export const HEALING_RUNGS: readonly HealingRung[] = [
  'recycle',
  'logged',
  'reload',
  'crash-reload',
  'relaunch',
];

/** `rung` is null for steps that heal nothing (a heartbeat, a note that the renderer is responsive again). */
export type LadderStep = { action: LadderAction; log: string | null; rung: HealingRung | null };

const RUNG_OF: Record<LadderAction['type'], HealingRung> = {
  none: 'logged',
  'load-start': 'reload',
  'crash-and-restart': 'crash-reload',
  relaunch: 'relaunch',
};

export type LadderOptions = {
  now: () => number;
  heartbeatIntervalMs?: number;
  missedLimit?: number;
  maxFailures?: number;
  failureWindowMs?: number;
  maxGpuLosses?: number;
  /** null: never reload a page for a missing first heartbeat (`npm run dev`, paused in a debugger). */
  firstHeartbeatMs?: number | null;
  unresponsiveLimitMs?: number;
};

export type HealingLadder = {
  handle(event: LadderEvent): LadderStep;
  /** Renderer failures still inside the window (for logs and tests). */
  recentFailures(): number;
};

const NONE: LadderStep = { action: { type: 'none' }, log: null, rung: null };

export function createHealingLadder(options: LadderOptions): HealingLadder {
  const interval = options.heartbeatIntervalMs ?? HEARTBEAT_INTERVAL_MS;
  const missedLimit = options.missedLimit ?? HEARTBEAT_MISSED_LIMIT;
  const maxFailures = options.maxFailures ?? MAX_FAILURES;
  const windowMs = options.failureWindowMs ?? FAILURE_WINDOW_MS;
  const maxGpu = options.maxGpuLosses ?? MAX_GPU_LOSSES;
  const firstBeatMs = options.firstHeartbeatMs === undefined ? FIRST_HEARTBEAT_MS : options.firstHeartbeatMs;
  const unresponsiveLimit = options.unresponsiveLimitMs ?? UNRESPONSIVE_LIMIT_MS;

  let lastSign = options.now();
  // Missed-beat detection is armed by the first heartbeat of each page load; before it, only the (longer)
  // first-heartbeat bound applies, so a slow boot is not mistaken for a hang.
  let armed = false;
  // When the current page finished loading and is waiting for its first beat; null when not waiting.
  let loadedAt: number | null = null;
  let unresponsiveSince: number | null = null;
  let failures: number[] = [];
  let gpuLosses: number[] = [];
  // forcefullyCrashRenderer() makes Electron emit render-process-gone for a crash we caused on purpose.
  let expectingOwnCrash = false;
  let relaunching = false;

  const prune = (times: number[], t: number): number[] => times.filter((x) => t - x < windowMs);

  function failure(t: number, what: string, action: LadderAction): LadderStep {
    failures = prune(failures, t);
    failures.push(t);
    if (failures.length >= maxFailures) {
      relaunching = true;
      return {
        action: { type: 'relaunch' },
        log: `${what}; ${failures.length} renderer failures within ${windowMs / 1000} s: relaunching the kiosk`,
        rung: 'relaunch',
      };
    }
    lastSign = t;
    const count = `failure ${failures.length} of ${maxFailures} within ${windowMs / 1000} s`;
    const rung = RUNG_OF[action.type];
    if (action.type === 'none')
      return { action, log: `${what}; logged, the kiosk keeps running (${count})`, rung };
    const step = action.type === 'crash-and-restart' ? 'crashing the renderer and loading' : 'loading';
    return { action, log: `${what}; ${step} the start screen (${count})`, rung };
  }

  return {
    handle(event: LadderEvent): LadderStep {
      if (relaunching) return NONE;
      const t = options.now();
      switch (event.type) {
        case 'heartbeat':
          lastSign = t;
          armed = true;
          loadedAt = null;
          return NONE;
        case 'loaded':
          lastSign = t;
          armed = false;
          loadedAt = t;
          unresponsiveSince = null;
          expectingOwnCrash = false;
          return NONE;
        case 'unresponsive':
          unresponsiveSince ??= t;
          return { action: { type: 'none' }, log: 'renderer unresponsive; waiting for it', rung: null };
        case 'responsive':
          if (unresponsiveSince === null) return NONE;
          unresponsiveSince = null;
          return { action: { type: 'none' }, log: 'renderer responsive again', rung: null };
        case 'load-failed':
          if (event.code === NET_ERROR_ABORTED) return NONE;
          return failure(t, `start page failed to load (${event.code} ${event.description})`, {
            type: 'load-start',
          });
        case 'main-error':
          return failure(t, 'main process error', { type: 'none' });
        case 'tick': {
          if (unresponsiveSince !== null && t - unresponsiveSince >= unresponsiveLimit) {
            const seconds = Math.round((t - unresponsiveSince) / 1000);
            unresponsiveSince = null;
            const step = failure(t, `renderer unresponsive for ${seconds} s`, { type: 'crash-and-restart' });
            expectingOwnCrash = step.action.type === 'crash-and-restart';
            return step;
          }
          if (!armed) {
            if (loadedAt === null || firstBeatMs === null || t - loadedAt < firstBeatMs) return NONE;
            const seconds = Math.round((t - loadedAt) / 1000);
            loadedAt = null;
            const step = failure(t, `no first heartbeat ${seconds} s after the page loaded`, {
              type: 'crash-and-restart',
            });
            expectingOwnCrash = step.action.type === 'crash-and-restart';
            return step;
          }
          const silentFor = t - lastSign;
          if (silentFor < interval * missedLimit) return NONE;
          const step = failure(
            t,
            `no heartbeat for ${Math.round(silentFor / 1000)} s (${missedLimit} missed)`,
            { type: 'crash-and-restart' },
          );
          expectingOwnCrash = step.action.type === 'crash-and-restart';
          return step;
        }
        case 'renderer-gone':
          if (expectingOwnCrash) {
            expectingOwnCrash = false;
            return {
              action: { type: 'none' },
              log: `renderer gone (${event.reason}) after our own crash call`,
              rung: null,
            };
          }
          if (event.reason === 'clean-exit') {
            return { action: { type: 'none' }, log: 'renderer exited cleanly; nothing to heal', rung: null };
          }
          return failure(t, `renderer gone (${event.reason})`, { type: 'load-start' });
        case 'gpu-gone': {
          if (event.reason === 'clean-exit') return NONE;
          gpuLosses = prune(gpuLosses, t);
          gpuLosses.push(t);
          if (gpuLosses.length >= maxGpu) {
            relaunching = true;
            return {
              action: { type: 'relaunch' },
              log: `GPU process gone (${event.reason}); ${gpuLosses.length} losses within ${windowMs / 1000} s: relaunching the kiosk`,
              rung: 'relaunch',
            };
          }
          return {
            action: { type: 'none' },
            log: `GPU process gone (${event.reason}); Chromium restarts it (loss ${gpuLosses.length} of ${maxGpu})`,
            rung: 'logged',
          };
        }
      }
    },
    recentFailures(): number {
      failures = prune(failures, options.now());
      return failures.length;
    },
  };
}
