// The Chromium switches main appends before 'ready': speech-dispatcher voices on Linux while read-aloud is on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startKiosk } from '../../kiosk';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-switches-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(process.platform === 'linux')('chromium switches on Linux', () => {
  it('asks for speech-dispatcher before ready, and logs it', async () => {
    const kiosk = await startKiosk({ ready: false });
    expect(kiosk.fake.app.commandLine.hasSwitch('enable-speech-dispatcher')).toBe(true);
    expect(kiosk.log()).toContain('chromium switch: --enable-speech-dispatcher');
  });

  it('appends nothing when the config turns read-aloud off', async () => {
    const config = join(dir, 'kiosk-config.json');
    writeFileSync(config, JSON.stringify({ speech: { enabled: false } }));
    const kiosk = await startKiosk({ args: [`--config=${config}`], ready: false });
    expect(kiosk.fake.app.commandLine.hasSwitch('enable-speech-dispatcher')).toBe(false);
  });
});
