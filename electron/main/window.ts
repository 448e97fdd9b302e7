// The one kiosk window. Options come from the pure kioskWindowOptions(); this file only adds the behaviour
// Electron cannot express as options: zoom lock, fullscreen re-entry, refusing to close, showing when ready.
import { BrowserWindow } from 'electron';
import { START_URL } from '../shared/navigation-policy';
import { kioskWindowOptions } from '../shared/window-options';
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

  window.once('ready-to-show', () => {
    window.show();
    window.focus();
  });
  window.on('close', (event) => {
    if (closable) return;
    event.preventDefault();
    runtime.log.warn('window close refused: only the staff exit may close the kiosk');
  });
  // Esc (or a window manager) may take the window out of fullscreen: put it straight back.
  if (!runtime.dev) {
    const refull = (): void => {
      if (window.isDestroyed()) return;
      window.setKiosk(true);
      window.setFullScreen(true);
      runtime.log.info('window left fullscreen; restored');
    };
    window.on('leave-full-screen', refull);
    window.on('leave-html-full-screen', refull);
  }
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
