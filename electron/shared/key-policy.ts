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
];

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
