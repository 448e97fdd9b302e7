// A fake of the parts of Electron's main-process API the kiosk uses, for running the BUILT main bundle in
// Node (tests/harness/vitest.config.ts aliases 'electron' to this file). Each class `implements` a Pick of
// Electron's own interface from node_modules/electron/electron.d.ts, so a method whose signature drifts from
// Electron 45's fails `tsc`. Behaviour follows Electron's docs and source where the kiosk depends on it:
// app.quit() (before-quit → close every window, each may cancel the quit → will-quit → quit), app.exit()
// (no events), SIGTERM/SIGINT → app.quit() (shell/browser/electron_browser_main_parts_posix.cc), and an
// uncaught exception with no handler of the app's own → a native error dialog (lib/browser/init.ts).
import { EventEmitter } from 'node:events';
import type * as Electron from 'electron';

/** Everything main did, in order: 'app.ready', 'protocol.handle app', 'webContents.loadURL app://kiosk/' … */
export const calls: string[] = [];
const record = (what: string): void => {
  calls.push(what);
};

/** A preventable Electron event. */
export type FakeEvent = { defaultPrevented: boolean; preventDefault(): void };
export function fakeEvent(): FakeEvent {
  const event: FakeEvent = {
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** Errors thrown by main's listeners, dispatched the way Electron's C++ → JS callbacks surface them. */
export const uncaught = {
  /** process.on('uncaughtException' | 'unhandledRejection') handlers main registered (captured, not real). */
  handlers: new Map<string, ((error: unknown) => void)[]>(),
  /** Native dialogs Electron's default handler would have shown. */
  dialogs: [] as { title: string; content: string }[],
};
function raise(error: unknown): void {
  const own = uncaught.handlers.get('uncaughtException') ?? [];
  if (own.length === 0) {
    // Electron's own handler: with no other listener, it shows the error in a native dialog.
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    dialog.showErrorBox('A JavaScript error occurred in the main process', `Uncaught Exception:\n${stack}`);
    return;
  }
  for (const handler of own) handler(error);
}
/** Runs a listener the way Electron's native side does: a throw does not unwind into the caller. */
function dispatch(emitter: EventEmitter, name: string, ...args: unknown[]): void {
  for (const listener of emitter.listeners(name) as ((...a: unknown[]) => unknown)[]) {
    try {
      listener.apply(emitter, args);
    } catch (error) {
      raise(error);
    }
  }
}

export class FakeCommandLine implements Electron.CommandLine {
  readonly switches = new Map<string, string>();
  constructor(argv: readonly string[], platform: string) {
    // Chromium's parser (base/command_line.cc): "--", "-" and, on Windows, "/" prefixes; stops at "--".
    const prefix = platform === 'win32' ? /^(?:--|-|\/)/ : /^(?:--|-)/;
    for (const arg of argv.slice(1)) {
      if (arg === '--') break;
      const head = prefix.exec(arg);
      if (head === null) continue;
      const body = arg.slice(head[0].length);
      const eq = body.indexOf('=');
      const name = (eq === -1 ? body : body.slice(0, eq)).toLowerCase();
      if (name !== '') this.switches.set(name, eq === -1 ? '' : body.slice(eq + 1));
    }
  }
  appendArgument(_value: string): void {}
  appendSwitch(the_switch: string, value?: string): void {
    this.switches.set(the_switch, value ?? '');
  }
  getSwitchValue(the_switch: string): string {
    return this.switches.get(the_switch) ?? '';
  }
  hasSwitch(the_switch: string): boolean {
    return this.switches.has(the_switch);
  }
  removeSwitch(the_switch: string): void {
    this.switches.delete(the_switch);
  }
}

type AppSurface = Pick<
  Electron.App,
  | 'getVersion'
  | 'getName'
  | 'getPath'
  | 'setPath'
  | 'requestSingleInstanceLock'
  | 'whenReady'
  | 'isReady'
  | 'quit'
  | 'exit'
  | 'relaunch'
  | 'isPackaged'
  | 'commandLine'
>;

export type HarnessSetup = {
  appData: string;
  packaged?: boolean;
  /** false: another kiosk holds the single-instance lock. */
  singleInstance?: boolean;
  platform?: string;
};

class FakeApp extends EventEmitter implements AppSurface {
  isPackaged = false;
  commandLine: FakeCommandLine = new FakeCommandLine([], 'linux');
  /** Set once main called exit() or a quit completed. */
  exitCode: number | null = null;
  relaunched = 0;
  private paths = new Map<string, string>();
  private ready = false;
  private readyWaiters: (() => void)[] = [];
  private lock = true;

  configure(setup: HarnessSetup): void {
    this.isPackaged = setup.packaged ?? false;
    this.lock = setup.singleInstance ?? true;
    this.paths.set('appData', setup.appData);
    this.paths.set('userData', `${setup.appData}/Electron`);
    this.commandLine = new FakeCommandLine(process.argv, setup.platform ?? process.platform);
  }
  getVersion(): string {
    return '0.1.0';
  }
  getName(): string {
    return 'ALL Chemo Guide';
  }
  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    const path = this.paths.get(name);
    if (path === undefined) throw new Error(`Failed to get '${name}' path`);
    return path;
  }
  setPath(name: string, path: string): void {
    record(`app.setPath ${name}`);
    this.paths.set(name, path);
  }
  requestSingleInstanceLock(_additionalData?: Record<string, unknown>): boolean {
    record('app.requestSingleInstanceLock');
    return this.lock;
  }
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((done) => this.readyWaiters.push(done));
  }
  isReady(): boolean {
    return this.ready;
  }
  /** What Electron does once Chromium is up: 'ready', then whenReady() resolves. */
  emitReady(): void {
    record('app.ready');
    this.ready = true;
    dispatch(this, 'ready', fakeEvent(), {});
    for (const done of this.readyWaiters.splice(0)) done();
  }
  quit(): void {
    record('app.quit');
    const before = fakeEvent();
    dispatch(this, 'before-quit', before);
    if (before.defaultPrevented) return;
    for (const window of [...FakeBrowserWindow.all]) {
      if (!window.tryClose()) {
        record('app.quit cancelled by a window');
        return;
      }
    }
    const will = fakeEvent();
    dispatch(this, 'will-quit', will);
    if (will.defaultPrevented) return;
    dispatch(this, 'quit', fakeEvent(), 0);
    this.exitCode = 0;
    record('app.exited 0');
  }
  exit(exitCode?: number): void {
    record(`app.exit ${exitCode ?? 0}`);
    for (const window of [...FakeBrowserWindow.all]) window.destroy();
    this.exitCode = exitCode ?? 0;
  }
  relaunch(_options?: Electron.RelaunchOptions): void {
    record('app.relaunch');
    this.relaunched += 1;
  }
  /** A signal as Electron's POSIX shutdown handler turns it into: app.quit(). */
  signal(name: 'SIGTERM' | 'SIGINT' | 'SIGHUP'): void {
    record(`signal ${name}`);
    this.quit();
  }
  /** Another launch of the kiosk while this one holds the lock. */
  secondInstance(argv: string[]): void {
    dispatch(this, 'second-instance', fakeEvent(), argv, process.cwd(), {});
  }
}

