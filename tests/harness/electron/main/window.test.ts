// The kiosk window as main creates and runs it: options, showing, kiosk mode, closing and quitting.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { hashPin } from '../../../../electron/main/staff-pin';
import { startKiosk } from '../../kiosk';
import type { Kiosk } from '../../kiosk';

let kiosk: Kiosk;

describe('production window', () => {
  it('is created hidden, windowed, frameless and resizable, with the locked-down preferences', async () => {
    kiosk = await startKiosk();
    const { options } = kiosk.window();
    expect(options).toMatchObject({
      show: false,
      kiosk: false,
      fullscreen: false,
      frame: false,
      resizable: true,
      maximizable: true,
      movable: false,
    });
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
    expect(options.webPreferences?.preload).toMatch(/out\/preload\/index\.cjs$/);
    expect(kiosk.window().visible).toBe(false);
  });

  it('on ready-to-show enters kiosk mode, then shows', async () => {
    kiosk = await startKiosk();
    const window = kiosk.window();
    window.readyToShow();
    expect(window.visible).toBe(true);
    expect(window.isKiosk()).toBe(true);
    const { calls } = kiosk.fake;
    expect(calls.indexOf('window.setKiosk true')).toBeLessThan(calls.indexOf('window.show'));
    expect(kiosk.log()).toMatch(/window shown \(ready-to-show\)/);
  });

  it('shows anyway (in kiosk mode) when ready-to-show never comes', async () => {
    kiosk = await startKiosk();
    const window = kiosk.window();
    vi.advanceTimersByTime(4_999);
    expect(window.visible).toBe(false);
    vi.advanceTimersByTime(1);
    expect(window.visible).toBe(true);
    expect(window.isKiosk()).toBe(true);
    expect(kiosk.log()).toMatch(/window shown \(no ready-to-show within 5 s\)/);
    // A late ready-to-show changes nothing.
    window.readyToShow();
    expect(kiosk.fake.calls.filter((c) => c === 'window.show')).toHaveLength(1);
  });

  it('goes back into kiosk mode when something takes it out of fullscreen', async () => {
    kiosk = await startKiosk();
    const window = kiosk.window();
    window.readyToShow();
    window.leaveFullScreen();
    expect(window.isFullScreen()).toBe(true);
    expect(kiosk.log()).toMatch(/window left fullscreen; restored/);
  });
});

describe('closing and quitting', () => {
  it('refuses a plain close (a window manager, Alt+F4 past the key table)', async () => {
    kiosk = await startKiosk();
    kiosk.window().close();
    expect(kiosk.window().isDestroyed()).toBe(false);
    expect(kiosk.log()).toMatch(/window close refused/);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('%s quits completely, with exit code 0', async (signal) => {
    kiosk = await startKiosk();
    kiosk.window().readyToShow();
    kiosk.fake.app.signal(signal);
    expect(kiosk.fake.calls).not.toContain('app.quit cancelled by a window');
    expect(kiosk.window().isDestroyed()).toBe(true);
    expect(kiosk.fake.app.exitCode).toBe(0);
  });

  it('the staff exit is refused without a PIN, and quits completely after one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-config-'));
    const config = join(dir, 'kiosk-config.json');
    writeFileSync(config, JSON.stringify({ staff_pin_hash: hashPin('246802') }));
    try {
      kiosk = await startKiosk({ args: [`--config=${config}`] });
      const { ipcMain } = kiosk.fake;
      await expect(ipcMain.invoke(kiosk.page(), 'staff:exit')).rejects.toThrow(/refused/);
      expect(kiosk.fake.app.exitCode).toBeNull();
      expect(kiosk.log()).toMatch(/IPC staff:exit refused: no staff PIN in the last 2 minutes/);
      expect(await ipcMain.invoke(kiosk.page(), 'staff:check-pin', { pin: '246802' })).toEqual({
        status: 'ok',
      });
      await ipcMain.invoke(kiosk.page(), 'staff:exit');
      expect(kiosk.window().isDestroyed()).toBe(true);
      expect(kiosk.fake.app.exitCode).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
