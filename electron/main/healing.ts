// The self-healing ladder's driver: real timers and Electron events in, the pure ladder's actions out.
import { app } from 'electron';
import { createHealingLadder, HEARTBEAT_INTERVAL_MS } from '../shared/healing-ladder';
import type { LadderEvent } from '../shared/healing-ladder';
import { createHealingTally } from '../shared/healing-tally';
import type { HealingReport } from '../shared/healing-tally';
import type { Runtime } from './runtime';
import type { KioskWindow } from './window';

export type Healing = {
  heartbeat(): void;
  /** An uncaught error in main (already logged): counts towards a relaunch. */
  mainError(): void;
  /** For status.json: steps by rung, the last one, and the last heartbeat's wall-clock time. */
  report(): HealingReport;
  lastHeartbeatAt(): string | null;
};

export function setupHealing(runtime: Runtime, kiosk: KioskWindow): Healing {
  // A monotonic clock: a wall-clock change (NTP, daylight saving) must not look like a missed heartbeat.
  const ladder = createHealingLadder({
    now: () => performance.now(),
    // In `npm run dev` a page paused in DevTools must not be reloaded under the developer.
    firstHeartbeatMs: runtime.dev ? null : undefined,
  });
  const contents = kiosk.window.webContents;
  const tally = createHealingTally();

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
  contents.on('did-finish-load', () => feed({ type: 'loaded' }));
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
    heartbeat: () => feed({ type: 'heartbeat' }),
    mainError: () => feed({ type: 'main-error' }),
    report: () => tally.report(ladder.recentFailures()),
    lastHeartbeatAt: () => tally.lastHeartbeatAt(),
  };
}
