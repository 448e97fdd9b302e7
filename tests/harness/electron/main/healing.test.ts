// The healing ladder as main drives it: Electron's events in, reloads and relaunches out.
import { describe, expect, it, vi } from 'vitest';
import { startKiosk } from '../../kiosk';
import type { Kiosk } from '../../kiosk';

/** A heartbeat from a page with a visit running (the recycle rung never acts on it). */
const VISITING = { attract: false, visits: 0 };

let kiosk: Kiosk;

/** The page loaded and beat once: a healthy kiosk. */
async function healthy(): Promise<Kiosk> {
  const started = await startKiosk();
  started.window().readyToShow();
  started.window().webContents.finishLoad();
  started.fake.ipcMain.send(started.page(), 'kiosk:heartbeat', VISITING);
  return started;
}

describe('healing', () => {
  it('a crashed renderer is reloaded at the start screen', async () => {
    kiosk = await healthy();
    const contents = kiosk.window().webContents;
    contents.rendererGone({ reason: 'crashed', exitCode: 139 });
    expect(contents.loads).toEqual(['app://kiosk/', 'app://kiosk/']);
    expect(kiosk.log()).toMatch(
      /healing: renderer gone \(crashed\); loading the start screen \(failure 1 of 3/,
    );
  });

  it('three renderer failures within 60 s relaunch the kiosk', async () => {
    kiosk = await healthy();
    const contents = kiosk.window().webContents;
    for (let i = 0; i < 3; i++) {
      contents.rendererGone({ reason: 'crashed', exitCode: 139 });
      vi.advanceTimersByTime(10_000);
    }
    expect(kiosk.fake.app.relaunched).toBe(1);
    expect(kiosk.fake.app.exitCode).toBe(0);
    expect(kiosk.log()).toMatch(/3 renderer failures within 60 s: relaunching the kiosk/);
  });

  it('a main-frame load failure loads the start screen again; an aborted load does not', async () => {
    kiosk = await startKiosk();
    const contents = kiosk.window().webContents;
    contents.failLoad(-3, 'ERR_ABORTED');
    expect(contents.loads).toHaveLength(1);
    contents.failLoad(-6, 'ERR_FILE_NOT_FOUND', false);
    expect(contents.loads).toHaveLength(1);
    contents.failLoad(-6, 'ERR_FILE_NOT_FOUND');
    expect(contents.loads).toHaveLength(2);
    expect(kiosk.log()).toMatch(/start page failed to load \(-6 ERR_FILE_NOT_FOUND\)/);
  });

  it('a page that loads but never sends a heartbeat is crashed and reloaded after 30 s', async () => {
    kiosk = await startKiosk();
    const contents = kiosk.window().webContents;
    contents.finishLoad();
    vi.advanceTimersByTime(29_000);
    expect(contents.crashes).toBe(0);
    vi.advanceTimersByTime(6_000);
    expect(contents.crashes).toBe(1);
    expect(contents.loads).toHaveLength(2);
    expect(kiosk.log()).toMatch(/no first heartbeat 30 s after the page loaded/);
    // Its own crash call is not counted twice.
    expect(kiosk.log()).toMatch(/after our own crash call/);
  });

  it('missed heartbeats after the first crash and reload the renderer', async () => {
    kiosk = await healthy();
    const contents = kiosk.window().webContents;
    vi.advanceTimersByTime(20_000);
    expect(contents.crashes).toBe(1);
    expect(kiosk.log()).toMatch(/no heartbeat for \d+ s \(3 missed\)/);
  });

  it('a renderer unresponsive for 15 s is crashed and reloaded; one that recovers is left alone', async () => {
    kiosk = await healthy();
    const contents = kiosk.window().webContents;
    const beat = (): void => kiosk.fake.ipcMain.send(kiosk.page(), 'kiosk:heartbeat', VISITING);
    contents.unresponsive();
    vi.advanceTimersByTime(5_000);
    beat();
    contents.responsive();
    vi.advanceTimersByTime(5_000);
    beat();
    vi.advanceTimersByTime(5_000);
    beat();
    expect(contents.crashes).toBe(0);
    contents.unresponsive();
    for (let i = 0; i < 4; i++) {
      vi.advanceTimersByTime(5_000);
      beat();
    }
    expect(contents.crashes).toBe(1);
    expect(kiosk.log()).toMatch(/renderer unresponsive for 1[5-9] s/);
  });
});

describe('supervised mode', () => {
  it('three failures exit with code 75 for the supervisor instead of relaunching', async () => {
    for (const how of [{ args: ['--supervised'] }, { env: { KIOSK_SUPERVISED: '1' } }]) {
      kiosk = await startKiosk(how);
      kiosk.window().webContents.finishLoad();
      kiosk.fake.ipcMain.send(kiosk.page(), 'kiosk:heartbeat', VISITING);
      for (let i = 0; i < 3; i++) {
        kiosk.window().webContents.rendererGone({ reason: 'crashed', exitCode: 139 });
        vi.advanceTimersByTime(10_000);
      }
      expect(kiosk.fake.app.relaunched).toBe(0);
      expect(kiosk.fake.app.exitCode).toBe(75);
      expect(kiosk.log()).toMatch(/kiosk stopping \(healing\), exit code 75: the supervisor starts it again/);
      kiosk.stop();
    }
  });

  it('a quit (SIGTERM) exits with code 0 and says so, supervised or not', async () => {
    kiosk = await startKiosk({ args: ['--supervised'] });
    kiosk.fake.app.signal('SIGTERM');
    expect(kiosk.fake.app.exitCode).toBe(0);
    expect(kiosk.log()).toMatch(/kiosk stopping \(quit\), exit code 0/);
  });
});
