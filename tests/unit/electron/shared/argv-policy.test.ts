import { describe, expect, it } from 'vitest';
import { checkLaunch } from '../../../../electron/shared/argv-policy';

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
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/not allowed/);
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
