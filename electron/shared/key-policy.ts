// The kiosk's keyboard lockdown: ONE table of shortcuts that never reach Chromium's or Electron's own
// handling, checked in each web contents' `before-input-event`. A hidden keyboard (or a curious visitor
// with one) must not reload, open DevTools, close, print, zoom, navigate history or open windows.
// Ctrl means Ctrl or Cmd (⌘) throughout, so the same table works on macOS test machines.

/** What Electron's `before-input-event` hands us (the fields we use). */
export type KeyInput = {
  type: string;
  key: string;
  code?: string;
  control: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
};

export type KeyRule = {
  id: string;
  /** `KeyboardEvent.key` values, compared case-insensitively. */
  keys: readonly string[];
  /** true: Ctrl/Cmd must be held; false: must not be; absent: either. */
  ctrl?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** `npm run dev` lets this one through (DevTools only). */
  devAllowed?: boolean;
};

/** Blocked shortcuts. Order does not matter: any match blocks. */
export const BLOCKED_KEYS: readonly KeyRule[] = [
  // Reload and hard reload (Ctrl+R, Shift+Ctrl+R): would drop the visitor's place and flash a blank page.
  { id: 'reload', keys: ['r'], ctrl: true },
  // F5 / Ctrl+F5 / Shift+F5: reload by function key, with any modifiers.
  { id: 'reload-f5', keys: ['F5'] },
  // The keyboard's dedicated reload key.
  { id: 'reload-browser-key', keys: ['BrowserRefresh'] },
  // F12: DevTools. Allowed in `npm run dev` only.
  { id: 'devtools-f12', keys: ['F12'], devAllowed: true },
  // Ctrl+Shift+I / J / C: DevTools, console, element picker. Allowed in `npm run dev` only.
  { id: 'devtools-ctrl-shift', keys: ['i', 'j', 'c'], ctrl: true, shift: true, devAllowed: true },
  // Ctrl+W and Ctrl+F4: close the window (the window also refuses to close except via the staff exit).
  { id: 'close-window', keys: ['w', 'F4'], ctrl: true },
  // Ctrl+Q: quit the application.
  { id: 'quit', keys: ['q'], ctrl: true },
  // Alt+F4: close the window on Windows and most Linux window managers.
  { id: 'close-alt-f4', keys: ['F4'], alt: true },
  // F11: toggle fullscreen. (Esc is deliberately NOT here: the UI uses it to close panels; main instead
  // re-enters fullscreen whenever the window leaves it, so Esc reaches the page but cannot un-kiosk.)
  { id: 'fullscreen-f11', keys: ['F11'] },
  // Ctrl+Cmd+F / Ctrl+Shift+F: fullscreen toggles on macOS and some Linux desktops.
  { id: 'fullscreen-ctrl-f', keys: ['f'], ctrl: true, shift: true },
  // Ctrl + plus / equals / minus / 0: zoom in, out and reset (the numpad's keys send the same '+' and '-').
  // Ctrl+wheel and pinch are stopped separately by the locked visual zoom limits and the zoom-changed reset.
  { id: 'zoom', keys: ['+', '=', '-', '_', '0'], ctrl: true },
  // Ctrl+P: print dialog.
  { id: 'print', keys: ['p'], ctrl: true },
  // Ctrl+F, Ctrl+G, F3: find in page (and find next).
  { id: 'find', keys: ['f', 'g'], ctrl: true, shift: false },
  { id: 'find-f3', keys: ['F3'] },
  // Ctrl+S: save page as.
  { id: 'save', keys: ['s'], ctrl: true },
  // Ctrl+U: view source.
  { id: 'view-source', keys: ['u'], ctrl: true },
  // Ctrl+O: open a local file.
  { id: 'open-file', keys: ['o'], ctrl: true },
  // Ctrl+N, Ctrl+T, Shift+Ctrl+N, Shift+Ctrl+T: new window, new tab, incognito window, reopen tab.
  { id: 'new-window', keys: ['n', 't'], ctrl: true },
  // Ctrl+H / Ctrl+J: history and downloads pages.
  { id: 'history-page', keys: ['h'], ctrl: true },
  { id: 'downloads-page', keys: ['j'], ctrl: true, shift: false },
  // Alt+Left / Alt+Right: history back and forward.
  { id: 'history-alt-arrows', keys: ['ArrowLeft', 'ArrowRight'], alt: true },
  // Dedicated back / forward / home keys on keyboards and some mice.
  { id: 'history-browser-keys', keys: ['BrowserBack', 'BrowserForward', 'BrowserHome'] },
  // The other browser keys (search, favourites, stop): nothing of the kiosk's, so none reaches Chromium.
  { id: 'browser-keys', keys: ['BrowserSearch', 'BrowserFavorites', 'BrowserStop'] },
  // Function keys the keypad table does not use: F7 toggles caret browsing, F10 focuses a menu bar, F6
  // cycles panes; none means anything to a visitor. (F1 and F2 are the keypad's help and repeat.)
  {
    id: 'other-function-keys',
    keys: [
      'F4',
      'F6',
      'F7',
      'F8',
      'F9',
      'F10',
      'F13',
      'F14',
      'F15',
      'F16',
      'F17',
      'F18',
      'F19',
      'F20',
      'F21',
      'F22',
      'F23',
      'F24',
    ],
  },
  // The context-menu key: the kiosk has no context menu to offer.
  { id: 'context-menu-key', keys: ['ContextMenu'] },
];

