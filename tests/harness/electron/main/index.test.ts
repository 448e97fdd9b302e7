// Start-up as main runs it: the order of the setup steps, the launch check, one instance per machine.
import { describe, expect, it } from 'vitest';
import { startKiosk } from '../../kiosk';
import type { Kiosk } from '../../kiosk';

let kiosk: Kiosk;

const indexOf = (calls: string[], prefix: string): number => calls.findIndex((c) => c.startsWith(prefix));

describe('start-up order', () => {
  it('registers the scheme and crash reporter before ready, and every handler before the window loads', async () => {
    kiosk = await startKiosk();
    const { calls } = kiosk.fake;
    const ready = indexOf(calls, 'app.ready');
    const load = indexOf(calls, 'webContents.loadURL');
    expect(ready).toBeGreaterThan(-1);
    expect(load).toBeGreaterThan(ready);
    expect(indexOf(calls, 'app.setPath userData')).toBe(0);
    expect(indexOf(calls, 'protocol.registerSchemesAsPrivileged')).toBeLessThan(ready);
    expect(calls).toContain('protocol.registerSchemesAsPrivileged');
    expect(calls).toContain('crashReporter.start');
    for (const step of [
      'protocol.handle app',
      'session.webRequest.onBeforeRequest',
      'ipcMain.handle config:get',
      'ipcMain.handle staff:check-pin',
      'ipcMain.handle staff:exit',
    ]) {
      const at = indexOf(calls, step);
      expect(at, step).toBeGreaterThan(ready);
      expect(at, step).toBeLessThan(load);
    }
    expect(calls[load]).toBe('webContents.loadURL app://kiosk/');
    expect(kiosk.fake.protocol.privileged[0]).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true },
    });
    expect(kiosk.fake.protocol.privileged[0].privileges).not.toHaveProperty('bypassCSP');
    expect(kiosk.fake.crashReporter.options).toEqual({ uploadToServer: false });
    expect(kiosk.fake.Menu.current).toBeNull();
    expect(kiosk.log()).toMatch(/kiosk 0\.1\.0 starting/);
  });

  it('keeps logs, config and counts in the one data folder it chose, and says which', async () => {
    kiosk = await startKiosk();
    expect(kiosk.fake.app.getPath('userData')).toBe(`${kiosk.appData}/ALL Chemo Guide`);
    expect(kiosk.log()).toContain(
      `data folder: ${kiosk.appData}/ALL Chemo Guide (machine, from KIOSK_DATA_DIR)`,
    );
    expect(kiosk.log()).toContain(
      `config: ${kiosk.appData}/ALL Chemo Guide/kiosk-config.json (from data folder (machine))`,
    );
  });
});

describe('launch check', () => {
  it('a debugger switch stops the kiosk before anything else', async () => {
    kiosk = await startKiosk({ args: ['--remote-debugging-port=9222'] });
    expect(kiosk.fake.app.exitCode).toBe(3);
    expect(kiosk.fake.BrowserWindow.created).toHaveLength(0);
    expect(kiosk.fake.calls).not.toContain('protocol.registerSchemesAsPrivileged');
    expect(kiosk.log()).toMatch(/refusing to start: the switch --remote-debugging-port is not allowed/);
  });

  it("Windows' /switch spelling is refused too", async () => {
    kiosk = await startKiosk({ args: ['/remote-debugging-port=9222'], platform: 'win32' });
    expect(kiosk.fake.app.exitCode).toBe(3);
  });

  it("the real-Electron suite's two zero-port switches pass only unpackaged with KIOSK_E2E=1", async () => {
    const args = ['--inspect=0', '--remote-debugging-port=0'];
    kiosk = await startKiosk({ args, env: { KIOSK_E2E: '1' } });
    expect(kiosk.fake.app.exitCode).toBeNull();
    expect(kiosk.fake.BrowserWindow.created).toHaveLength(1);
    kiosk.stop();
    kiosk = await startKiosk({ args, env: { KIOSK_E2E: '1' }, packaged: true });
    expect(kiosk.fake.app.exitCode).toBe(3);
    kiosk.stop();
    kiosk = await startKiosk({ args });
    expect(kiosk.fake.app.exitCode).toBe(3);
  });

  it('--no-sandbox from the AppImage launcher is refused with the fix in the log', async () => {
    kiosk = await startKiosk({ args: ['--no-sandbox'], env: { APPIMAGE: '/opt/kiosk.AppImage' } });
    expect(kiosk.fake.app.exitCode).toBe(3);
    expect(kiosk.log()).toMatch(/AppImage launcher adds it .* install the \.deb package instead/);
  });
});

describe('one kiosk per machine', () => {
  it('a second launch exits at once without a window', async () => {
    kiosk = await startKiosk({ singleInstance: false });
    expect(kiosk.fake.app.exitCode).toBe(0);
    expect(kiosk.fake.BrowserWindow.created).toHaveLength(0);
    expect(kiosk.log()).toMatch(/another kiosk is already running/);
  });

  it('the first kiosk restores and focuses its window when a second launch knocks', async () => {
    kiosk = await startKiosk();
    const window = kiosk.window();
    window.minimized = true;
    const focused = window.focused;
    kiosk.fake.app.secondInstance(['/opt/electron/electron', '.']);
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(focused + 1);
  });
});
