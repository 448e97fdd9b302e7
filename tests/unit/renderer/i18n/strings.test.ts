import { describe, expect, it } from 'vitest';
import { TEXT_SIZE_STEPS } from '../../../../electron/shared/ipc-contract';
import { UI_STRINGS } from '../../../../renderer/i18n/strings';

describe('UI label tables', () => {
  it('Spanish has exactly the English keys', () => {
    expect(Object.keys(UI_STRINGS.es).sort()).toEqual(Object.keys(UI_STRINGS.en).sort());
  });

  it('no label is empty and every text size has a name', () => {
    for (const table of Object.values(UI_STRINGS)) {
      for (const [key, value] of Object.entries(table)) {
        if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
      }
      for (const step of TEXT_SIZE_STEPS) expect(table.textSizeNames[step]).toBeTruthy();
    }
  });

  it('states the reset rule in minutes or seconds', () => {
    expect(UI_STRINGS.en.resetRule(120)).toBe(
      'After 2 minutes without a touch, the screen goes back to the start. Nothing you looked at is kept.',
    );
    expect(UI_STRINGS.en.resetRule(60)).toContain('After 1 minute without');
    expect(UI_STRINGS.en.resetRule(90)).toContain('After 90 seconds without');
    expect(UI_STRINGS.es.resetRule(120)).toContain('2 minutos');
  });
});
