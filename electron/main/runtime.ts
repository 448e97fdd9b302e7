// What every setup step needs to know about this run: dev or production, where the built files are, the
// logger. Built once in index.ts and passed down, so no module reads process.env on its own.
import { app } from 'electron';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createLogger } from './logger';
import type { Logger } from './logger';
import { chooseDataFolder } from './data-folder';
import type { DataFolder } from './data-folder';
import { chooseSystemLog, createSystemLog } from './system-log';
import { isSupervised, restartPlan } from '../shared/exit-codes';
import type { SystemLogKind } from './system-log';

export type Runtime = {
  /** `npm run dev`: windowed, DevTools, UI from the Vite dev server. Never true in a packaged app. */
  dev: boolean;
  /** The Vite dev server origin in dev, else null. */
  devServerOrigin: string | null;
  /** The built renderer folder that app:// serves. */
  rendererDir: string;
  /** The built preload bundle. */
  preloadPath: string;
  log: Logger;
  /** Logs, usage counts, last good config and status.json: machine-wide when writable, else userData. */
  data: DataFolder;
  /** Where log lines also go: journald, the Windows Event Log, or nowhere else. */
  systemLog: SystemLogKind;
  /** A supervisor restarts the kiosk: restarts exit with EXIT_CODES.restart instead of relaunching. */
  supervised: boolean;
  /** Relaunch, or exit for the supervisor, with one log line saying which and why. */
  restart(why: string): void;
};

/** The folder name under the OS app-data folder (Linux ~/.config, Windows %APPDATA%, macOS Application Support). */
const USER_DATA_NAME = 'ALL Chemo Guide';

/** `npm run dev` sets KIOSK_DEV_SERVER; a packaged kiosk ignores it. */
export function createRuntime(): Runtime {
  // One user-data folder however the kiosk was launched (packaged, `electron out/main/index.js`, Playwright),
  // so logs, config and usage counts are always in the same place. Must happen before anything reads it.
  app.setPath('userData', join(app.getPath('appData'), USER_DATA_NAME));
  const devServer = process.env.KIOSK_DEV_SERVER;
  const dev = !app.isPackaged && devServer !== undefined && devServer !== '';
  const data = chooseDataFolder(app.getPath('userData'));
  // The bundle lives at <out>/main/index.js; preload and renderer are its siblings.
  const here = fileURLToPath(new URL('.', import.meta.url));
  const systemLog = createSystemLog(chooseSystemLog(process.platform, process.env));
  const supervised = isSupervised(app.commandLine.hasSwitch('supervised'), process.env);
  // The data folder is known before 'ready'; logs never hold visitor data (see logger.ts).
  const log = createLogger({
    dir: join(data.path, 'logs'),
    echo: dev,
    sink: (level, message) => systemLog.write(level, message),
  });
  return {
    dev,
    devServerOrigin: dev ? new URL(devServer).origin : null,
    rendererDir: join(here, '..', 'renderer'),
    preloadPath: join(here, '..', 'preload', 'index.cjs'),
    log,
    data,
    systemLog: systemLog.kind,
    supervised,
    restart(why: string): void {
      const plan = restartPlan(supervised);
      log.warn(
        `kiosk stopping (${why}), exit code ${plan.exitCode}: ${plan.relaunch ? 'relaunching itself' : 'the supervisor starts it again'}`,
      );
      if (plan.relaunch) app.relaunch();
      app.exit(plan.exitCode);
    },
  };
}
