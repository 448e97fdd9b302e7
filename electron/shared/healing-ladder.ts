// The self-healing ladder as a pure state machine: events in (heartbeats, timer ticks, crashes), actions out
// (crash + restart the renderer, load the start screen, relaunch the app). The clock is injected so tests
// drive it with a fake one; electron/main/healing.ts feeds it real timers and Electron events and carries out
// what it returns. Every transition comes with a log line.

/** The UI sends `kiosk:heartbeat` this often. */
export const HEARTBEAT_INTERVAL_MS = 5_000;
/** Heartbeats missed in a row before the renderer counts as hung. */
export const HEARTBEAT_MISSED_LIMIT = 3;
/** Renderer failures within FAILURE_WINDOW_MS that make the ladder relaunch the whole app. */
export const MAX_FAILURES = 3;
export const FAILURE_WINDOW_MS = 60_000;
/** GPU process losses within FAILURE_WINDOW_MS that make the ladder relaunch the whole app. */
export const MAX_GPU_LOSSES = 3;

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
  | { type: 'gpu-gone'; reason: string };

export type LadderAction =
  | { type: 'none' }
  /** Kill the hung renderer (forcefullyCrashRenderer) and load the start screen. */
  | { type: 'crash-and-restart' }
  /** Load the start screen in a fresh renderer. */
  | { type: 'load-start' }
  /** app.relaunch() + app.exit(0). */
  | { type: 'relaunch' };

export type LadderStep = { action: LadderAction; log: string | null };

export type LadderOptions = {
  now: () => number;
  heartbeatIntervalMs?: number;
  missedLimit?: number;
  maxFailures?: number;
  failureWindowMs?: number;
  maxGpuLosses?: number;
};

export type HealingLadder = {
  handle(event: LadderEvent): LadderStep;
  /** Renderer failures still inside the window (for logs and tests). */
  recentFailures(): number;
};

const NONE: LadderStep = { action: { type: 'none' }, log: null };

export function createHealingLadder(options: LadderOptions): HealingLadder {
  const interval = options.heartbeatIntervalMs ?? HEARTBEAT_INTERVAL_MS;
  const missedLimit = options.missedLimit ?? HEARTBEAT_MISSED_LIMIT;
  const maxFailures = options.maxFailures ?? MAX_FAILURES;
  const windowMs = options.failureWindowMs ?? FAILURE_WINDOW_MS;
  const maxGpu = options.maxGpuLosses ?? MAX_GPU_LOSSES;

  let lastSign = options.now();
  // Hang detection is armed by the first heartbeat of each page load, so a UI build without heartbeats (or
  // `npm run dev` paused in a debugger before boot) is never killed in a loop; crashes are handled regardless.
  let armed = false;
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
      };
    }
    lastSign = t;
    const step = action.type === 'crash-and-restart' ? 'crashing the renderer and loading' : 'loading';
    return {
      action,
      log: `${what}; ${step} the start screen (failure ${failures.length} of ${maxFailures} within ${windowMs / 1000} s)`,
    };
  }

  return {
    handle(event: LadderEvent): LadderStep {
      if (relaunching) return NONE;
      const t = options.now();
      switch (event.type) {
        case 'heartbeat':
          lastSign = t;
          armed = true;
          return NONE;
        case 'loaded':
          lastSign = t;
          armed = false;
          expectingOwnCrash = false;
          return NONE;
        case 'tick': {
          if (!armed) return NONE;
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
            };
          }
          if (event.reason === 'clean-exit') {
            return { action: { type: 'none' }, log: 'renderer exited cleanly; nothing to heal' };
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
            };
          }
          return {
            action: { type: 'none' },
            log: `GPU process gone (${event.reason}); Chromium restarts it (loss ${gpuLosses.length} of ${maxGpu})`,
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
