import { describe, expect, it } from 'vitest';
import { TEXT_SIZE_STEPS } from '../../../../electron/shared/ipc-contract';
import { LOCALE_PROFILES, uiStrings } from '../../../../renderer/i18n/locales';

describe('UI label tables', () => {
  it('Spanish has exactly the English keys', () => {
    expect(Object.keys(uiStrings('es')).sort()).toEqual(Object.keys(uiStrings('en')).sort());
  });

  it('no label is empty and every text size has a name', () => {
    for (const table of Object.values(LOCALE_PROFILES).map((profile) => profile.strings)) {
      const labels = Object.entries(table).flatMap(([key, value]) =>
        typeof value === 'string' ? [[key, value]] : [],
      );
      expect(labels.length).toBeGreaterThan(20);
      for (const [key, value] of labels) expect(value.trim(), key).not.toBe('');
      for (const step of TEXT_SIZE_STEPS) expect(table.textSizeNames[step]).toBeTruthy();
    }
  });

  it('states the reset rule as it runs: the "Still reading?" question first, then the start', () => {
    expect(uiStrings('en').resetRule(120)).toBe(
      'If no one touches the screen for 2 minutes, it asks if you are still reading. With no answer, it goes back to the start. Nothing you looked at is kept.',
    );
    expect(uiStrings('en').resetRule(60)).toContain('for 1 minute,');
    expect(uiStrings('en').resetRule(90)).toContain('for 90 seconds,');
    expect(uiStrings('es').resetRule(120)).toBe(
      'Si nadie toca la pantalla durante 2 minutos, le pregunta si sigue leyendo. Si nadie contesta, vuelve al inicio. No se guarda nada de lo que vio.',
    );
  });

  it('the Spanish call button names the care team as the content does', () => {
    expect(uiStrings('es').callNow).toBe('Cuándo llamar a su equipo de atención');
  });
});
