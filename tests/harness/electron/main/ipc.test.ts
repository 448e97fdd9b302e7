// IPC as main enforces it: only the kiosk page's main frame, only valid payloads, and nothing secret back.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPin } from '../../../../electron/main/staff-pin';
import { startKiosk } from '../../kiosk';
import type { Kiosk } from '../../kiosk';

let kiosk: Kiosk;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-ipc-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function withPin(): Promise<{ kiosk: Kiosk; hash: string }> {
  const hash = hashPin('246802');
  const config = join(dir, 'kiosk-config.json');
  writeFileSync(config, JSON.stringify({ staff_pin_hash: hash, idle_seconds: 90 }));
  return { kiosk: await startKiosk({ args: [`--config=${config}`] }), hash };
}

describe('IPC', () => {
  it('config:get answers without the PIN hash, only whether one is set', async () => {
    const started = await withPin();
    kiosk = started.kiosk;
    const reply = await kiosk.fake.ipcMain.invoke(kiosk.page(), 'config:get');
    expect(reply).toMatchObject({ config: { idle_seconds: 90, staffPinConfigured: true }, warnings: [] });
    expect(JSON.stringify(reply)).not.toContain(started.hash);
    expect(JSON.stringify(reply)).not.toContain('staff_pin_hash');
  });

  it('no reply to the page carries the hash', async () => {
    const started = await withPin();
    kiosk = started.kiosk;
    const { ipcMain } = kiosk.fake;
    const replies = [
      await ipcMain.invoke(kiosk.page(), 'config:get'),
      await ipcMain.invoke(kiosk.page(), 'usage:get'),
      await ipcMain.invoke(kiosk.page(), 'staff:check-pin', { pin: '1111' }),
      await ipcMain.invoke(kiosk.page(), 'staff:check-pin', { pin: '246802' }),
    ];
    for (const reply of replies) expect(JSON.stringify(reply)).not.toContain(started.hash.split('$')[5]);
  });

  it('a message from another web contents is refused and logged', async () => {
    kiosk = await startKiosk();
    // Another web contents on the app origin (a second window, a devtools page): same URL, other id.
    const stranger = { contents: new kiosk.fake.FakeWebContents(), frameUrl: 'app://kiosk/' };
    await expect(kiosk.fake.ipcMain.invoke(stranger, 'config:get')).rejects.toThrow('config:get refused');
    expect(kiosk.log()).toMatch(/IPC config:get refused: untrusted sender/);
    kiosk.fake.ipcMain.send(stranger, 'kiosk:heartbeat', { attract: false, visits: 0 });
    expect(kiosk.log()).toMatch(/IPC kiosk:heartbeat dropped: untrusted sender/);
  });

  it('a subframe or a foreign origin in the kiosk window is refused', async () => {
    kiosk = await startKiosk();
    const contents = kiosk.window().webContents;
    const { ipcMain } = kiosk.fake;
    await expect(ipcMain.invoke({ contents, isMainFrame: false }, 'usage:get')).rejects.toThrow(/refused/);
    await expect(
      ipcMain.invoke({ contents, frameUrl: 'https://evil.example/' }, 'usage:get'),
    ).rejects.toThrow(/refused/);
    expect(kiosk.log().match(/IPC usage:get refused: untrusted sender/g)).toHaveLength(2);
  });

  it('a bad payload is refused (invoke) or dropped (send), and logged without the payload', async () => {
    kiosk = await startKiosk();
    const { ipcMain } = kiosk.fake;
    await expect(ipcMain.invoke(kiosk.page(), 'staff:check-pin', { pin: 'x'.repeat(40) })).rejects.toThrow(
      'staff:check-pin refused',
    );
    await expect(ipcMain.invoke(kiosk.page(), 'config:get', { extra: 1 })).rejects.toThrow(/refused/);
    ipcMain.send(kiosk.page(), 'usage:record', { type: 'page:view', pageId: '../../etc/passwd' });
    const log = kiosk.log();
    expect(log).toMatch(/IPC staff:check-pin refused: invalid payload/);
    expect(log).toMatch(/IPC config:get refused: invalid payload/);
    expect(log).toMatch(/IPC usage:record dropped: invalid payload/);
    expect(log).not.toContain('xxxxxxxx');
    expect(log).not.toContain('etc/passwd');
  });

  it('registers no IPC handler before ready (nothing can answer a page that is not ours yet)', async () => {
    kiosk = await startKiosk({ ready: false });
    expect(kiosk.fake.ipcMain.handlers.size).toBe(0);
  });
});
