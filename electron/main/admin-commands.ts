// Runs `--check-config` or `--hash-pin` instead of the kiosk. Before anything else in main: no window, no
// single-instance lock (so it works while the kiosk runs), no log files written.
import { adminCommandFrom } from '../shared/admin-command';
import { runConfigCheck } from './config-check';
import { runHashPin } from './pin-command';

/** The admin command's exit code, or null (decided at once, before 'ready') for a normal kiosk start. */
export function runAdminCommand(argv: readonly string[]): Promise<number> | null {
  const command = adminCommandFrom(argv);
  if (command === null) return null;
  switch (command.kind) {
    case 'usage-error':
      process.stderr.write(`${command.message}\n`);
      return Promise.resolve(2);
    case 'check-config':
      return Promise.resolve(runConfigCheck(command.path));
    case 'hash-pin':
      return runHashPin();
  }
}