let nextContentsId = 1;

type WebContentsSurface = Pick<
  Electron.WebContents,
  | 'id'
  | 'loadURL'
  | 'getURL'
  | 'isDestroyed'
  | 'setZoomFactor'
  | 'getZoomFactor'
  | 'setVisualZoomLevelLimits'
  | 'openDevTools'
  | 'closeDevTools'
  | 'isDevToolsOpened'
  | 'forcefullyCrashRenderer'
  | 'setWindowOpenHandler'
  | 'print'
  | 'getPrintersAsync'
>;

export class FakeWebContents extends EventEmitter implements WebContentsSurface {
  readonly id = nextContentsId++;
  url = '';
  loads: string[] = [];
  crashes = 0;
  zoom = 1;
  devTools = false;
  destroyed = false;
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;
  /** The frame IPC from this page comes from (senderFrame). */
  mainFrame = { url: '', parent: null as unknown };
  /** The printers the operating system lists (getPrintersAsync). */
  printers: Electron.PrinterInfo[] = [];
  /** Every print() call, with its options; `finishPrint` answers the oldest pending one. */
  prints: { options: Electron.WebContentsPrintOptions | undefined; done: boolean }[] = [];
  private printCallbacks: ((success: boolean, failureReason: string) => void)[] = [];

  loadURL(url: string, _options?: Electron.LoadURLOptions): Promise<void> {
    record(`webContents.loadURL ${url}`);
    this.loads.push(url);
    this.url = url;
    this.mainFrame.url = url;
    return Promise.resolve();
  }
  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setZoomFactor(factor: number): void {
    this.zoom = factor;
  }
  getZoomFactor(): number {
    return this.zoom;
  }
  setVisualZoomLevelLimits(_minimumLevel: number, _maximumLevel: number): Promise<void> {
    return Promise.resolve();
  }
  openDevTools(_options?: Electron.OpenDevToolsOptions): void {
    this.devTools = true;
  }
  closeDevTools(): void {
    this.devTools = false;
  }
  isDevToolsOpened(): boolean {
    return this.devTools;
  }
  forcefullyCrashRenderer(): void {
    record('webContents.forcefullyCrashRenderer');
    this.crashes += 1;
    // Electron reports the kill it was asked for.
    dispatch(this, 'render-process-gone', fakeEvent(), { reason: 'killed', exitCode: 9 });
  }
  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
    this.windowOpenHandler = handler;
  }
  print(
    options?: Electron.WebContentsPrintOptions,
    callback?: (success: boolean, failureReason: string) => void,
  ): void {
    record(
      `webContents.print ${options?.silent === true ? 'silent' : 'dialog'} ${options?.deviceName ?? ''}`,
    );
    this.prints.push({ options, done: false });
    this.printCallbacks.push(callback ?? (() => undefined));
  }
  getPrintersAsync(): Promise<Electron.PrinterInfo[]> {
    return Promise.resolve(this.printers.map((printer) => ({ ...printer })));
  }
  /** Chromium's answer to the oldest pending print: the callback Electron calls when the job is spooled. */
  finishPrint(success: boolean, failureReason = ''): void {
    const callback = this.printCallbacks.shift();
    const job = this.prints.find((p) => !p.done);
    if (callback === undefined || job === undefined) throw new Error('no print is pending');
    job.done = true;
    callback(success, failureReason);
  }

  // What Chromium would report, each with Electron's listener arguments.
  finishLoad(): void {
    dispatch(this, 'did-finish-load', fakeEvent());
  }
  failLoad(code: number, description: string, isMainFrame = true): void {
    dispatch(this, 'did-fail-load', fakeEvent(), code, description, this.url, isMainFrame, 1, 1);
  }
  rendererGone(details: Electron.RenderProcessGoneDetails): void {
    dispatch(this, 'render-process-gone', fakeEvent(), details);
  }
  unresponsive(): void {
    dispatch(this, 'unresponsive', fakeEvent());
  }
  responsive(): void {
    dispatch(this, 'responsive', fakeEvent());
  }
  input(input: Partial<Electron.Input>): FakeEvent {
    const event = fakeEvent();
    dispatch(this, 'before-input-event', event, input);
    return event;
  }
  navigate(url: string): FakeEvent {
    const event = { ...fakeEvent(), url };
    event.preventDefault = () => {
      event.defaultPrevented = true;
    };
    dispatch(this, 'will-navigate', event);
    return event;
  }
}

