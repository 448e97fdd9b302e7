// The production kiosk refuses to start with switches that open a debugger or change Chromium's security
// (a remote debugging port is a remote control for the whole machine's screen). Pure: main passes
// process.argv, the environment and Chromium's parsed command line, and quits with the returned reason.

/** Switches that are refused in production, with or without `=value`. */
const FORBIDDEN_SWITCHES: readonly string[] = [
  'remote-debugging-port', // Chrome DevTools Protocol over TCP: full remote control
  'remote-debugging-pipe', // the same over a pipe
  'remote-debugging-address', // where to bind the above
  'remote-allow-origins', // lets web pages drive the debugger
  'inspect', // Node inspector in main
  'inspect-brk', // Node inspector, paused on start
  'inspect-port', // Node inspector port
  'inspect-publish-uid', // how the inspector announces itself
  'debug', // legacy Node debugger
  'debug-brk', // legacy Node debugger, paused
  'js-flags', // raw V8 flags (e.g. --allow-natives-syntax, --expose-gc)
  'auto-open-devtools-for-tabs', // DevTools on every page
  'disable-web-security', // turns off same-origin rules
  'allow-file-access-from-files', // file:// pages read other files
  'disable-site-isolation-trials', // weakens process isolation
  'ignore-certificate-errors', // trusts any certificate
  'host-rules', // re-points hostnames
  'host-resolver-rules', // re-points hostnames
  'proxy-server', // routes traffic through a proxy
  'load-extension', // loads a Chromium extension
  'no-sandbox', // turns off the OS sandbox for every renderer
];

/** Environment variables that turn Electron into a plain Node or attach a debugger. */
const FORBIDDEN_ENV: readonly string[] = ['ELECTRON_RUN_AS_NODE', 'ELECTRON_ENABLE_LOGGING'];

/**
 * The two switches Playwright's `_electron.launch()` always adds, each only with the value 0 (a port the OS
 * picks, on localhost). Allowed only in an unpackaged app under an explicit test run (see testSwitchesAllowed).
 */
const TEST_ONLY_SWITCHES: Readonly<Record<string, string>> = Object.freeze({
  inspect: '0',
  'remote-debugging-port': '0',
});

/** The environment variable the real-Electron test suite sets; a packaged kiosk ignores it. */
export const TEST_RUN_ENV = 'KIOSK_E2E';

export function testSwitchesAllowed(
  isPackaged: boolean,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return !isPackaged && env[TEST_RUN_ENV] === '1';
}

export type LaunchCheck = { ok: true } | { ok: false; reason: string };

export type LaunchOptions = {
  /** `process.platform`: on Windows Chromium also reads `/switch` (base/command_line.cc). */
  platform?: string;
  /** Chromium's own parser (app.commandLine), which sees every spelling it accepts. */
  commandLine?: { hasSwitch(name: string): boolean; getSwitchValue(name: string): string };
  /** From testSwitchesAllowed(): let TEST_ONLY_SWITCHES through with their zero value. */
  allowTestSwitches?: boolean;
  /** Set by electron-builder's AppImage launcher ($APPIMAGE): explains where a --no-sandbox came from. */
  appImage?: boolean;
};

function parseSwitch(arg: string, windows: boolean): { name: string; value: string | null } | null {
  const prefix = windows ? /^(?:--?|\/)/ : /^--?/;
  const head = prefix.exec(arg);
  if (head === null) return null;
  const match = /^([A-Za-z0-9][A-Za-z0-9-]*)(?:=(.*))?$/s.exec(arg.slice(head[0].length));
  return match === null ? null : { name: match[1].toLowerCase(), value: match[2] ?? null };
}

function refusal(name: string, options: LaunchOptions): LaunchCheck {
  if (name === 'no-sandbox' && options.appImage === true) {
    return {
      ok: false,
      reason:
        'the switch --no-sandbox is not allowed in the production kiosk; the AppImage launcher adds it where ' +
        'this system restricts unprivileged user namespaces (Ubuntu 24.04 and later): install the .deb ' +
        'package instead, which sets up the Chromium sandbox (see docs/deploy.md, "Linux kiosk")',
    };
  }
  return { ok: false, reason: `the switch --${name} is not allowed in the production kiosk` };
}

export function checkLaunch(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  options: LaunchOptions = {},
): LaunchCheck {
  const windows = options.platform === 'win32';
  const testAllowed = options.allowTestSwitches === true;
  for (const arg of argv) {
    if (arg === '--') break; // Chromium stops reading switches here.
    const parsed = parseSwitch(arg, windows);
    if (parsed === null || !FORBIDDEN_SWITCHES.includes(parsed.name)) continue;
    if (testAllowed && TEST_ONLY_SWITCHES[parsed.name] === parsed.value) continue;
    return refusal(parsed.name, options);
  }
  const commandLine = options.commandLine;
  if (commandLine !== undefined) {
    for (const name of FORBIDDEN_SWITCHES) {
      if (!commandLine.hasSwitch(name)) continue;
      if (testAllowed && TEST_ONLY_SWITCHES[name] === commandLine.getSwitchValue(name)) continue;
      return refusal(name, options);
    }
  }
  for (const name of FORBIDDEN_ENV) {
    if (env[name] !== undefined && env[name] !== '') {
      return { ok: false, reason: `the environment variable ${name} is not allowed in the production kiosk` };
    }
  }
  const nodeOptions = env.NODE_OPTIONS ?? '';
  if (/--(inspect|debug|require|import|loader|experimental-loader)\b|(^|\s)-r\b/.test(nodeOptions)) {
    return {
      ok: false,
      reason: 'NODE_OPTIONS asks for a debugger or preloaded code, which the production kiosk refuses',
    };
  }
  return { ok: true };
}
