// Chromium switches main appends before 'ready'. Each entry says why; nothing here weakens security.
import type { KioskConfig } from './config-schema';

/**
 * Linux Chromium speaks through speech-dispatcher only when asked to: without this switch `speechSynthesis`
 * lists no voices and read-aloud stays hidden (electron/electron#22844, #4452). Windows and macOS use the
 * system voices without a switch.
 */
export function chromiumSwitches(platform: string, config: Pick<KioskConfig, 'speech'>): string[] {
  return platform === 'linux' && config.speech.enabled ? ['enable-speech-dispatcher'] : [];
}