type WindowSurface = Pick<
  Electron.BrowserWindow,
  | 'show'
  | 'focus'
  | 'setKiosk'
  | 'isKiosk'
  | 'setFullScreen'
  | 'isFullScreen'
  | 'isDestroyed'
  | 'isMinimized'
  | 'restore'
  | 'isVisible'
  | 'close'
  | 'destroy'
>;

class FakeBrowserWindow extends EventEmitter implements WindowSurface {
  static all: FakeBrowserWindow[] = [];
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly options: Electron.BrowserWindowConstructorOptions;
  visible = false;
  kiosk = false;
  fullScreen = false;
  minimized = false;
  destroyed = false;
  focused = 0;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    record('new BrowserWindow');
    this.options = options;
    this.kiosk = options.kiosk ?? false;
    this.fullScreen = options.fullscreen ?? this.kiosk;
    FakeBrowserWindow.all.push(this);
    FakeBrowserWindow.created.push(this);
    // Electron emits this for every new web contents, before the caller sees the window.
    dispatch(app, 'web-contents-created', fakeEvent(), this.webContents);
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return [...FakeBrowserWindow.all];
  }
  show(): void {
    record('window.show');
    this.visible = true;
  }
  focus(): void {
    this.focused += 1;
  }
  setKiosk(flag: boolean): void {
    record(`window.setKiosk ${flag}`);
    this.kiosk = flag;
    this.fullScreen = flag;
  }
  isKiosk(): boolean {
    return this.kiosk;
  }
  setFullScreen(flag: boolean): void {
    this.fullScreen = flag;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isVisible(): boolean {
    return this.visible;
  }
  close(): void {
    this.tryClose();
  }
  /** 'close' (preventable), then 'closed'. Returns false when a listener kept the window open. */
  tryClose(): boolean {
    const event = fakeEvent();
    dispatch(this, 'close', event);
    if (event.defaultPrevented) {
      record('window close prevented');
      return false;
    }
    this.destroy();
    return true;
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    FakeBrowserWindow.all = FakeBrowserWindow.all.filter((w) => w !== this);
    dispatch(this, 'closed');
  }
  readyToShow(): void {
    dispatch(this, 'ready-to-show', fakeEvent());
  }
  leaveFullScreen(): void {
    this.fullScreen = false;
    dispatch(this, 'leave-full-screen', fakeEvent());
  }
}

