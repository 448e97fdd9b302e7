import { describe, expect, it } from 'vitest';
import {
  KIOSK_BACKGROUND,
  SHOW_FALLBACK_MS,
  kioskWindowOptions,
} from '../../../../electron/shared/window-options';

const prod = kioskWindowOptions({ dev: false, preloadPath: '/app/out/preload/index.cjs' });
const dev = kioskWindowOptions({ dev: true, preloadPath: '/app/out/preload/index.cjs' });

describe('kiosk window options', () => {
  it('production starts hidden and windowed (main enters kiosk mode once shown), frameless, not movable', () => {
    expect(prod).toMatchObject({
      kiosk: false,
      fullscreen: false,
      fullscreenable: true,
      frame: false,
      movable: false,
      minimizable: false,
      show: false,
      autoHideMenuBar: true,
    });
  });
  it('production stays resizable and maximizable, without which Windows and GNOME refuse fullscreen', () => {
    expect(prod.resizable).toBe(true);
    expect(prod.maximizable).toBe(true);
  });
  it('shows the window anyway soon if ready-to-show never fires', () => {
    expect(SHOW_FALLBACK_MS).toBeGreaterThanOrEqual(2_000);
    expect(SHOW_FALLBACK_MS).toBeLessThanOrEqual(10_000);
  });
  it('paints the UI background before the first frame', () => {
    expect(KIOSK_BACKGROUND).toBe('#f7f4ee');
    expect(prod.backgroundColor).toBe('#f7f4ee');
  });
  it.each([
    ['sandbox', true],
    ['contextIsolation', true],
    ['webSecurity', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webviewTag', false],
    ['spellcheck', false],
    ['navigateOnDragDrop', false],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['enableWebSQL', false],
    ['plugins', false],
    ['devTools', false],
    ['zoomFactor', 1],
    ['disableDialogs', true],
    ['disableBlinkFeatures', 'Auxclick'],
  ] as const)('production webPreferences.%s is %s', (name, value) => {
    expect(prod.webPreferences[name]).toBe(value);
    expect(Object.prototype.hasOwnProperty.call(prod.webPreferences, name)).toBe(true);
  });
  it('the preload is the given file', () => {
    expect(prod.webPreferences.preload).toBe('/app/out/preload/index.cjs');
  });
  it('dev is windowed with DevTools, but every other security preference is the same', () => {
    expect(dev).toMatchObject({ kiosk: false, fullscreen: false, frame: true });
    expect(dev.webPreferences.devTools).toBe(true);
    expect({ ...dev.webPreferences, devTools: false }).toEqual(prod.webPreferences);
  });
  it('is pure: equal input, equal output, fresh objects', () => {
    const again = kioskWindowOptions({ dev: false, preloadPath: '/app/out/preload/index.cjs' });
    expect(again).toEqual(prod);
    expect(again).not.toBe(prod);
  });
});