/** What a key on a navigation keypad (or keyboard) does in the kiosk; renderer/lib/keypad.ts acts on it. */
export type KeypadAction =
  'next' | 'previous' | 'activate' | 'back' | 'help' | 'repeat' | 'volume-up' | 'volume-down' | 'volume-mute';

/**
 * The keys a USB navigation keypad (arrows, select, back, help, volume) or a keyboard sends to reach everything
 * a touch can. `KeyboardEvent.key` values, without Ctrl, Alt or Cmd; every one must get through decideKey
 * (tests/unit/electron/shared/key-policy.test.ts proves it, and that no blocked rule overlaps this table).
 */
export const KEYPAD_KEYS: readonly { key: string; action: KeypadAction }[] = [
  { key: 'ArrowDown', action: 'next' },
  { key: 'ArrowRight', action: 'next' },
  { key: 'ArrowUp', action: 'previous' },
  { key: 'ArrowLeft', action: 'previous' },
  { key: 'Enter', action: 'activate' },
  { key: ' ', action: 'activate' },
  { key: 'Escape', action: 'back' },
  { key: 'Backspace', action: 'back' },
  { key: 'F1', action: 'help' },
  { key: 'Help', action: 'help' },
  { key: '?', action: 'help' },
  { key: 'F2', action: 'repeat' },
  { key: 'r', action: 'repeat' },
  { key: 'AudioVolumeUp', action: 'volume-up' },
  { key: 'AudioVolumeDown', action: 'volume-down' },
  { key: 'AudioVolumeMute', action: 'volume-mute' },
];

/** The keypad action of a key event, or null; any Ctrl, Alt or Cmd makes it no keypad key. */
export function keypadAction(input: Pick<KeyInput, 'key' | 'control' | 'meta' | 'alt'>): KeypadAction | null {
  if (input.control || input.meta || input.alt) return null;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  return KEYPAD_KEYS.find((entry) => entry.key === key)?.action ?? null;
}

export type KeyDecision = { block: false } | { block: true; rule: string };

function modifierMatches(required: boolean | undefined, held: boolean): boolean {
  return required === undefined || required === held;
}

/** Decide one key event. `dev` is true only in `npm run dev`. */
export function decideKey(input: KeyInput, options: { dev: boolean }): KeyDecision {
  const key = input.key.toLowerCase();
  const ctrl = input.control || input.meta;
  for (const rule of BLOCKED_KEYS) {
    if (!rule.keys.some((k) => k.toLowerCase() === key)) continue;
    if (!modifierMatches(rule.ctrl, ctrl)) continue;
    if (!modifierMatches(rule.shift, input.shift)) continue;
    if (!modifierMatches(rule.alt, input.alt)) continue;
    if (options.dev && rule.devAllowed === true) return { block: false };
    return { block: true, rule: rule.id };
  }
  return { block: false };
}
