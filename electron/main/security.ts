// Lockdown of the session and of every web contents: no network, no permissions, no devices, no downloads,
// no navigation away, no new windows, no webviews. Each decision comes from a pure policy in electron/shared
// and is logged.
import { EXIT_CODES } from '../shared/exit-codes';
import { app, session } from 'electron';
import type { Session, WebContents } from 'electron';
import { checkLaunch, testSwitchesAllowed } from '../shared/argv-policy';
import { isNavigationAllowed } from '../shared/navigation-policy';
import { decideRequest, describeUrlForLog } from '../shared/network-policy';
import { decideDevicePermission, decidePermission } from '../shared/permission-policy';
import { decideKey } from '../shared/key-policy';
import type { Runtime } from './runtime';

/** Production refuses debugger switches before anything else happens. Returns false when quitting. */
export function setupLaunchCheck(runtime: Runtime): boolean {
  if (runtime.dev) return true;
  const result = checkLaunch(process.argv, process.env, {
    platform: process.platform,
    commandLine: app.commandLine,
    allowTestSwitches: testSwitchesAllowed(app.isPackaged, process.env),
    appImage: process.env.APPIMAGE !== undefined,
  });
  if (result.ok) return true;
  runtime.log.error(`refusing to start: ${result.reason}`);
  console.error(`ALL Chemo Guide refuses to start: ${result.reason}.`);
  app.exit(EXIT_CODES.refusedSwitch);
  return false;
}

function setupNetworkFilter(ses: Session, runtime: Runtime): void {
  ses.webRequest.onBeforeRequest((details, callback) => {
    const decision = decideRequest(details.url, { devServerOrigin: runtime.devServerOrigin });
    if (!decision.allow) {
      runtime.log.warn(`blocked request to ${describeUrlForLog(details.url)}: ${decision.reason}`);
    }
    callback({ cancel: !decision.allow });
  });
}

function setupPermissions(ses: Session, runtime: Runtime): void {
  const isApp = (origin: string): boolean =>
    isNavigationAllowed(origin, { devServerOrigin: runtime.devServerOrigin });
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    // The frame that asked, not the page's top-level URL (a subframe would inherit the page's origin).
    const origin = details.requestingUrl;
    const decision = decidePermission({ permission, origin, isAppOrigin: isApp(origin) });
    runtime.log.info(`permission request ${decision.grant ? 'granted' : 'denied'}: ${decision.reason}`);
    callback(decision.grant);
  });
  // Chromium re-checks permissions often; log each denied (permission, origin) pair once per run.
  const loggedChecks = new Set<string>();
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    const decision = decidePermission({
      permission,
      origin: requestingOrigin,
      isAppOrigin: isApp(requestingOrigin),
    });
    const key = `${permission} ${requestingOrigin}`;
    if (!decision.grant && !loggedChecks.has(key)) {
      loggedChecks.add(key);
      runtime.log.info(`permission check denied: ${decision.reason}`);
    }
    return decision.grant;
  });
  ses.setDevicePermissionHandler((details) => {
    const decision = decideDevicePermission(details.deviceType);
    runtime.log.info(`device permission (${details.deviceType}) denied: ${decision.reason}`);
    return decision.grant;
  });
  // Keep every USB class Chromium protects (audio, video, HID, mass storage, …) protected.
  ses.setUSBProtectedClassesHandler((details) => details.protectedClasses);
  ses.setBluetoothPairingHandler((_details, callback) => {
    runtime.log.info('bluetooth pairing refused');
    callback({ confirmed: false });
  });
  ses.setDisplayMediaRequestHandler((_request, callback) => {
    runtime.log.info('screen capture refused');
    // null refuses; an empty object throws "Video was requested, but no video stream was provided".
    callback(null);
  });
  // Device pickers: cancel every one of them.
  ses.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    runtime.log.info('USB device picker refused');
    callback();
  });
  ses.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    runtime.log.info('HID device picker refused');
    callback();
  });
  ses.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    runtime.log.info('serial port picker refused');
    callback('');
  });
}

/** Network filter, permissions, devices and downloads on the default session. After 'ready'. */
export function setupSessionGuards(runtime: Runtime): void {
  const ses = session.defaultSession;
  setupNetworkFilter(ses, runtime);
  setupPermissions(ses, runtime);
  ses.on('will-download', (event, item) => {
    event.preventDefault();
    runtime.log.warn(`download cancelled (${describeUrlForLog(item.getURL())})`);
  });
  // Nothing visitors do should outlive a restart: no disk cache of pages, no spell-check downloads.
  ses.setSpellCheckerEnabled(false);
}

function guardContents(contents: WebContents, runtime: Runtime): void {
  const nav = { devServerOrigin: runtime.devServerOrigin };
  const refuse =
    (what: string) =>
    (event: { url: string; preventDefault(): void }): void => {
      if (isNavigationAllowed(event.url, nav)) return;
      event.preventDefault();
      runtime.log.warn(`${what} refused to ${describeUrlForLog(event.url)}`);
    };
  contents.on('will-navigate', refuse('navigation'));
  contents.on('will-frame-navigate', refuse('frame navigation'));
  contents.on('will-redirect', refuse('redirect'));
  contents.setWindowOpenHandler((details) => {
    runtime.log.warn(`window.open refused (${describeUrlForLog(details.url)})`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    runtime.log.warn('webview refused');
  });
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    runtime.log.info('bluetooth device picker refused');
    callback('');
  });
  // beforeunload handlers must never block a reload or a relaunch.
  contents.on('will-prevent-unload', (event) => event.preventDefault());
  contents.on('before-input-event', (event, input) => {
    const decision = decideKey(input, { dev: runtime.dev });
    if (decision.block) {
      event.preventDefault();
      if (input.type !== 'keyUp') runtime.log.info(`key blocked (${decision.rule})`);
    }
  });
  if (!runtime.dev) {
    contents.on('devtools-opened', () => {
      contents.closeDevTools();
      runtime.log.warn('DevTools closed: not allowed in production');
    });
  }
}

/** Guards on every web contents ever created, the kiosk window's and any other. Before the window. */
export function setupWebContentsGuards(runtime: Runtime): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, runtime));
}
