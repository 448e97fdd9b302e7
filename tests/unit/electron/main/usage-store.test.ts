import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UsageEvent } from '../../../../electron/shared/ipc-contract';
import type { DayCounts } from '../../../../electron/shared/usage-counts';
import { addDays, emptyDay } from '../../../../electron/shared/usage-counts';
import { openUsageStore, USAGE_FILE_NAME } from '../../../../electron/main/usage-store';
import type { Scheduler, UsageFs, UsageStoreOptions } from '../../../../electron/main/usage-store';

let dir: string;
let file: string;
let clock: { date: Date };
let timers: { run: () => void; delayMs: number; cancelled: boolean }[];
let logs: string[];

const schedule: Scheduler = (run, delayMs) => {
  const timer = { run, delayMs, cancelled: false };
  timers.push(timer);
  return () => {
    timer.cancelled = true;
  };
};

/** Fires every armed timer once (what one second of real time would do). */
function tick(): void {
  const due = timers.filter((t) => !t.cancelled);
  timers = [];
  for (const t of due) t.run();
}

function open(extra: Partial<UsageStoreOptions> = {}): ReturnType<typeof openUsageStore> {
  return openUsageStore({
    dir,
    enabled: true,
    now: () => clock.date,
    log: (line) => logs.push(line),
    schedule,
    ...extra,
  });
}

function readStored(): { version: number; days: DayCounts[]; notice?: { day: string; text: string } } {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ReturnType<typeof readStored>;
}

function listDir(): string[] {
  return fs.readdirSync(dir).sort();
}

/** node:fs with some calls replaced, to inject failures and count writes. */
function fsWith(overrides: Partial<UsageFs>): UsageFs {
  return { ...fs, ...overrides };
}

function writeStored(days: DayCounts[]): void {
  fs.writeFileSync(file, JSON.stringify({ version: 1, days }));
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'usage-store-'));
  file = path.join(dir, USAGE_FILE_NAME);
  clock = { date: new Date(2026, 10, 27, 14, 30) };
  timers = [];
  logs = [];
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const visit: UsageEvent[] = [
  { type: 'visit:start' },
  { type: 'locale', locale: 'es' },
  { type: 'page:view', pageId: 'fever' },
  { type: 'page:view', pageId: 'fever' },
  { type: 'text-size', step: 125 },
  { type: 'tour:finish' },
  { type: 'visit:end', bucket: '1-3m' },
  { type: 'path:start', path: 'induction' },
  { type: 'audience', audience: 'self' },
];

describe('recording and writing', () => {
  it('counts in memory, then writes once per timer tick, not once per tap', () => {
    let renames = 0;
    const store = open({
      fs: fsWith({
        renameSync: (from, to) => {
          renames += 1;
          fs.renameSync(from, to);
        },
      }),
    });
    for (const event of visit) store.record(event);
    expect(fs.existsSync(file)).toBe(false);
    expect(timers.filter((t) => !t.cancelled)).toHaveLength(1);
    expect(timers[0]?.delayMs).toBe(1000);
    tick();
    expect(renames).toBe(1);
    expect(readStored().days).toEqual([
      {
        day: '2026-11-27',
        sessions: 1,
        toursFinished: 1,
        pageViews: { fever: 2 },
        locales: { es: 1 },
        textSizes: { '125': 1 },
        sessionLengths: { '1-3m': 1 },
        paths: { induction: 1 },
        audiences: { self: 1 },
      },
    ]);
    tick();
    expect(renames).toBe(1);
    store.close();
    expect(renames).toBe(1);
  });

  it('loses no count on close(), and a new store reads them back', () => {
    const store = open();
    for (const event of visit) store.record(event);
    store.record({ type: 'visit:start' });
    store.close();
    expect(timers.every((t) => t.cancelled)).toBe(true);
    expect(readStored().days[0]?.sessions).toBe(2);
    const again = open();
    again.record({ type: 'visit:start' });
    again.close();
    expect(readStored().days[0]?.sessions).toBe(3);
    expect(again.summary().days[0]?.pageViews).toEqual({ fever: 2 });
  });

  it('counts by local day and ignores events after close()', () => {
    const store = open();
    store.record({ type: 'visit:start' });
    clock.date = new Date(2026, 10, 28, 0, 0, 1);
    store.record({ type: 'visit:start' });
    store.record({ type: 'visit:start' });
    store.close();
    store.record({ type: 'visit:start' });
    expect(readStored().days.map((d) => [d.day, d.sessions])).toEqual([
      ['2026-11-27', 1],
      ['2026-11-28', 2],
    ]);
    expect(logs.some((l) => l.includes('after the store was closed'))).toBe(true);
  });

  it('keeps no finer time than the day in the file', () => {
    const store = open();
    for (const event of visit) store.record(event);
    store.close();
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toMatch(/T\d{2}:|14:30|\d{10,}/);
  });

  it('drops invalid events and logs how many, without echoing them', () => {
    const store = open();
    const bad = [
      { type: 'page:view', pageId: 'Has Spaces' },
      { type: 'page:view', pageId: 'x'.repeat(65) },
      { type: 'search', text: 'my diagnosis' },
      { type: 'visit:start', at: 123 },
      { type: 'locale', locale: 'fr' },
      { type: 'text-size', step: 175 },
      null,
      'visit:start',
    ];
    for (const event of bad) store.record(event as UsageEvent);
    store.record({ type: 'visit:start' });
    store.close();
    expect(readStored().days).toEqual([{ ...emptyDay('2026-11-27'), sessions: 1 }]);
    expect(logs).toContain('usage: dropped 8 invalid event(s)');
    expect(logs.join('\n')).not.toContain('my diagnosis');
  });

  it('caps distinct page ids per day and logs the drops', () => {
    const store = open();
    for (let i = 0; i < 250; i += 1) store.record({ type: 'page:view', pageId: `page-${i}` });
    store.close();
    expect(Object.keys(readStored().days[0]?.pageViews ?? {})).toHaveLength(200);
    expect(logs).toContain('usage: dropped 50 page view(s) over the per-day page limit');
  });
});

