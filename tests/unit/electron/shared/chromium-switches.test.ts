import { describe, expect, it } from 'vitest';
import { chromiumSwitches } from '../../../../electron/shared/chromium-switches';
import { defaultConfig } from '../../../../electron/shared/config-schema';

describe('chromium switches', () => {
  const on = defaultConfig();
  const off = { ...defaultConfig(), speech: { ...defaultConfig().speech, enabled: false } };

  it('asks Linux Chromium for speech-dispatcher voices while read-aloud is on', () => {
    expect(chromiumSwitches('linux', on)).toEqual(['enable-speech-dispatcher']);
  });

  it('appends nothing when read-aloud is off, or on Windows and macOS (system voices need no switch)', () => {
    expect(chromiumSwitches('linux', off)).toEqual([]);
    expect(chromiumSwitches('win32', on)).toEqual([]);
    expect(chromiumSwitches('darwin', on)).toEqual([]);
  });
});
