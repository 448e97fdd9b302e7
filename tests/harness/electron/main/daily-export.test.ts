// The daily usage export as the built main runs it: one CSV a day in <data>/exports, old ones pruned.
import { existsSync, mkdirSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { startKiosk } from '../../kiosk';

const DAY = 86_400_000;

describe('daily usage export', () => {
  it('writes one CSV per day with the ids, and prunes exports and corrupt copies past 30 days', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'],
      now: new Date(2026, 11, 1, 9, 0),
    });
    const config = JSON.stringify({ site_id: 'north', kiosk_id: 'lobby-2' });
    const kiosk = await startKiosk({
      beforeStart: (appData) => {
        const data = join(appData, 'ALL Chemo Guide');
        mkdirSync(join(data, 'exports'), { recursive: true });
        writeFileSync(join(data, 'kiosk-config.json'), config);
        const aged = (file: string, days: number): void => {
          writeFileSync(file, 'old');
          const when = new Date(Date.now() - days * DAY);
          utimesSync(file, when, when);
        };
        aged(join(data, 'exports', 'usage-2026-10-01.csv'), 61);
        aged(join(data, 'exports', 'usage-2026-11-20.csv'), 11);
        aged(join(data, 'usage-counts.corrupt-2026-10-01T00-00-00Z.json'), 61);
        aged(join(data, 'usage-counts.corrupt-2026-11-29T00-00-00Z.json'), 2);
      },
    });
    const data = join(kiosk.appData, 'ALL Chemo Guide');
    const exports = join(data, 'exports');
    expect(readdirSync(exports).sort()).toEqual(['usage-2026-11-20.csv', 'usage-2026-12-01.csv']);
    expect(readFileSync(join(exports, 'usage-2026-12-01.csv'), 'utf8')).toMatch(/^site id,kiosk id,date,/);
    expect(existsSync(join(data, 'usage-counts.corrupt-2026-10-01T00-00-00Z.json'))).toBe(false);
    expect(existsSync(join(data, 'usage-counts.corrupt-2026-11-29T00-00-00Z.json'))).toBe(true);

    // A visit today, then the next day's hourly pass writes the next file with today's row in it.
    kiosk.fake.ipcMain.send(kiosk.page(), 'usage:record', { type: 'visit:start' });
    vi.setSystemTime(new Date(2026, 11, 2, 8, 30));
    vi.advanceTimersByTime(3_600_000);
    expect(readdirSync(exports)).toContain('usage-2026-12-02.csv');
    expect(readFileSync(join(exports, 'usage-2026-12-02.csv'), 'utf8')).toMatch(
      /\r\nnorth,lobby-2,2026-12-01,1,/,
    );
    expect(kiosk.log()).toMatch(/daily export: .*usage-2026-12-02\.csv/);
  });
});
