// "Print this" as main handles it: the kiosk page only, only when the config turns the printer on, silently to
// the configured printer, once per gap, counted only when the printer took the job.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRINT_MIN_GAP_MS, PRINT_TIMEOUT_MS } from '../../../../electron/shared/print-policy';
import { settle, startKiosk } from '../../kiosk';
import type { Kiosk } from '../../kiosk';

let kiosk: Kiosk;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-print-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function withPrinter(printer: unknown): Promise<Kiosk> {
  const config = join(dir, 'kiosk-config.json');
  writeFileSync(config, JSON.stringify({ printer }));
  return startKiosk({ args: [`--config=${config}`] });
}

const LOBBY = { enabled: true, device_name: 'Lobby HP' };

/** Taps "Print this" and lets main reach the printer; the reply is wrapped so awaiting this does not wait for it. */
async function printOnce(k: Kiosk): Promise<{ reply: Promise<unknown> }> {
  const reply = k.fake.ipcMain.invoke(k.page(), 'take-home:print');
  await settle();
  return { reply };
}

describe('take-home print', () => {
  it('prints silently to the configured printer and counts one print', async () => {
    kiosk = await withPrinter(LOBBY);
    const contents = kiosk.window().webContents;
    contents.printers = [{ name: 'Lobby HP', displayName: 'Lobby HP', description: '', options: {} }];
    const { reply: reply } = await printOnce(kiosk);
    expect(contents.prints).toHaveLength(1);
    expect(contents.prints[0].options).toMatchObject({ silent: true, deviceName: 'Lobby HP', copies: 1 });
    contents.finishPrint(true);
    await expect(reply).resolves.toEqual({ ok: true });
    const usage = (await kiosk.fake.ipcMain.invoke(kiosk.page(), 'usage:get')) as {
      days: { prints?: number }[];
    };
    expect(usage.days.at(-1)?.prints).toBe(1);
    expect(kiosk.log()).toMatch(/print: summary printed/);
    expect(kiosk.log()).not.toMatch(/no printer named/);
  });

  it('is refused when printing is off (the default), and prints nothing', async () => {
    kiosk = await startKiosk();
    await expect(kiosk.fake.ipcMain.invoke(kiosk.page(), 'take-home:print')).rejects.toThrow(
      'take-home:print refused',
    );
    expect(kiosk.window().webContents.prints).toEqual([]);
    expect(kiosk.log()).toMatch(/IPC take-home:print refused: printing is off in the config/);
  });

  it('refuses a foreign sender and any payload', async () => {
    kiosk = await withPrinter(LOBBY);
    const ipc = kiosk.fake.ipcMain;
    await expect(
      ipc.invoke({ contents: kiosk.page().contents, isMainFrame: false }, 'take-home:print'),
    ).rejects.toThrow(/refused/);
    await expect(ipc.invoke(kiosk.page(), 'take-home:print', { text: 'Maria, 3 questions' })).rejects.toThrow(
      /refused/,
    );
    expect(kiosk.window().webContents.prints).toEqual([]);
    expect(kiosk.log()).not.toContain('Maria');
  });

  it('prints once per gap however often it is tapped', async () => {
    kiosk = await withPrinter(LOBBY);
    const contents = kiosk.window().webContents;
    const { reply: first } = await printOnce(kiosk);
    contents.finishPrint(true);
    await expect(first).resolves.toEqual({ ok: true });
    await expect((await printOnce(kiosk)).reply).resolves.toEqual({ ok: false, reason: 'too-soon' });
    expect(contents.prints).toHaveLength(1);
    vi.advanceTimersByTime(PRINT_MIN_GAP_MS);
    const { reply: third } = await printOnce(kiosk);
    expect(contents.prints).toHaveLength(2);
    contents.finishPrint(true);
    await expect(third).resolves.toEqual({ ok: true });
  });

  it('a failed job or a printer that never answers is "failed", logged, and not counted', async () => {
    kiosk = await withPrinter({ enabled: true, device_name: 'Gone' });
    const contents = kiosk.window().webContents;
    const { reply: failed } = await printOnce(kiosk);
    contents.finishPrint(false, 'Print job failed');
    await expect(failed).resolves.toEqual({ ok: false, reason: 'failed' });
    expect(kiosk.log()).toMatch(/the system lists no printer named "Gone"/);
    expect(kiosk.log()).toMatch(/print failed: Print job failed/);
    vi.advanceTimersByTime(PRINT_MIN_GAP_MS);
    const { reply: silent } = await printOnce(kiosk);
    vi.advanceTimersByTime(PRINT_TIMEOUT_MS);
    await expect(silent).resolves.toEqual({ ok: false, reason: 'failed' });
    expect(kiosk.log()).toMatch(/the printer did not answer in time/);
    const usage = (await kiosk.fake.ipcMain.invoke(kiosk.page(), 'usage:get')) as {
      days: { prints?: number }[];
    };
    expect(usage.days.at(-1)?.prints ?? 0).toBe(0);
  });
});
