import { describe, expect, it } from 'vitest';
import { fahrenheitToCelsius, formatTemperature, slotValues } from '../../../../renderer/lib/slots';

const NBSP = '\u00a0';
const defaults = {
  care_team_phone: 'the number your care team gave you',
  after_hours_phone: 'the after-hours line',
};

describe('fahrenheitToCelsius', () => {
  it('converts and rounds to one decimal', () => {
    expect(fahrenheitToCelsius(100.4)).toBe(38);
    expect(fahrenheitToCelsius(101)).toBe(38.3);
    expect(fahrenheitToCelsius(100)).toBe(37.8);
    expect(fahrenheitToCelsius(32)).toBe(0);
  });
});

describe('formatTemperature', () => {
  it('uses the locale decimal mark and drops a trailing .0', () => {
    expect(formatTemperature(100.4, 'F', 'en')).toBe(`100.4${NBSP}°F`);
    expect(formatTemperature(100.4, 'F', 'es')).toBe(`100,4${NBSP}°F`);
    expect(formatTemperature(38, 'C', 'en')).toBe(`38${NBSP}°C`);
    expect(formatTemperature(38.0, 'C', 'es')).toBe(`38${NBSP}°C`);
  });
});

describe('slotValues', () => {
  it('takes phones from config, else the locale default wording', () => {
    const values = slotValues(
      { fever_threshold_f: 100.4, care_team_phone: '555-0100', after_hours_phone: null },
      'en',
      defaults,
    );
    expect(values).toEqual({
      fever_f: `100.4${NBSP}°F`,
      fever_c: `38${NBSP}°C`,
      care_team_phone: '555-0100',
      after_hours_phone: 'the after-hours line',
    });
  });

  it('treats a blank phone as unset', () => {
    const values = slotValues(
      { fever_threshold_f: 101, care_team_phone: '  ', after_hours_phone: null },
      'es',
      defaults,
    );
    expect(values.care_team_phone).toBe(defaults.care_team_phone);
    expect(values.fever_c).toBe(`38,3${NBSP}°C`);
  });
});

describe('slot values are text', () => {
  it('keeps markup typed into the config as plain characters, for the card to show as text', () => {
    const values = slotValues(
      { fever_threshold_f: 100.4, care_team_phone: '<b>555</b> & "x"', after_hours_phone: null },
      'en',
      defaults,
    );
    // Svelte renders slot nodes as text (never {@html}); the e2e glossary spec checks no <b> reaches the DOM.
    expect(values.care_team_phone).toBe('<b>555</b> & "x"');
    expect(values.fever_f).toBe(`100.4${NBSP}°F`);
    expect(values.fever_c).toBe(`38${NBSP}°C`);
  });
});
