// The kiosk window's options as a PURE function of its environment (electron/fiddle style), so every
// security preference is asserted by a unit test without loading Electron. electron/main/window.ts passes
// the result straight to `new BrowserWindow(...)`, where the type is checked against Electron's own.

/** The UI's page background (renderer's --page-bg), painted before the first frame so no white flash. */
export const KIOSK_BACKGROUND = '#f7f4ee';

export type WindowEnv = {
  /** `npm run dev`: windowed, framed, DevTools allowed. */
  dev: boolean;
  /** Absolute path of the built preload (out/preload/index.cjs). */
  preloadPath: string;
};

type KioskWebPreferences = {
  preload: string;
  sandbox: true;
  contextIsolation: true;
  webSecurity: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webviewTag: false;
  spellcheck: false;
  navigateOnDragDrop: false;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  enableWebSQL: false;
  plugins: false;
  devTools: boolean;
  zoomFactor: 1;
  disableDialogs: true;
  safeDialogs: true;
  autoplayPolicy: 'document-user-activation-required';
  backgroundThrottling: false;
  disableBlinkFeatures: 'Auxclick';
};

/** Show the window (and enter kiosk mode) after this long even if 'ready-to-show' never fires. */
export const SHOW_FALLBACK_MS = 5_000;

export type KioskWindowOptions = {
  title: string;
  show: false;
  kiosk: false;
  fullscreen: false;
  fullscreenable: true;
  frame: boolean;
  resizable: true;
  movable: boolean;
  minimizable: boolean;
  maximizable: true;
  autoHideMenuBar: true;
  width: number;
  height: number;
  backgroundColor: string;
  webPreferences: KioskWebPreferences;
};

export function kioskWindowOptions(env: WindowEnv): KioskWindowOptions {
  return {
    title: 'ALL Chemo Guide',
    // Shown on 'ready-to-show', so the visitor never sees an empty frame; main enters kiosk mode then
    // (setKiosk), because a window created kiosk/fullscreen may never send ready-to-show on Linux.
    show: false,
    kiosk: false,
    fullscreen: false,
    fullscreenable: true,
    // Production: no frame, nothing to drag or shrink (the window refuses to close on its own).
    frame: env.dev,
    // Resizable and maximizable even in production: a fixed-size frameless window never enters fullscreen
    // on Windows and GNOME. Without a frame nothing offers a resize handle.
    resizable: true,
    movable: env.dev,
    minimizable: env.dev,
    maximizable: true,
    autoHideMenuBar: true,
    width: 1280,
    height: 800,
    backgroundColor: KIOSK_BACKGROUND,
    webPreferences: {
      preload: env.preloadPath,
      // The renderer is an OS-sandboxed web page: no Node, isolated preload world, same-origin rules on.
      sandbox: true,
      contextIsolation: true,
      webSecurity: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // No <webview>, no spellchecker (it may download dictionaries), no drag-and-drop navigation.
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      plugins: false,
      // DevTools exist only in `npm run dev`.
      devTools: env.dev,
      // Zoom is locked at 100 %: text size is the UI's own control.
      zoomFactor: 1,
      // No alert/confirm/prompt boxes can block the screen.
      disableDialogs: true,
      safeDialogs: true,
      autoplayPolicy: 'document-user-activation-required',
      // The window is always in front; keep its timers (the heartbeat) running at full rate.
      backgroundThrottling: false,
      // Middle-click (auxclick) opens no new windows, even before the window-open handler denies them.
      disableBlinkFeatures: 'Auxclick',
    },
  };
}
