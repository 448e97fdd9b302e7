// The recycle rung as main drives it: heartbeats carrying the screen state in, a fresh start page out, only on
// an idle attract screen.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startKiosk } from '../../kiosk';
import type { Kiosk } from '../../kiosk';

const HOUR = 60 * 60_000;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-recycle-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function kioskWith(config: object): Promise<Kiosk> {
  const file = join(dir, 'kiosk-config.json');
  writeFileSync(file, JSON.stringify(config));
  const kiosk = await startKiosk({ args: [`--config=${file}`] });
  kiosk.window().readyToShow();
  kiosk.window().webContents.finishLoad();
  return kiosk;
}

/** Beats every 10 s for `ms`, each with `state` (the page beats every 5 s; 10 s stays inside the ladder's
 * 15 s and halves the test's work). */
function beatFor(kiosk: Kiosk, ms: number, state: { attract: boolean; visits: number }): void {
  for (let t = 0; t < ms; t += 10_000) {
    kiosk.fake.ipcMain.send(kiosk.page(), 'kiosk:heartbeat', state);
    vi.advanceTimersByTime(10_000);
  }
}

describe('renderer recycle', () => {
  it('after N visits, at the idle attract screen, loads a fresh start page once, and logs it', async () => {
    const kiosk = await kioskWith({ recycle_after_visits: 5, recycle_hour: null });
    const contents = kiosk.window().webContents;
    beatFor(kiosk, HOUR, { attract: false, visits: 5 });
    expect(contents.loads).toEqual(['app://kiosk/']);
    beatFor(kiosk, 40_000, { attract: true, visits: 5 });
    expect(contents.loads).toEqual(['app://kiosk/', 'app://kiosk/']);
    expect(contents.crashes).toBe(0);
    expect(kiosk.log()).toMatch(/healing: recycling the renderer at the attract screen after 5 visits/);
    // The fresh page counts from 0 again; before it has 5 visits, or within the hour, nothing more happens.
    contents.finishLoad();
    beatFor(kiosk, 1.2 * HOUR, { attract: true, visits: 4 });
    expect(contents.loads).toHaveLength(2);
  }, 60_000);

  it('never recycles while a visit runs, nor with both triggers off', async () => {
    const busy = await kioskWith({ recycle_after_visits: 1 });
    beatFor(busy, 1.5 * HOUR, { attract: false, visits: 900 });
    expect(busy.window().webContents.loads).toHaveLength(1);
    busy.stop();
    const off = await kioskWith({ recycle_after_visits: null, recycle_hour: null });
    beatFor(off, 1.5 * HOUR, { attract: true, visits: 900 });
    expect(off.window().webContents.loads).toHaveLength(1);
    expect(off.log()).not.toMatch(/recycling/);
  }, 60_000);

  it('in the quiet hour, once that day', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'],
      now: new Date(2026, 11, 2, 1, 50),
    });
    const kiosk = await kioskWith({ recycle_after_visits: null, recycle_hour: 3 });
    const contents = kiosk.window().webContents;
    beatFor(kiosk, 69 * 60_000, { attract: true, visits: 0 }); // until 02:59
    expect(contents.loads).toHaveLength(1);
    beatFor(kiosk, 2 * 60_000, { attract: true, visits: 0 }); // into 03:00
    expect(contents.loads).toHaveLength(2);
    expect(kiosk.log()).toMatch(/in the quiet hour \(03:00\)/);
    contents.finishLoad();
    beatFor(kiosk, 75 * 60_000, { attract: true, visits: 0 }); // past 04:00
    expect(contents.loads).toHaveLength(2);
  }, 60_000);

  it('a heartbeat without the screen state is dropped and logged (the contract changed with the rung)', async () => {
    const kiosk = await kioskWith({});
    kiosk.fake.ipcMain.send(kiosk.page(), 'kiosk:heartbeat');
    kiosk.fake.ipcMain.send(kiosk.page(), 'kiosk:heartbeat', { attract: true, visits: -1 });
    expect(kiosk.log().match(/IPC kiosk:heartbeat dropped: invalid payload/g)).toHaveLength(2);
  });
});
