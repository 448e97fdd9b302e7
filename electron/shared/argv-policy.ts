// The production kiosk refuses to start with switches that open a debugger or change Chromium's security
// (a remote debugging port is a remote control for the whole machine's screen). Pure: main passes
// process.argv and the environment, and quits with the returned reason.

/** Switches that are refused in production, with or without `=value`. */
export const FORBIDDEN_SWITCHES: readonly string[] = [
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
export const FORBIDDEN_ENV: readonly string[] = ['ELECTRON_RUN_AS_NODE', 'ELECTRON_ENABLE_LOGGING'];

export type LaunchCheck = { ok: true } | { ok: false; reason: string };

function switchName(arg: string): string | null {
  const match = /^--?([A-Za-z0-9][A-Za-z0-9-]*)(?:=.*)?$/s.exec(arg);
  return match === null ? null : match[1].toLowerCase();
}

export function checkLaunch(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): LaunchCheck {
  for (const arg of argv) {
    if (arg === '--') break; // Chromium stops reading switches here.
    const name = switchName(arg);
    if (name !== null && FORBIDDEN_SWITCHES.includes(name)) {
      return { ok: false, reason: `the switch --${name} is not allowed in the production kiosk` };
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
