// An error thrown in one of main's handlers: logged and counted by the ladder, never a native dialog.
import { describe, expect, it } from 'vitest';
import { startKiosk } from '../../kiosk';
import type { Kiosk } from '../../kiosk';

let kiosk: Kiosk;

describe('main-process errors', () => {
  it('the fake shows Electron’s native dialog when main has no handler of its own', async () => {
    kiosk = await startKiosk({ ready: false });
    kiosk.fake.uncaught.handlers.clear();
    kiosk.fake.throwInMain(new Error('boom'));
    expect(kiosk.fake.uncaught.dialogs).toHaveLength(1);
  });

  it('a throw inside a handler is logged, fed to the ladder, and shows no dialog', async () => {
    kiosk = await startKiosk();
    // A malformed input event makes the key guard throw inside Electron's callback.
    kiosk.window().webContents.input({ type: 'keyDown' });
    expect(kiosk.fake.uncaught.dialogs).toEqual([]);
    const log = kiosk.log();
    expect(log).toMatch(/ERROR uncaught exception in main: TypeError/);
    expect(log).toMatch(/healing: main process error; logged, the kiosk keeps running \(failure 1 of 3/);
    expect(kiosk.fake.app.exitCode).toBeNull();
  });

  it('an unhandled rejection is logged the same way', async () => {
    kiosk = await startKiosk();
    for (const handler of kiosk.fake.uncaught.handlers.get('unhandledRejection') ?? []) {
      handler(new Error('a promise nobody awaited'));
    }
    expect(kiosk.log()).toMatch(/unhandled promise rejection in main: Error: a promise nobody awaited/);
    expect(kiosk.fake.uncaught.dialogs).toEqual([]);
  });

  it('refusing screen capture does not throw (callback(null), not an empty object)', async () => {
    kiosk = await startKiosk();
    const handler = kiosk.fake.session.defaultSession.displayMedia;
    expect(handler).not.toBeNull();
    const answers: unknown[] = [];
    handler?.({} as never, (streams) => answers.push(streams));
    expect(answers).toEqual([null]);
  });
});
