// status.json as the built main writes it: the ladder's steps by rung, the last heartbeat, the reviews due.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { startKiosk } from '../../kiosk';
import type { Kiosk } from '../../kiosk';

/** A heartbeat from a page with a visit running (the recycle rung never acts on it). */
const VISITING = { attract: false, visits: 0 };

type Status = {
  state: string;
  healing: {
    counts: Record<string, number>;
    last_action: { rung: string; reason: string; at: string } | null;
    recent_failures: number;
  };
  last_heartbeat_at: string | null;
  reviews_due: { within_days: number; count: number; overdue: number; pages: { page: string }[] } | null;
};

const readStatus = (kiosk: Kiosk): Status =>
  JSON.parse(readFileSync(join(kiosk.appData, 'ALL Chemo Guide', 'status.json'), 'utf8')) as Status;

type Manifest = { pages: { locale: string; id: string; reviewDue: string }[] };
const manifest = JSON.parse(
  readFileSync(resolve(process.env.KIOSK_OUT ?? 'out', 'renderer', 'content-manifest.json'), 'utf8'),
) as Manifest;

describe('status.json', () => {
  it('reports the healing ladder by rung and the last heartbeat, rewritten each minute', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'],
      now: new Date('2026-12-01T10:00:00Z'),
    });
    const kiosk = await startKiosk();
    const before = readStatus(kiosk);
    expect(before.healing.counts).toEqual({
      recycle: 0,
      logged: 0,
      reload: 0,
      'crash-reload': 0,
      relaunch: 0,
    });
    expect(before.last_heartbeat_at).toBeNull();

    const contents = kiosk.window().webContents;
    contents.finishLoad();
    kiosk.fake.ipcMain.send(kiosk.page(), 'kiosk:heartbeat', VISITING);
    vi.advanceTimersByTime(2_000);
    contents.rendererGone({ reason: 'crashed', exitCode: 139 });
    // The reloaded page comes up and beats every 5 s until the next status write.
    contents.finishLoad();
    for (let t = 0; t < 58_000; t += 5_000) {
      kiosk.fake.ipcMain.send(kiosk.page(), 'kiosk:heartbeat', VISITING);
      vi.advanceTimersByTime(Math.min(5_000, 58_000 - t));
    }

    const after = readStatus(kiosk);
    expect(after.state).toBe('running');
    expect(after.last_heartbeat_at).toBe('2026-12-01T10:00:57.000Z');
    expect(after.healing.counts).toEqual({
      recycle: 0,
      logged: 0,
      reload: 1,
      'crash-reload': 0,
      relaunch: 0,
    });
    expect(after.healing.last_action).toEqual({
      rung: 'reload',
      reason: expect.stringMatching(/^renderer gone \(crashed\); loading the start screen/) as unknown,
      at: '2026-12-01T10:00:02.000Z',
    });
    expect(after.healing.recent_failures).toBe(1);
  });

  it('lists the pages whose review falls due within 60 days of the kiosk’s day', async () => {
    const earliest = manifest.pages.map((p) => p.reviewDue).sort()[0];
    // 30 days before the earliest review date: that page (and any on the same day) is due soon.
    const now = new Date(`${earliest}T12:00:00`);
    now.setDate(now.getDate() - 30);
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'],
      now,
    });
    const kiosk = await startKiosk();
    const status = readStatus(kiosk);
    const horizon = new Date(now);
    horizon.setDate(horizon.getDate() + 60);
    const day = (d: Date): string =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const expected = manifest.pages.filter((p) => p.reviewDue <= day(horizon));
    expect(expected.length).toBeGreaterThan(0);
    expect(status.reviews_due).toMatchObject({ within_days: 60, count: expected.length, overdue: 0 });
    expect(status.reviews_due?.pages.map((p) => p.page).sort()).toEqual(expected.map((p) => p.id).sort());
  });
});
