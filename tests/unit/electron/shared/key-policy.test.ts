import { describe, expect, it } from 'vitest';
import { BLOCKED_KEYS, KEYPAD_KEYS, decideKey, keypadAction } from '../../../../electron/shared/key-policy';
import type { KeyInput } from '../../../../electron/shared/key-policy';

type Mods = Partial<Pick<KeyInput, 'control' | 'meta' | 'shift' | 'alt'>>;
const key = (k: string, mods: Mods = {}): KeyInput => ({
  type: 'keyDown',
  key: k,
  control: false,
  meta: false,
  shift: false,
  alt: false,
  ...mods,
});
const blocked = (input: KeyInput, dev = false): boolean => decideKey(input, { dev }).block;

describe('key table', () => {
  it.each<[string, KeyInput]>([
    ['Ctrl+R', key('r', { control: true })],
    ['Cmd+R', key('r', { meta: true })],
    ['Shift+Ctrl+R', key('R', { control: true, shift: true })],
    ['F5', key('F5')],
    ['Ctrl+F5', key('F5', { control: true })],
    ['F12', key('F12')],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true })],
    ['Ctrl+Shift+C', key('C', { control: true, shift: true })],
    ['Cmd+Alt+I', key('i', { meta: true, alt: true, shift: true })],
    ['Ctrl+W', key('w', { control: true })],
    ['Ctrl+F4', key('F4', { control: true })],
    ['Ctrl+Q', key('q', { control: true })],
    ['Alt+F4', key('F4', { alt: true })],
    ['F11', key('F11')],
    ['Ctrl+Shift+F', key('F', { control: true, shift: true })],
    ['Ctrl+=', key('=', { control: true })],
    ['Ctrl++', key('+', { control: true, shift: true })],
    ['Ctrl+-', key('-', { control: true })],
    ['Ctrl+0', key('0', { control: true })],
    // The numpad's plus and minus send KeyboardEvent.key '+' and '-' (code NumpadAdd / NumpadSubtract).
    ['Ctrl+numpad +', { ...key('+', { control: true }), code: 'NumpadAdd' }],
    ['Ctrl+numpad -', { ...key('-', { control: true }), code: 'NumpadSubtract' }],
    ['Ctrl+P', key('p', { control: true })],
    ['Ctrl+F', key('f', { control: true })],
    ['Ctrl+G', key('g', { control: true })],
    ['F3', key('F3')],
    ['Ctrl+S', key('s', { control: true })],
    ['Ctrl+U', key('u', { control: true })],
    ['Ctrl+O', key('o', { control: true })],
    ['Ctrl+N', key('n', { control: true })],
    ['Ctrl+T', key('t', { control: true })],
    ['Shift+Ctrl+N', key('N', { control: true, shift: true })],
    ['Ctrl+H', key('h', { control: true })],
    ['Ctrl+J', key('j', { control: true })],
    ['Alt+Left', key('ArrowLeft', { alt: true })],
    ['Alt+Right', key('ArrowRight', { alt: true })],
    ['BrowserBack', key('BrowserBack')],
    ['BrowserForward', key('BrowserForward')],
    ['BrowserRefresh', key('BrowserRefresh')],
    ['BrowserSearch', key('BrowserSearch')],
    ['F7 (caret browsing)', key('F7')],
    ['F10 (menu bar)', key('F10')],
    ['F6', key('F6')],
    ['F24', key('F24')],
    ['the context-menu key', key('ContextMenu')],
    ['a keypad arrow with Alt (history back)', key('ArrowLeft', { alt: true })],
  ])('blocks %s', (_name, input) => {
    expect(blocked(input)).toBe(true);
  });

  it.each<[string, KeyInput]>([
    ['Escape (the UI closes panels with it; main re-enters fullscreen instead)', key('Escape')],
    ['letters', key('a')],
    ['Shift+letter', key('A', { shift: true })],
    ['Enter', key('Enter')],
    ['Space', key(' ')],
    ['Tab', key('Tab')],
    ['Shift+Tab', key('Tab', { shift: true })],
    ['arrows', key('ArrowLeft')],
    ['Backspace', key('Backspace')],
    ['digits', key('0')],
    ['minus', key('-')],
    ['R alone', key('r')],
  ])('lets %s through', (_name, input) => {
    expect(blocked(input)).toBe(false);
  });

  it.each(KEYPAD_KEYS.map((entry) => [entry.key, entry.action] as const))(
    'lets the keypad key %j (%s) through',
    (k) => {
      expect(decideKey(key(k), { dev: false })).toEqual({ block: false });
    },
  );

  it('a blocked rule names a keypad key only together with Ctrl or Alt', () => {
    const keypad = new Set(KEYPAD_KEYS.map((entry) => entry.key.toLowerCase()));
    for (const rule of BLOCKED_KEYS) {
      if (!rule.keys.some((k) => keypad.has(k.toLowerCase()))) continue;
      expect(rule.ctrl === true || rule.alt === true, rule.id).toBe(true);
    }
  });

  it('maps keypad keys to actions, and nothing held with Ctrl, Alt or Cmd', () => {
    expect(keypadAction(key('ArrowDown'))).toBe('next');
    expect(keypadAction(key('ArrowUp'))).toBe('previous');
    expect(keypadAction(key('Enter'))).toBe('activate');
    expect(keypadAction(key('Backspace'))).toBe('back');
    expect(keypadAction(key('Escape'))).toBe('back');
    expect(keypadAction(key('F1'))).toBe('help');
    expect(keypadAction(key('R', { shift: true }))).toBe('repeat');
    expect(keypadAction(key('AudioVolumeUp'))).toBe('volume-up');
    expect(keypadAction(key('ArrowLeft', { alt: true }))).toBeNull();
    expect(keypadAction(key('r', { control: true }))).toBeNull();
    expect(keypadAction(key('a'))).toBeNull();
  });

  it('in dev lets DevTools keys through but still blocks reload and close', () => {
    expect(blocked(key('F12'), true)).toBe(false);
    expect(blocked(key('I', { control: true, shift: true }), true)).toBe(false);
    expect(blocked(key('r', { control: true }), true)).toBe(true);
    expect(blocked(key('w', { control: true }), true)).toBe(true);
  });

  it('reports which rule matched', () => {
    expect(decideKey(key('p', { control: true }), { dev: false })).toEqual({ block: true, rule: 'print' });
  });

  it('every rule has an id, keys and is unique', () => {
    const ids = BLOCKED_KEYS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of BLOCKED_KEYS) expect(rule.keys.length).toBeGreaterThan(0);
  });
  it('lists KeyboardEvent.key values only, never accelerator names', () => {
    const acceleratorOnly = [
      'Add',
      'Subtract',
      'Plus',
      'Space',
      'Esc',
      'Return',
      'Up',
      'Down',
      'Left',
      'Right',
    ];
    for (const rule of BLOCKED_KEYS) {
      for (const k of rule.keys) expect(acceleratorOnly, `${rule.id}: ${k}`).not.toContain(k);
    }
    // Electron's accelerators say VolumeUp; KeyboardEvent.key (what before-input-event hands over) says AudioVolumeUp.
    for (const entry of KEYPAD_KEYS) {
      expect([...acceleratorOnly, 'VolumeUp', 'VolumeDown', 'VolumeMute']).not.toContain(entry.key);
    }
  });
});
