// Stop the display from sleeping while the kiosk runs, except outside config keep_awake_hours. Stopping the
// blocker only lets the OS's own power settings act again: it never turns a display off by itself.
import { powerSaveBlocker } from 'electron';
import type { KioskConfig } from '../shared/config-schema';
import { shouldKeepAwake } from '../shared/keep-awake';
import type { Runtime } from './runtime';

const CHECK_EVERY_MS = 60_000;

export function setupKeepAwake(runtime: Runtime, config: KioskConfig): void {
  let blocker: number | null = null;
  const check = (): void => {
    const now = new Date();
    const awake = shouldKeepAwake(config.keep_awake_hours, now.getHours() * 60 + now.getMinutes());
    if (awake && blocker === null) {
      blocker = powerSaveBlocker.start('prevent-display-sleep');
      runtime.log.info('display kept awake');
    } else if (!awake && blocker !== null) {
      powerSaveBlocker.stop(blocker);
      blocker = null;
      runtime.log.info('outside keep_awake_hours: the OS power settings may now let the display sleep');
    }
  };
  check();
  setInterval(check, CHECK_EVERY_MS).unref();
}
