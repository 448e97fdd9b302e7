// App-level setup that is not about security or the window: one instance, local crash dumps, usage
// counts, menu and quit handling. (Site config: site-config.ts.)
import { app, crashReporter, Menu } from 'electron';
import { join } from 'node:path';
import { chromiumSwitches } from '../shared/chromium-switches';
import { EXIT_CODES } from '../shared/exit-codes';
import type { LoadedConfig } from '../shared/config-schema';
import { CRASH_DUMP_RETENTION } from '../shared/file-retention';
import { pruneFolder } from './retention';
import { openUsageStore } from './usage-store';
import type { UsageStore } from './usage-store';
import type { Runtime } from './runtime';
import type { KioskWindow } from './window';

/** A second launch focuses the first kiosk and exits. Returns false in the second instance. */
export function setupSingleInstance(runtime: Runtime, kiosk: () => KioskWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    runtime.log.info('another kiosk is already running; focusing it and exiting');
    app.exit(0);
    return false;
  }
  app.on('second-instance', () => {
    const current = kiosk();
    if (current === null) return;
    if (current.window.isMinimized()) current.window.restore();
    current.window.focus();
  });
  return true;
}

/** Crash dumps stay on this machine, in <data>/crash-dumps, pruned at start and daily; nothing is ever uploaded. */
export function setupCrashReporter(runtime: Runtime): void {
  const dir = join(runtime.data.path, 'crash-dumps');
  // Electron: the crashDumps path must be set before the crash reporter starts.
  app.setPath('crashDumps', dir);
  crashReporter.start({ uploadToServer: false });
  const prune = (): void => {
    const removed = pruneFolder(dir, CRASH_DUMP_RETENTION, new Date());
    if (removed > 0) runtime.log.info(`crash dumps: pruned ${removed} old file(s) from ${dir}`);
  };
  runtime.log.info(
    `crash dumps: ${dir} (kept ${CRASH_DUMP_RETENTION.maxAgeDays} days, ${CRASH_DUMP_RETENTION.maxGroups} reports at most)`,
  );
  prune();
  setInterval(prune, 86_400_000).unref();
}

/** Chromium switches the config asks for (chromium-switches.ts says why each exists); before 'ready'. */
export function setupChromiumSwitches(runtime: Runtime, config: LoadedConfig): void {
  for (const name of chromiumSwitches(process.platform, config.config)) {
    app.commandLine.appendSwitch(name);
    runtime.log.info(`chromium switch: --${name}`);
  }
}

export function setupUsageStore(runtime: Runtime, config: LoadedConfig): UsageStore {
  const store = openUsageStore({
    dir: runtime.data.path,
    enabled: config.config.usage_counts,
    ids: { siteId: config.config.site_id, kioskId: config.config.kiosk_id },
    log: (line) => runtime.log.info(`usage: ${line}`),
  });
  app.on('will-quit', () => store.close());
  return store;
}

/** No application menu (and so none of its accelerators); quit when the (staff-closed) window is gone. */
export function setupAppShell(runtime: Runtime): void {
  Menu.setApplicationMenu(null);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => runtime.log.info(`kiosk stopping (quit), exit code ${EXIT_CODES.ok}`));
  app.on('render-process-gone', (_event, _contents, details) => {
    runtime.log.warn(`a renderer is gone (${details.reason}, exit code ${details.exitCode})`);
  });
}
