import { describe, expect, it } from 'vitest';
import { KIOSK_BACKGROUND, kioskWindowOptions } from '../../../../electron/shared/window-options';

const prod = kioskWindowOptions({ dev: false, preloadPath: '/app/out/preload/index.cjs' });
const dev = kioskWindowOptions({ dev: true, preloadPath: '/app/out/preload/index.cjs' });

describe('kiosk window options', () => {
  it('production is kiosk, fullscreen, frameless and fixed', () => {
    expect(prod).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      resizable: false,
      movable: false,
      minimizable: false,
      maximizable: false,
      show: false,
      autoHideMenuBar: true,
    });
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