describe('take-home counts', () => {
  it('stores QR views and prints per day, and reads them back', () => {
    const store = open();
    store.record({ type: 'take-home:qr' });
    store.record({ type: 'take-home:qr' });
    store.countPrint();
    store.close();
    expect(readStored().days).toEqual([{ ...emptyDay('2026-11-27'), qrShown: 2, prints: 1 }]);
    const again = open();
    expect(again.summary().days[0]).toMatchObject({ qrShown: 2, prints: 1 });
    again.close();
  });

  it('counts no print when usage counts are off', () => {
    const store = open({ enabled: false });
    store.countPrint();
    store.close();
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('atomic writes', () => {
  function seedOld(): string {
    const old = { ...emptyDay('2026-11-26'), sessions: 7 };
    writeStored([old]);
    return fs.readFileSync(file, 'utf8');
  }

  it('leaves the old file whole and no temp file when the rename fails, then retries', () => {
    const before = seedOld();
    let failRename = true;
    const store = open({
      fs: fsWith({
        renameSync: (from, to) => {
          if (failRename) throw Object.assign(new Error('simulated crash'), { code: 'EIO' });
          fs.renameSync(from, to);
        },
      }),
    });
    store.record({ type: 'visit:start' });
    tick();
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    expect(listDir()).toEqual([USAGE_FILE_NAME]);
    expect(logs.some((l) => l.includes('could not write') && l.includes('EIO'))).toBe(true);
    // The failed write re-armed the timer; the counts were not lost.
    expect(timers.filter((t) => !t.cancelled)).toHaveLength(1);
    failRename = false;
    tick();
    expect(readStored().days.map((d) => [d.day, d.sessions])).toEqual([
      ['2026-11-26', 7],
      ['2026-11-27', 1],
    ]);
    expect(listDir()).toEqual([USAGE_FILE_NAME]);
    store.close();
  });

  it('leaves the old file whole when the disk fills up half way through the temp file', () => {
    const before = seedOld();
    const store = open({
      fs: fsWith({
        writeSync: ((fd: number, buffer: Buffer, offset: number, length: number) => {
          fs.writeSync(fd, buffer, offset, Math.min(length, 10));
          throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
        }) as unknown as UsageFs['writeSync'],
      }),
    });
    store.record({ type: 'visit:start' });
    expect(store.flush()).toBe(false);
    store.close();
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    expect(listDir()).toEqual([USAGE_FILE_NAME]);
  });

  it('fsyncs the temp file before renaming it over the old one', () => {
    const calls: string[] = [];
    const store = open({
      fs: fsWith({
        fsyncSync: (fd) => {
          calls.push('fsync');
          fs.fsyncSync(fd);
        },
        renameSync: (from, to) => {
          calls.push(`rename ${path.basename(String(from))} -> ${path.basename(String(to))}`);
          fs.renameSync(from, to);
        },
      }),
    });
    store.record({ type: 'visit:start' });
    store.close();
    expect(calls).toEqual([
      'fsync',
      `rename .${USAGE_FILE_NAME}.tmp -> ${USAGE_FILE_NAME}`,
      'fsync', // the folder, so the rename itself survives a power cut
    ]);
  });
});

describe('corrupt files', () => {
  it.each([
    ['empty', ''],
    ['bad JSON', '{"version":1,"days":[{"day":"2026-'],
    ['binary garbage', Buffer.from([0, 255, 1, 2, 0x50, 0x4b, 3, 4, 0])],
    ['wrong shape', '{"counts":[1,2,3]}'],
    ['wrong version', '{"version":9,"days":[]}'],
  ])('moves a %s file aside, starts fresh and tells staff', (_name, content) => {
    fs.writeFileSync(file, content);
    const store = open();
    const aside = listDir().filter((n) => n !== USAGE_FILE_NAME);
    expect(aside).toEqual([
      'usage-counts.corrupt-' + clock.date.toISOString().slice(0, 19).replaceAll(':', '-') + 'Z.json',
    ]);
    expect(fs.readFileSync(path.join(dir, aside[0]))).toEqual(Buffer.from(content));
    const summary = store.summary();
    expect(summary.days).toEqual([]);
    expect(summary.notice).toBe(
      `The usage counts file could not be read, so it was kept as ${aside[0]} and counting started again on 2026-11-27.`,
    );
    store.record({ type: 'visit:start' });
    store.close();
    expect(readStored().days).toEqual([{ ...emptyDay('2026-11-27'), sessions: 1 }]);
  });

  it('never overwrites an earlier corrupt copy', () => {
    fs.writeFileSync(file, 'first');
    open().close();
    fs.writeFileSync(file, 'second');
    open().close();
    fs.writeFileSync(file, 'third');
    open().close();
    const aside = listDir().filter((n) => n.includes('.corrupt-'));
    expect(aside).toHaveLength(3);
    expect(aside.map((n) => fs.readFileSync(path.join(dir, n), 'utf8')).sort()).toEqual([
      'first',
      'second',
      'third',
    ]);
  });

  it('keeps showing the notice after a restart, for 30 days', () => {
    fs.writeFileSync(file, 'garbage');
    open().close();
    expect(open().summary().notice).toMatch(/could not be read/);
    clock.date = new Date(2026, 11, 27, 9, 0);
    expect(open().summary().notice).toBeNull();
  });

  it('drops only the damaged days of a well-shaped file, keeping the original beside it', () => {
    const good = { ...emptyDay('2026-11-26'), sessions: 4 };
    const original = JSON.stringify({ version: 1, days: [good, { day: '2026-11-25', sessions: 'many' }] });
    fs.writeFileSync(file, original);
    const store = open();
    expect(store.summary().days).toEqual([good]);
    const aside = listDir().filter((n) => n.includes('.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0]), 'utf8')).toBe(original);
    expect(store.summary().notice).toBe(
      `1 damaged day(s) in the usage counts file were left out, and the original file was kept as ${aside[0]}.`,
    );
    store.close();
    expect(readStored().days).toEqual([good]);
  });

  it('never writes over an unreadable file it could not move aside', () => {
    fs.writeFileSync(file, 'garbage');
    const store = open({
      fs: fsWith({
        renameSync: () => {
          throw Object.assign(new Error('read-only'), { code: 'EROFS' });
        },
      }),
    });
    store.record({ type: 'visit:start' });
    expect(store.summary().days[0]?.sessions).toBe(1);
    expect(store.summary().notice).toMatch(/could not be read or moved aside, so counts are kept only until/);
    store.close();
    expect(fs.readFileSync(file, 'utf8')).toBe('garbage');
  });
});

describe('bounds and summary', () => {
  it('prunes to 400 days on load and writes the smaller file', () => {
    const days = Array.from({ length: 450 }, (_, i) => ({
      ...emptyDay(addDays('2026-11-27', -i)),
      sessions: 1,
    }));
    writeStored(days);
    const store = open();
    store.close();
    const stored = readStored().days;
    expect(stored).toHaveLength(400);
    expect(stored[0]?.day).toBe(addDays('2026-11-27', -399));
    expect(stored.at(-1)?.day).toBe('2026-11-27');
  });

  it('prunes days that age out while the kiosk runs', () => {
    writeStored([{ ...emptyDay('2025-10-24'), sessions: 1 }]);
    const store = open();
    clock.date = new Date(2026, 10, 28, 8, 0);
    store.record({ type: 'visit:start' });
    store.close();
    expect(readStored().days.map((d) => d.day)).toEqual(['2026-11-28']);
  });

  it('summarises the last 30 days, newest last', () => {
    writeStored(
      Array.from({ length: 45 }, (_, i) => ({ ...emptyDay(addDays('2026-11-27', -i)), sessions: i })),
    );
    const summary = open().summary();
    expect(summary.enabled).toBe(true);
    expect(summary.notice).toBeNull();
    expect(summary.days).toHaveLength(30);
    expect(summary.days[0]).toMatchObject({ day: '2026-10-29', sessions: 29 });
    expect(summary.days.at(-1)).toMatchObject({ day: '2026-11-27', sessions: 0 });
  });
});

describe('CSV export', () => {
  it('writes usage-export-<day>.csv atomically and returns its path', () => {
    writeStored([{ ...emptyDay('2026-11-20'), sessions: 2, pageViews: { 'side-effects': 3 } }]);
    const store = open();
    for (const event of visit) store.record(event);
    const result = store.exportCsv();
    expect(result).toEqual({ ok: true, path: path.join(dir, 'usage-export-2026-11-27.csv') });
    const lines = fs.readFileSync(path.join(dir, 'usage-export-2026-11-27.csv'), 'utf8').split('\r\n');
    expect(lines[0]).toMatch(/^date,visits started,tours finished,.*,views fever,views side-effects$/);
    expect(lines.slice(1)).toEqual([
      '2026-11-20,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3',
      '2026-11-27,1,1,0,1,0,1,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,2,0',
      '',
    ]);
    expect(listDir().some((n) => n.endsWith('.tmp'))).toBe(false);
    store.close();
  });

  it('reports an fs error instead of throwing', () => {
    const store = open({
      fs: fsWith({
        openSync: (p: fs.PathLike, ...rest: unknown[]) => {
          if (String(p).endsWith('.csv.tmp')) throw Object.assign(new Error('denied'), { code: 'EACCES' });
          return (fs.openSync as (...a: unknown[]) => number)(p, ...rest);
        },
      }),
    });
    store.record({ type: 'visit:start' });
    const result = store.exportCsv();
    expect(!result.ok && result.reason).toMatch(/could not be written \(EACCES: denied\)/);
    expect(listDir().some((n) => n.includes('usage-export'))).toBe(false);
    store.close();
  });
});

describe('CSV export with the config ids', () => {
  it('carries site_id and kiosk_id into every row', () => {
    const store = open({ ids: { siteId: 'north', kioskId: 'lobby-2' } });
    store.record({ type: 'visit:start' });
    const result = store.exportCsv();
    expect(result.ok).toBe(true);
    const lines = fs.readFileSync((result as { path: string }).path, 'utf8').split('\r\n');
    expect(lines[0]).toMatch(/^site id,kiosk id,date,/);
    expect(lines[1]).toMatch(/^north,lobby-2,\d{4}-\d{2}-\d{2},1,/);
  });
});

describe('turned off (usage_counts: false)', () => {
  it('records nothing, writes nothing, reads nothing', () => {
    const sub = path.join(dir, 'not-created');
    fs.writeFileSync(file, 'garbage that must not be touched');
    const store = openUsageStore({ dir: sub, enabled: false, now: () => clock.date, schedule });
    for (const event of visit) store.record(event);
    expect(timers).toHaveLength(0);
    expect(store.summary()).toEqual({ enabled: false, days: [], notice: null });
    expect(store.exportCsv()).toEqual({
      ok: false,
      reason: 'Usage counts are turned off in the kiosk config (usage_counts).',
    });
    store.close();
    expect(fs.existsSync(sub)).toBe(false);
    const same = open({ enabled: false });
    same.close();
    expect(listDir()).toEqual([USAGE_FILE_NAME]);
    expect(fs.readFileSync(file, 'utf8')).toBe('garbage that must not be touched');
  });
});

describe('default scheduler', () => {
  it('writes by itself after the delay when no scheduler is injected', async () => {
    const store = openUsageStore({ dir, enabled: true, flushDelayMs: 5 });
    store.record({ type: 'visit:start' });
    expect(fs.existsSync(file)).toBe(false);
    await expect.poll(() => fs.existsSync(file), { timeout: 2000, interval: 5 }).toBe(true);
    store.close();
  });
});
