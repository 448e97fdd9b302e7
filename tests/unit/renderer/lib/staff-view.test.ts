import { describe, expect, it } from 'vitest';
import type { Page } from '../../../../electron/shared/content-types';
import type { DayCounts } from '../../../../electron/shared/usage-counts';
import { emptyDay } from '../../../../electron/shared/usage-counts';
import {
  appendDigit,
  canSubmitPin,
  chartBars,
  isInCorner,
  lastDays,
  lockMinutes,
  pageViewTotal,
  reviewState,
} from '../../../../renderer/lib/staff-view';
import { pendingSignOff } from '../../../../renderer/lib/staff-view';
import { choiceTotals } from '../../../../renderer/lib/staff-view';

describe('the hidden corner', () => {
  it('is the top-left 64×64 px square', () => {
    expect(isInCorner(0, 0)).toBe(true);
    expect(isInCorner(63.9, 63.9)).toBe(true);
    expect(isInCorner(64, 10)).toBe(false);
    expect(isInCorner(10, 64)).toBe(false);
    expect(isInCorner(-1, 10)).toBe(false);
  });
});

describe('PIN entry', () => {
  it('takes digits only, up to 12', () => {
    let entry = '';
    for (const key of '12a3-4') entry = appendDigit(entry, key);
    expect(entry).toBe('1234');
    for (let i = 0; i < 20; i++) entry = appendDigit(entry, '9');
    expect(entry).toHaveLength(12);
  });

  it('submits 4 to 12 digits, as main accepts', () => {
    expect(canSubmitPin('123')).toBe(false);
    expect(canSubmitPin('1234')).toBe(true);
    expect(canSubmitPin('123456789012')).toBe(true);
    expect(canSubmitPin('1234567890123')).toBe(false);
    expect(canSubmitPin('12a4')).toBe(false);
  });

  it('says whole minutes while locked, never zero', () => {
    expect(lockMinutes(300)).toBe(5);
    expect(lockMinutes(241)).toBe(5);
    expect(lockMinutes(240)).toBe(4);
    expect(lockMinutes(1)).toBe(1);
    expect(lockMinutes(0)).toBe(1);
  });
});

describe('usage view', () => {
  const day = (date: string, sessions: number): DayCounts => ({ ...emptyDay(date), sessions });

  it('fills the last 30 days, oldest first, with zero rows for empty days', () => {
    const days = lastDays([day('2026-03-01', 4), day('2026-03-10', 7), day('2026-01-01', 99)], '2026-03-10');
    expect(days).toHaveLength(30);
    expect(days[0].day).toBe('2026-02-09');
    expect(days.at(-1)).toMatchObject({ day: '2026-03-10', sessions: 7 });
    expect(days.find((d) => d.day === '2026-03-01')?.sessions).toBe(4);
    expect(days.reduce((sum, d) => sum + d.sessions, 0)).toBe(11);
  });

  it('sums page views', () => {
    expect(pageViewTotal({ ...emptyDay('2026-03-10'), pageViews: { a: 2, b: 3 } })).toBe(5);
  });

  it('draws bars with the tallest filling the height and zero as no bar', () => {
    const bars = chartBars([0, 5, 10], 300, 100);
    expect(bars.map((b) => b.height)).toEqual([0, 50, 100]);
    expect(bars.map((b) => b.y)).toEqual([100, 50, 0]);
    expect(bars[1].x).toBeGreaterThan(bars[0].x + bars[0].width);
    expect(bars.every((b) => b.x >= 0 && b.x + b.width <= 300)).toBe(true);
    expect(chartBars([0, 0], 300, 100).every((b) => b.height === 0)).toBe(true);
    expect(chartBars([], 300, 100)).toEqual([]);
  });
});

describe('review dates', () => {
  it('flags overdue and due within 60 days', () => {
    expect(reviewState('2026-03-09', '2026-03-10')).toBe('overdue');
    expect(reviewState('2026-03-10', '2026-03-10')).toBe('due-soon');
    expect(reviewState('2026-05-09', '2026-03-10')).toBe('due-soon');
    expect(reviewState('2026-05-10', '2026-03-10')).toBe('ok');
    expect(reviewState('2027-01', '2026-03-10')).toBe('ok');
    expect(reviewState('soon', '2026-03-10')).toBe('unknown');
  });
});

describe('clinical sign-off', () => {
  const page = (file: string, review: Page['clinicalReview']): Page =>
    ({ file, clinicalReview: review }) as unknown as Page;

  it('lists only pages whose words changed and wait for a clinician, in order', () => {
    const pages = [
      page('a.md', { status: 'pending', changed: '2026-12-01', reviewer: null, date: null }),
      page('b.md', null),
      page('c.md', { status: 'signed', changed: '2026-11-01', reviewer: 'RN Kim', date: '2026-11-02' }),
      page('d.md', { status: 'pending', changed: '2026-12-01', reviewer: null, date: null }),
    ];
    expect(pendingSignOff(pages).map((p) => p.file)).toEqual(['a.md', 'd.md']);
  });
});

describe('paths and "Who is this for?" totals', () => {
  it('adds each key over the days, in the order given, zero where a day has none', () => {
    const a: DayCounts = {
      ...emptyDay('2026-03-01'),
      paths: { essentials: 2, guide: 1 },
      audiences: { child: 3 },
    };
    const b: DayCounts = {
      ...emptyDay('2026-03-02'),
      paths: { essentials: 1 },
      audiences: { self: 1, child: 1 },
    };
    expect(choiceTotals([a, b], (d) => d.paths, ['essentials', 'guide', 'maintenance'] as const)).toEqual([
      { key: 'essentials', count: 3 },
      { key: 'guide', count: 1 },
      { key: 'maintenance', count: 0 },
    ]);
    expect(choiceTotals([a, b], (d) => d.audiences, ['self', 'child', 'carer'] as const)).toEqual([
      { key: 'self', count: 1 },
      { key: 'child', count: 4 },
      { key: 'carer', count: 0 },
    ]);
  });
});
