// The one kiosk window. Options come from the pure kioskWindowOptions(); this file only adds the behaviour
// Electron cannot express as options: entering kiosk mode once shown, zoom lock, fullscreen re-entry,
// refusing to close except on a real quit.
import { app, BrowserWindow } from 'electron';
import { START_URL } from '../shared/navigation-policy';
import { kioskWindowOptions, SHOW_FALLBACK_MS } from '../shared/window-options';
import type { Runtime } from './runtime';

export type KioskWindow = {
  window: BrowserWindow;
  /** app://kiosk/ in production, the dev server in `npm run dev`. */
  startUrl: string;
  /** The staff exit calls this before quitting; nothing else may close the window. */
  allowClose(): void;
};

function lockZoom(window: BrowserWindow): void {
  const contents = window.webContents;
  contents.setZoomFactor(1);
  // Pinch-zoom off; the promise only fails if the page is gone, which a reload fixes anyway.
  contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
}

export function createKioskWindow(runtime: Runtime): KioskWindow {
  const window = new BrowserWindow(
    kioskWindowOptions({ dev: runtime.dev, preloadPath: runtime.preloadPath }),
  );
  const contents = window.webContents;
  const startUrl = runtime.devServerOrigin === null ? START_URL : `${runtime.devServerOrigin}/`;
  let closable = false;

  // Created hidden and windowed (a window built fullscreen + fixed-size stays small on Windows and GNOME);
  // kiosk mode starts once it has painted, or after SHOW_FALLBACK_MS if 'ready-to-show' never comes.
  let shown = false;
  const reveal = (why: string): void => {
    if (shown || window.isDestroyed()) return;
    shown = true;
    clearTimeout(fallback);
    if (!runtime.dev) window.setKiosk(true);
    window.show();
    window.focus();
    runtime.log.info(`window shown (${why})`);
  };
  const fallback = setTimeout(
    () => reveal(`no ready-to-show within ${SHOW_FALLBACK_MS / 1000} s`),
    SHOW_FALLBACK_MS,
  );
  window.once('ready-to-show', () => reveal('ready-to-show'));

  // Only app.quit() sends before-quit (SIGTERM/SIGINT, OS log-off, the staff exit); keys cannot reach it.
  app.on('before-quit', () => {
    closable = true;
  });
  window.on('close', (event) => {
    if (closable) return;
    event.preventDefault();
    runtime.log.warn('window close refused: only the staff exit may close the kiosk');
  });
  // Esc (or a window manager) may take the window out of fullscreen: put it straight back.
  if (!runtime.dev) {
    const refull = (): void => {
      if (window.isDestroyed() || closable || !shown) return;
      window.setKiosk(true);
      window.setFullScreen(true);
      runtime.log.info('window left fullscreen; restored');
    };
    window.on('leave-full-screen', refull);
    window.on('leave-html-full-screen', refull);
  }
  window.on('closed', () => clearTimeout(fallback));
  contents.on('did-finish-load', () => lockZoom(window));
  contents.on('zoom-changed', () => lockZoom(window));
  if (runtime.dev) contents.openDevTools({ mode: 'detach' });

  contents.loadURL(startUrl).catch((error: unknown) => {
    runtime.log.error(`start page failed to load: ${error instanceof Error ? error.message : String(error)}`);
  });
  return {
    window,
    startUrl,
    allowClose: () => {
      closable = true;
    },
  };
}
