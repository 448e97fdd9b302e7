// The kiosk's main process: a list of setup steps in the order they must happen. Each lives in its own
// module; the policies they apply are pure modules in electron/shared, unit tested without Electron.
import { app } from 'electron';
import { createRuntime } from './runtime';
import { registerAppScheme, setupAppProtocol } from './protocol';
import { setupLaunchCheck, setupSessionGuards, setupWebContentsGuards } from './security';
import {
  setupAppShell,
  setupChromiumSwitches,
  setupCrashReporter,
  setupSingleInstance,
  setupUsageStore,
} from './lifecycle';
import { setupConfig } from './site-config';
import { setupStatusFile } from './status';
import { setupDailyExport } from './daily-export';
import { runAdminCommand } from './admin-commands';
import { setupIpc } from './ipc';
import { createKioskWindow } from './window';
import type { KioskWindow } from './window';
import { setupHealing } from './healing';
import type { Healing } from './healing';
import { setupKeepAwake } from './power';
import { setupErrorHandlers } from './errors';
import { EXIT_CODES } from '../shared/exit-codes';

async function main(): Promise<void> {
  let kiosk: KioskWindow | null = null;
  let healing: Healing | null = null;

  // 0. `--check-config PATH` / `--hash-pin`: an admin command runs instead of the kiosk, then exits.
  const admin = runAdminCommand(process.argv);
  if (admin !== null) {
    app.exit(await admin);
    return;
  }
  // 1. Who we are this run (dev or production, built file paths) and the rotating log.
  const runtime = createRuntime();
  runtime.log.info(
    `kiosk ${app.getVersion()} starting${runtime.dev ? ' (dev)' : ''}; system log: ${runtime.systemLog}`,
  );
  // 1b. Errors in main are logged and fed to the ladder, never shown as Electron's native dialog.
  setupErrorHandlers(runtime, () => healing);
  // 2. Refuse debugger and security-weakening switches in production, before anything else runs.
  if (!setupLaunchCheck(runtime)) return;
  // 3. One kiosk per machine: a second launch focuses the first.
  if (!setupSingleInstance(runtime, () => kiosk)) return;
  // 4. Before 'ready': the app:// scheme's privileges and local-only crash dumps.
  registerAppScheme();
  setupCrashReporter(runtime);
  // 5. Guards on every web contents, registered before any exists.
  setupWebContentsGuards(runtime);
  // 6. Site config (with warnings for the UI), the anonymous usage counts and their daily export, status.json.
  const site = setupConfig(runtime, app.getPath('userData'));
  const config = site.loaded;
  // 6b. Before 'ready': the Chromium switches the config asks for (Linux voices for read-aloud).
  setupChromiumSwitches(runtime, config);
  const usage = setupUsageStore(runtime, config);
  setupDailyExport(runtime, usage, config.config);
  setupStatusFile(runtime, site, usage, () => healing);

  await app.whenReady();
  // 7. No menu, quit rules.
  setupAppShell(runtime);
  // 8. Serve the UI, then lock the session down (network, permissions, devices, downloads).
  setupAppProtocol(runtime);
  setupSessionGuards(runtime);
  // 9. IPC before the page loads, so its first messages find their handlers.
  setupIpc({ runtime, config, usage, kiosk: () => kiosk, healing: () => healing });
  // 10. The window, then the ladder that watches it (and recycles it at a quiet moment), then the keep-awake.
  kiosk = createKioskWindow(runtime);
  healing = setupHealing(runtime, kiosk, config.config);
  setupKeepAwake(runtime, config.config);
}

main().catch((error: unknown) => {
  console.error(`The kiosk could not start: ${error instanceof Error ? error.message : String(error)}`);
  app.exit(EXIT_CODES.startFailed);
});
