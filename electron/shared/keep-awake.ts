// Whether the kiosk must stop the display from sleeping: always when the site sets no keep_awake_hours,
// otherwise only inside them. Main re-checks every minute and starts or stops its
// powerSaveBlocker('prevent-display-sleep'); outside the hours the OS's own power settings decide.
import type { KeepAwakeHours } from './config-schema';

const HH_MM = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;

/** `HH:MM` → minutes after midnight, or null when malformed. */
export function minutesOfDay(hhmm: string): number | null {
  const match = HH_MM.exec(hhmm);
  if (match === null) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * `minuteNow` is local minutes after midnight (0–1439). Hours may cross midnight (`22:00`–`06:00`).
 * A malformed or empty range keeps the display awake (the safe side for a kiosk that must be readable).
 */
export function shouldKeepAwake(openHours: KeepAwakeHours | null, minuteNow: number): boolean {
  if (openHours === null) return true;
  const start = minutesOfDay(openHours.start);
  const end = minutesOfDay(openHours.end);
  if (start === null || end === null || start === end) return true;
  if (start < end) return minuteNow >= start && minuteNow < end;
  return minuteNow >= start || minuteNow < end;
}
