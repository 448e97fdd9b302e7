// Keep the display awake while the kiosk runs, except outside the site's open hours (config open_hours).
import { powerSaveBlocker } from 'electron';
import type { KioskConfig } from '../shared/config-schema';
import { shouldKeepAwake } from '../shared/keep-awake';
import type { Runtime } from './runtime';

const CHECK_EVERY_MS = 60_000;

export function setupKeepAwake(runtime: Runtime, config: KioskConfig): void {
  let blocker: number | null = null;
  const check = (): void => {
    const now = new Date();
    const awake = shouldKeepAwake(config.open_hours, now.getHours() * 60 + now.getMinutes());
    if (awake && blocker === null) {
      blocker = powerSaveBlocker.start('prevent-display-sleep');
      runtime.log.info('display kept awake');
    } else if (!awake && blocker !== null) {
      powerSaveBlocker.stop(blocker);
      blocker = null;
      runtime.log.info('outside open hours: the display may sleep');
    }
  };
  check();
  setInterval(check, CHECK_EVERY_MS).unref();
}
