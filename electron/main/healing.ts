// The self-healing ladder's driver: real timers and Electron events in, the pure ladder's actions out.
import { app } from 'electron';
import { createHealingLadder, HEARTBEAT_INTERVAL_MS } from '../shared/healing-ladder';
import type { LadderEvent } from '../shared/healing-ladder';
import { createHealingTally } from '../shared/healing-tally';
import type { HealingReport } from '../shared/healing-tally';
import type { KioskConfig } from '../shared/config-schema';
import type { HeartbeatState } from '../shared/ipc-contract';
import { createRendererRecycle, localClock } from '../shared/renderer-recycle';
import type { RecycleClock } from '../shared/renderer-recycle';
import type { Runtime } from './runtime';
import type { KioskWindow } from './window';

export type Healing = {
  heartbeat(state: HeartbeatState): void;
  /** An uncaught error in main (already logged): counts towards a relaunch. */
  mainError(): void;
  /** For status.json: steps by rung, the last one, and the last heartbeat's wall-clock time. */
  report(): HealingReport;
  lastHeartbeatAt(): string | null;
};

export function setupHealing(
  runtime: Runtime,
  kiosk: KioskWindow,
  config: Pick<KioskConfig, 'recycle_after_visits' | 'recycle_hour'>,
): Healing {
  // A monotonic clock: a wall-clock change (NTP, daylight saving) must not look like a missed heartbeat.
  const ladder = createHealingLadder({
    now: () => performance.now(),
    // In `npm run dev` a page paused in DevTools must not be reloaded under the developer.
    firstHeartbeatMs: runtime.dev ? null : undefined,
  });
  const contents = kiosk.window.webContents;
  const tally = createHealingTally();
  const clock = (): RecycleClock => localClock(performance.now(), new Date());
  const recycle = createRendererRecycle(
    { afterVisits: config.recycle_after_visits, quietHour: config.recycle_hour },
    clock(),
  );

  const feed = (event: LadderEvent): void => {
    const step = ladder.handle(event);
    if (event.type === 'heartbeat') tally.heartbeat(new Date());
    tally.record(step, new Date());
    if (step.log !== null) runtime.log.warn(`healing: ${step.log}`);
    switch (step.action.type) {
      case 'none':
        return;
      case 'crash-and-restart':
        if (!contents.isDestroyed()) {
          contents.forcefullyCrashRenderer();
          contents.loadURL(kiosk.startUrl).catch(() => undefined);
        }
        return;
      case 'load-start':
        if (!contents.isDestroyed()) contents.loadURL(kiosk.startUrl).catch(() => undefined);
        return;
      case 'relaunch':
        runtime.restart('healing');
        return;
    }
  };

  const timer = setInterval(() => feed({ type: 'tick' }), HEARTBEAT_INTERVAL_MS);
  contents.on('did-finish-load', () => {
    recycle.loaded(clock());
    feed({ type: 'loaded' });
  });
  contents.on('did-fail-load', (_event, code, description, _url, isMainFrame) => {
    // Subframes cannot exist (frame-src 'none'); only the page itself failing leaves the screen blank.
    if (isMainFrame) feed({ type: 'load-failed', code, description });
  });
  contents.on('render-process-gone', (_event, details) =>
    feed({ type: 'renderer-gone', reason: details.reason }),
  );
  contents.on('unresponsive', () => feed({ type: 'unresponsive' }));
  contents.on('responsive', () => feed({ type: 'responsive' }));
  app.on('child-process-gone', (_event, details) => {
    if (details.type === 'GPU') feed({ type: 'gpu-gone', reason: details.reason });
    else runtime.log.warn(`child process gone: ${details.type} (${details.reason})`);
  });
  kiosk.window.on('closed', () => clearInterval(timer));

  return {
    heartbeat: (state) => {
      feed({ type: 'heartbeat' });
      // Decided as the beat arrives, so the screen state it carries is milliseconds old, not seconds.
      const decision = recycle.heartbeat(state, clock());
      if (!decision.recycle || contents.isDestroyed()) return;
      runtime.log.info(`healing: ${decision.log}`);
      tally.record({ action: { type: 'load-start' }, log: decision.log, rung: 'recycle' }, new Date());
      contents.loadURL(kiosk.startUrl).catch(() => undefined);
    },
    mainError: () => feed({ type: 'main-error' }),
    report: () => tally.report(ladder.recentFailures()),
    lastHeartbeatAt: () => tally.lastHeartbeatAt(),
  };
}
