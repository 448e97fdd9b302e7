import { describe, expect, it } from 'vitest';
import { checkLaunch, TEST_RUN_ENV, testSwitchesAllowed } from '../../../../electron/shared/argv-policy';
import type { LaunchOptions } from '../../../../electron/shared/argv-policy';

const base = ['/opt/kiosk/all-chemo-kiosk', '.'];

describe('launch check', () => {
  it('accepts a plain launch and --config', () => {
    expect(checkLaunch(base, {})).toEqual({ ok: true });
    expect(checkLaunch([...base, '--config=/etc/kiosk.json'], {})).toEqual({ ok: true });
  });
  it.each([
    '--remote-debugging-port=9222',
    '--remote-debugging-port',
    '--remote-debugging-pipe',
    '--remote-debugging-address=0.0.0.0',
    '--remote-allow-origins=*',
    '--inspect',
    '--inspect=9229',
    '--inspect-brk',
    '--inspect-brk=0.0.0.0:9229',
    '--inspect-port=9229',
    '--debug',
    '--js-flags=--expose-gc',
    '--auto-open-devtools-for-tabs',
    '--disable-web-security',
    '--no-sandbox',
    '--proxy-server=http://evil:8080',
    '--host-resolver-rules=MAP * evil',
    '--load-extension=/tmp/x',
    '-remote-debugging-port=9222',
    '--Remote-Debugging-Port=9222',
  ])('refuses %s', (arg) => {
    const result = checkLaunch([...base, arg], {});
    expect(!result.ok && result.reason).toMatch(/not allowed/);
  });
  it('does not mistake look-alikes or values for switches', () => {
    expect(checkLaunch([...base, '--inspector-theme=dark'], {}).ok).toBe(true);
    expect(checkLaunch([...base, '--config=--inspect.json'], {}).ok).toBe(true);
    expect(checkLaunch([...base, '--', '--inspect'], {}).ok).toBe(true);
  });
  it('refuses ELECTRON_RUN_AS_NODE and debugger NODE_OPTIONS', () => {
    expect(checkLaunch(base, { ELECTRON_RUN_AS_NODE: '1' }).ok).toBe(false);
    expect(checkLaunch(base, { NODE_OPTIONS: '--inspect=9229' }).ok).toBe(false);
    expect(checkLaunch(base, { NODE_OPTIONS: '--require /tmp/evil.js' }).ok).toBe(false);
    expect(checkLaunch(base, { NODE_OPTIONS: '-r /tmp/evil.js' }).ok).toBe(false);
    expect(checkLaunch(base, { NODE_OPTIONS: '--max-old-space-size=4096' }).ok).toBe(true);
    expect(checkLaunch(base, { ELECTRON_RUN_AS_NODE: '' }).ok).toBe(true);
  });
});

/** A stand-in for app.commandLine, parsed the way Chromium would have. */
const chromium = (switches: Record<string, string>): LaunchOptions['commandLine'] => ({
  hasSwitch: (name) => Object.hasOwn(switches, name),
  getSwitchValue: (name) => switches[name] ?? '',
});

describe('launch check, Windows and Chromium spellings', () => {
  it('refuses /switch on Windows, where Chromium reads it', () => {
    expect(checkLaunch([...base, '/remote-debugging-port=9222'], {}, { platform: 'win32' }).ok).toBe(false);
    expect(checkLaunch([...base, '/no-sandbox'], {}, { platform: 'win32' }).ok).toBe(false);
  });
  it('leaves /paths alone elsewhere', () => {
    expect(checkLaunch([...base, '/remote-debugging-port=9222'], {}, { platform: 'linux' }).ok).toBe(true);
  });
  it("refuses what Chromium's own parser found even when argv looks clean", () => {
    const result = checkLaunch(base, {}, { commandLine: chromium({ 'remote-debugging-port': '9222' }) });
    expect(result).toEqual({
      ok: false,
      reason: 'the switch --remote-debugging-port is not allowed in the production kiosk',
    });
    expect(checkLaunch(base, {}, { commandLine: chromium({ 'force-device-scale-factor': '1' }) }).ok).toBe(
      true,
    );
  });
});

describe('launch check under the real-Electron test suite', () => {
  const playwright = [...base, '--inspect=0', '--remote-debugging-port=0'];
  const parsed = chromium({ inspect: '0', 'remote-debugging-port': '0' });
  it("allows exactly Playwright's two zero-port switches when the test run is explicit and unpackaged", () => {
    expect(testSwitchesAllowed(false, { [TEST_RUN_ENV]: '1' })).toBe(true);
    expect(checkLaunch(playwright, {}, { commandLine: parsed, allowTestSwitches: true })).toEqual({
      ok: true,
    });
  });
  it('a packaged kiosk, or no test variable, still refuses them', () => {
    expect(testSwitchesAllowed(true, { [TEST_RUN_ENV]: '1' })).toBe(false);
    expect(testSwitchesAllowed(false, {})).toBe(false);
    expect(checkLaunch(playwright, {}, { commandLine: parsed, allowTestSwitches: false }).ok).toBe(false);
  });
  it.each([
    ['--remote-debugging-port=9222', { 'remote-debugging-port': '9222' }],
    ['--inspect=9229', { inspect: '9229' }],
    ['--inspect', { inspect: '' }],
    ['--no-sandbox', { 'no-sandbox': '' }],
    ['--inspect-brk=0', { 'inspect-brk': '0' }],
  ])('a test run still refuses %s', (arg, switches) => {
    expect(
      checkLaunch([...base, arg], {}, { commandLine: chromium(switches), allowTestSwitches: true }).ok,
    ).toBe(false);
  });
});

describe('the AppImage --no-sandbox refusal', () => {
  it('says where the switch came from and what to install instead', () => {
    const result = checkLaunch([...base, '--no-sandbox'], {}, { appImage: true });
    expect(result).toMatchObject({ ok: false });
    const reason = 'reason' in result ? result.reason : '';
    expect(reason).toMatch(/AppImage launcher adds it/);
    expect(reason).toMatch(/install the \.deb package instead/);
    expect(reason).toMatch(/docs\/deploy\.md/);
  });
});
