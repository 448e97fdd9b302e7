import { describe, expect, it } from 'vitest';
import {
  PRINT_MIN_GAP_MS,
  printDecision,
  printOptions,
  printerListed,
} from '../../../../electron/shared/print-policy';

const on = { enabled: true, device_name: 'Lobby HP' };

describe('print policy', () => {
  it('prints only when the config turns the printer on', () => {
    expect(printDecision({ ...on, enabled: false }, null, 0)).toBe('disabled');
    expect(printDecision(on, null, 0)).toBe('print');
  });

  it('prints once per gap; a clock that went back does not block printing', () => {
    expect(printDecision(on, 1000, 1000 + PRINT_MIN_GAP_MS - 1)).toBe('too-soon');
    expect(printDecision(on, 1000, 1000 + PRINT_MIN_GAP_MS)).toBe('print');
    expect(printDecision(on, 5000, 1000)).toBe('print');
  });

  it('prints silently to the named printer, one copy', () => {
    expect(printOptions(on)).toMatchObject({ silent: true, deviceName: 'Lobby HP', copies: 1 });
  });

  it('matches the printer name exactly', () => {
    expect(printerListed('Lobby HP', [{ name: 'Lobby HP' }])).toBe(true);
    expect(printerListed('lobby hp', [{ name: 'Lobby HP' }])).toBe(false);
  });
});
