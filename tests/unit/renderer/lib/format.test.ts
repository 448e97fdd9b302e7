import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../../renderer/lib/format';

describe('formatIsoDate', () => {
  it('formats full dates per locale without time-zone shifts', () => {
    expect(formatIsoDate('2026-11-27', 'en')).toBe('November 27, 2026');
    expect(formatIsoDate('2026-01-01', 'es')).toBe('1 de enero de 2026');
  });

  it('formats month-only dates as month and year', () => {
    expect(formatIsoDate('2024-07', 'en')).toBe('July 2024');
    expect(formatIsoDate('2024-07', 'es')).toBe('julio de 2024');
  });

  it('returns anything that is not an ISO date unchanged', () => {
    expect(formatIsoDate('soon', 'en')).toBe('soon');
  });
});
