// The daily usage export as the built main runs it: one CSV a day in <data>/exports or the configured folder,
// a rescue copy when that folder cannot be written, and only the kiosk's own old files pruned.
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
        aged(join(data, 'exports', 'usage-lobby-2-2026-10-02.csv'), 60);
        aged(join(data, 'exports', 'usage-lobby-2-2026-11-20.csv'), 11);
        aged(join(data, 'usage-counts.corrupt-2026-10-01T00-00-00Z.json'), 61);
        aged(join(data, 'usage-counts.corrupt-2026-11-29T00-00-00Z.json'), 2);
      },
    });
    const data = join(kiosk.appData, 'ALL Chemo Guide');
    const exports = join(data, 'exports');
    expect(readdirSync(exports).sort()).toEqual([
      'usage-lobby-2-2026-11-20.csv',
      'usage-lobby-2-2026-12-01.csv',
    ]);
    expect(readFileSync(join(exports, 'usage-lobby-2-2026-12-01.csv'), 'utf8')).toMatch(
      /^site id,kiosk id,date,/,
    );
    expect(existsSync(join(data, 'usage-counts.corrupt-2026-10-01T00-00-00Z.json'))).toBe(false);
    expect(existsSync(join(data, 'usage-counts.corrupt-2026-11-29T00-00-00Z.json'))).toBe(true);

    // A visit today, then the next day's hourly pass writes the next file with today's row in it.
    kiosk.fake.ipcMain.send(kiosk.page(), 'usage:record', { type: 'visit:start' });
    vi.setSystemTime(new Date(2026, 11, 2, 8, 30));
    vi.advanceTimersByTime(3_600_000);
    expect(readdirSync(exports)).toContain('usage-lobby-2-2026-12-02.csv');
    expect(readFileSync(join(exports, 'usage-lobby-2-2026-12-02.csv'), 'utf8')).toMatch(
      /\r\nnorth,lobby-2,2026-12-01,1,/,
    );
    expect(kiosk.log()).toMatch(/daily export: .*usage-lobby-2-2026-12-02\.csv/);
  });

  it("writes to usage_export_folder, keeps other kiosks' files there, and prunes its own after usage_export_days", async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'],
      now: new Date(2026, 11, 1, 9, 0),
    });
    let shared = '';
    const kiosk = await startKiosk({
      beforeStart: (appData) => {
        shared = join(appData, 'share', 'ward-3');
        mkdirSync(shared, { recursive: true });
        const data = join(appData, 'ALL Chemo Guide');
        mkdirSync(data, { recursive: true });
        writeFileSync(
          join(data, 'kiosk-config.json'),
          JSON.stringify({ kiosk_id: 'lobby-2', usage_export_folder: shared, usage_export_days: 7 }),
        );
        const aged = (name: string, days: number): void => {
          const file = join(shared, name);
          writeFileSync(file, 'old');
          const when = new Date(Date.now() - days * DAY);
          utimesSync(file, when, when);
        };
        aged('usage-lobby-2-2026-11-20.csv', 11);
        aged('usage-lobby-2-2026-11-28.csv', 3);
        aged('usage-lobby-9-2026-11-20.csv', 11);
        aged('usage-2026-11-20.csv', 11);
        aged('notes.txt', 90);
      },
    });
    expect(readdirSync(shared).sort()).toEqual([
      'notes.txt',
      'usage-2026-11-20.csv',
      'usage-lobby-2-2026-11-28.csv',
      'usage-lobby-2-2026-12-01.csv',
      'usage-lobby-9-2026-11-20.csv',
    ]);
    expect(existsSync(join(kiosk.appData, 'ALL Chemo Guide', 'exports'))).toBe(false);
    expect(kiosk.log()).toMatch(/usage export .*ward-3 \(7 days\)/);
  });

  it('writes the day to <data>/exports with a warning when usage_export_folder cannot be written', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'],
      now: new Date(2026, 11, 1, 9, 0),
    });
    const kiosk = await startKiosk({
      beforeStart: (appData) => {
        // A folder under a plain file can never be created, not even by root.
        writeFileSync(join(appData, 'not-a-folder'), 'x');
        const data = join(appData, 'ALL Chemo Guide');
        mkdirSync(data, { recursive: true });
        writeFileSync(
          join(data, 'kiosk-config.json'),
          JSON.stringify({
            kiosk_id: 'lobby-2',
            usage_export_folder: join(appData, 'not-a-folder', 'usage'),
          }),
        );
      },
    });
    const exports = join(kiosk.appData, 'ALL Chemo Guide', 'exports');
    expect(readdirSync(exports)).toEqual(['usage-lobby-2-2026-12-01.csv']);
    expect(kiosk.log()).toMatch(
      /usage_export_folder .*not-a-folder.* could not be written .*; wrote .*usage-lobby-2-2026-12-01\.csv instead/,
    );

    // The next hourly pass the same day writes nothing twice.
    vi.advanceTimersByTime(3_600_000);
    expect(readdirSync(exports)).toEqual(['usage-lobby-2-2026-12-01.csv']);
  });

  it('warns when usage_export_folder is set without a kiosk_id', async () => {
    const kiosk = await startKiosk({
      beforeStart: (appData) => {
        const data = join(appData, 'ALL Chemo Guide');
        mkdirSync(data, { recursive: true });
        writeFileSync(
          join(data, 'kiosk-config.json'),
          JSON.stringify({ usage_export_folder: join(appData, 'share') }),
        );
      },
    });
    expect(kiosk.log()).toMatch(/usage_export_folder is set but kiosk_id is not/);
    expect(readdirSync(join(kiosk.appData, 'share'))).toHaveLength(1);
  });
});
