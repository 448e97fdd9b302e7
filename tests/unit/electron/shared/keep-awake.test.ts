import { describe, expect, it } from 'vitest';
import { minutesOfDay, shouldKeepAwake } from '../../../../electron/shared/keep-awake';

const m = (hhmm: string): number => minutesOfDay(hhmm) as number;

describe('keep awake', () => {
  it('parses HH:MM strictly', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('23:59')).toBe(1439);
    for (const bad of ['24:00', '7:00', '07:60', '07-00', '', '07:00 ']) expect(minutesOfDay(bad)).toBeNull();
  });
  it('no open hours: always awake', () => {
    expect(shouldKeepAwake(null, m('03:00'))).toBe(true);
  });
  it('day hours: awake from start, asleep from end', () => {
    const hours = { start: '07:00', end: '19:00' };
    expect(shouldKeepAwake(hours, m('06:59'))).toBe(false);
    expect(shouldKeepAwake(hours, m('07:00'))).toBe(true);
    expect(shouldKeepAwake(hours, m('18:59'))).toBe(true);
    expect(shouldKeepAwake(hours, m('19:00'))).toBe(false);
  });
  it('hours across midnight', () => {
    const hours = { start: '22:00', end: '06:00' };
    expect(shouldKeepAwake(hours, m('23:00'))).toBe(true);
    expect(shouldKeepAwake(hours, m('05:59'))).toBe(true);
    expect(shouldKeepAwake(hours, m('06:00'))).toBe(false);
    expect(shouldKeepAwake(hours, m('12:00'))).toBe(false);
  });
  it('malformed hours keep the display awake', () => {
    expect(shouldKeepAwake({ start: 'x', end: '06:00' }, m('12:00'))).toBe(true);
    expect(shouldKeepAwake({ start: '06:00', end: '06:00' }, m('12:00'))).toBe(true);
  });
});
