// The built main's system log and crash dumps: journald lines on stdout, eventcreate for the Event Log,
// crash dumps in the data folder and pruned.
import { chmodSync, existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { startKiosk } from '../../kiosk';

describe('system log', () => {
  it('under systemd (JOURNAL_STREAM) every line goes to stdout with its priority and event id', async () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string) => {
      out.push(String(chunk));
      return true;
    }) as typeof process.stdout.write);
    const kiosk = await startKiosk({ env: { JOURNAL_STREAM: '8:12345' } });
    kiosk.window().webContents.rendererGone({ reason: 'crashed', exitCode: 139 });
    const lines = out.join('').split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(/^<6>\[100\] kiosk \S+ starting; system log: journal$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^<4>\[201\] healing: renderer gone \(crashed\); loading/),
    );
    expect(kiosk.log()).toMatch(/INFO {2}kiosk \S+ starting; system log: journal/);
  });

  it('without systemd nothing extra reaches stdout', async () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string) => {
      out.push(String(chunk));
      return true;
    }) as typeof process.stdout.write);
    const kiosk = await startKiosk();
    expect(kiosk.log()).toMatch(/system log: off/);
    expect(out.join('')).not.toMatch(/\[100\]/);
  });

  it('on Windows, warnings with an event id go to eventcreate (a stand-in on PATH records its arguments)', async () => {
    let record = '';
    const kiosk = await startKiosk({
      env: { KIOSK_SYSTEM_LOG: 'eventlog' },
      beforeStart: (appData) => {
        const bin = join(appData, 'bin');
        mkdirSync(bin);
        record = join(appData, 'eventcreate.txt');
        writeFileSync(
          join(bin, 'eventcreate'),
          `#!/bin/sh\nprintf '%s|' "$@" >> '${record}'\necho >> '${record}'\n`,
        );
        chmodSync(join(bin, 'eventcreate'), 0o755);
        vi.stubEnv('PATH', `${bin}:${process.env.PATH ?? ''}`);
      },
    });
    kiosk.window().webContents.rendererGone({ reason: 'crashed', exitCode: 139 });
    // The child processes run outside the fake clock: wait for both records (start, healing).
    const lines = (): number =>
      existsSync(record) ? readFileSync(record, 'utf8').split('\n').length - 1 : 0;
    const deadline = Date.now() + 8_000;
    while (lines() < 2 && Date.now() < deadline) await new Promise((done) => setImmediate(done));
    const calls = readFileSync(record, 'utf8').trim().split('\n');
    expect(calls).toContainEqual(
      expect.stringMatching(
        /^\/L\|APPLICATION\|\/T\|INFORMATION\|\/SO\|ALL Chemo Guide\|\/ID\|100\|\/D\|\[start\] kiosk /,
      ),
    );
    expect(calls).toContainEqual(
      expect.stringMatching(
        /^\/L\|APPLICATION\|\/T\|WARNING\|\/SO\|ALL Chemo Guide\|\/ID\|201\|\/D\|\[healing-reload\] healing: /,
      ),
    );
    // Info lines without an Event Log id (config in effect, data folder) are not sent.
    expect(calls.join('\n')).not.toMatch(/config in effect|config: \/|data folder/);
  });
});

describe('crash dumps', () => {
  it('go to <data>/crash-dumps, set before the reporter starts, never uploaded, and old ones are pruned', async () => {
    const day = 86_400_000;
    const kiosk = await startKiosk({
      beforeStart: (appData) => {
        const pending = join(appData, 'ALL Chemo Guide', 'crash-dumps', 'pending');
        mkdirSync(pending, { recursive: true });
        for (const [name, ageDays] of [
          ['old', 40],
          ['recent', 2],
        ] as const) {
          for (const ext of ['dmp', 'meta']) {
            const file = join(pending, `${name}.${ext}`);
            writeFileSync(file, 'x');
            const when = new Date(Date.now() - ageDays * day);
            utimesSync(file, when, when);
          }
        }
      },
    });
    const dir = join(kiosk.appData, 'ALL Chemo Guide', 'crash-dumps');
    expect(kiosk.fake.app.getPath('crashDumps')).toBe(dir);
    const calls = kiosk.fake.calls;
    expect(calls.indexOf('app.setPath crashDumps')).toBeLessThan(calls.indexOf('crashReporter.start'));
    expect(kiosk.fake.crashReporter.options).toEqual({ uploadToServer: false });
    expect(existsSync(join(dir, 'pending', 'old.dmp'))).toBe(false);
    expect(existsSync(join(dir, 'pending', 'old.meta'))).toBe(false);
    expect(existsSync(join(dir, 'pending', 'recent.dmp'))).toBe(true);
    expect(kiosk.log()).toMatch(/crash dumps: pruned 2 old file\(s\)/);
  });
});