type IpcHandler = Parameters<Electron.IpcMain['handle']>[1];
type IpcSurface = Pick<Electron.IpcMain, 'handle' | 'removeHandler'>;

/** A sender for IPC: the kiosk's contents by default; tests pass another to play a foreign frame. */
export type FakeSender = { contents: FakeWebContents; frameUrl?: string; isMainFrame?: boolean };

class FakeIpcMain extends EventEmitter implements IpcSurface {
  readonly handlers = new Map<string, IpcHandler>();
  handle(channel: string, listener: IpcHandler): void {
    record(`ipcMain.handle ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  private eventFor(sender: FakeSender): {
    sender: FakeWebContents;
    senderFrame: { url: string; parent: unknown };
  } {
    return {
      sender: sender.contents,
      senderFrame: {
        url: sender.frameUrl ?? sender.contents.mainFrame.url,
        parent: sender.isMainFrame === false ? {} : null,
      },
    };
  }
  /** ipcRenderer.invoke from `sender`: the handler's result, or its error (as the renderer would get it). */
  async invoke(sender: FakeSender, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
    return (await handler(
      this.eventFor(sender) as unknown as Electron.IpcMainInvokeEvent,
      ...args,
    )) as unknown;
  }
  /** ipcRenderer.send from `sender`. */
  send(sender: FakeSender, channel: string, ...args: unknown[]): void {
    dispatch(this, channel, this.eventFor(sender), ...args);
  }
}

type SessionSurface = Pick<
  Electron.Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setUSBProtectedClassesHandler'
  | 'setBluetoothPairingHandler'
  | 'setDisplayMediaRequestHandler'
  | 'setSpellCheckerEnabled'
>;
type BeforeRequestListener = Parameters<Electron.WebRequest['onBeforeRequest']>[0];

class FakeWebRequest {
  beforeRequest: BeforeRequestListener = null;
  onBeforeRequest(listener: BeforeRequestListener): void {
    record('session.webRequest.onBeforeRequest');
    this.beforeRequest = listener;
  }
}

class FakeSession extends EventEmitter implements SessionSurface {
  readonly webRequest = new FakeWebRequest();
  permissionRequest: Parameters<Electron.Session['setPermissionRequestHandler']>[0] = null;
  permissionCheck: Parameters<Electron.Session['setPermissionCheckHandler']>[0] = null;
  displayMedia: Parameters<Electron.Session['setDisplayMediaRequestHandler']>[0] = null;
  spellChecker = true;
  setPermissionRequestHandler(handler: Parameters<Electron.Session['setPermissionRequestHandler']>[0]): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: Parameters<Electron.Session['setPermissionCheckHandler']>[0]): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(_handler: Parameters<Electron.Session['setDevicePermissionHandler']>[0]): void {}
  setUSBProtectedClassesHandler(
    _handler: Parameters<Electron.Session['setUSBProtectedClassesHandler']>[0],
  ): void {}
  setBluetoothPairingHandler(_handler: Parameters<Electron.Session['setBluetoothPairingHandler']>[0]): void {}
  setDisplayMediaRequestHandler(
    handler: Parameters<Electron.Session['setDisplayMediaRequestHandler']>[0],
    _opts?: Electron.DisplayMediaRequestHandlerOpts,
  ): void {
    this.displayMedia = handler;
  }
  setSpellCheckerEnabled(enable: boolean): void {
    this.spellChecker = enable;
  }
}

type ProtocolSurface = Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
class FakeProtocol implements ProtocolSurface {
  readonly privileged: Electron.CustomScheme[] = [];
  readonly handlers = new Map<string, Parameters<Electron.Protocol['handle']>[1]>();
  registerSchemesAsPrivileged(customSchemes: Electron.CustomScheme[]): void {
    record(`protocol.registerSchemesAsPrivileged${app.isReady() ? ' (after ready!)' : ''}`);
    this.privileged.push(...customSchemes);
  }
  handle(scheme: string, handler: Parameters<Electron.Protocol['handle']>[1]): void {
    record(`protocol.handle ${scheme}`);
    this.handlers.set(scheme, handler);
  }
}

type PowerSurface = Pick<Electron.PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>;
class FakePowerSaveBlocker implements PowerSurface {
  private next = 1;
  readonly active = new Set<number>();
  start(_type: 'prevent-app-suspension' | 'prevent-display-sleep'): number {
    const id = this.next++;
    this.active.add(id);
    return id;
  }
  stop(id: number): boolean {
    return this.active.delete(id);
  }
  isStarted(id: number): boolean {
    return this.active.has(id);
  }
}

type CrashSurface = Pick<Electron.CrashReporter, 'start'>;
class FakeCrashReporter implements CrashSurface {
  options: Electron.CrashReporterStartOptions | null = null;
  start(options: Electron.CrashReporterStartOptions): void {
    record(`crashReporter.start${app.isReady() ? ' (after ready!)' : ''}`);
    this.options = options;
  }
}

type MenuSurface = Pick<typeof Electron.Menu, 'setApplicationMenu'>;
export const Menu: MenuSurface & { current: Electron.Menu | null | undefined } = {
  current: undefined,
  setApplicationMenu(menu: Electron.Menu | null): void {
    Menu.current = menu;
  },
};

type DialogSurface = Pick<Electron.Dialog, 'showErrorBox'>;
export const dialog: DialogSurface = {
  showErrorBox(title: string, content: string): void {
    record('dialog.showErrorBox');
    uncaught.dialogs.push({ title, content });
  },
};

export const app = new FakeApp();
export { FakeBrowserWindow as BrowserWindow };
export const ipcMain = new FakeIpcMain();
export const protocol = new FakeProtocol();
export const session = { defaultSession: new FakeSession() };
export const powerSaveBlocker = new FakePowerSaveBlocker();
export const crashReporter = new FakeCrashReporter();

/** An error thrown where Electron's native side called into main (a timer, a native callback). */
export function throwInMain(error: unknown): void {
  raise(error);
}
