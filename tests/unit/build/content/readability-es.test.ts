import { describe, expect, it } from 'vitest';
import {
  fernandezHuerta,
  infleszLabel,
  spanishScores,
  szigrisztPazos,
} from '../../../../build/content/readability-es.ts';
import { textStats } from '../../../../build/content/readability.ts';
import { spanishSyllables } from '../../../../build/content/syllables-es.ts';

describe('Spanish readability (hand-computed)', () => {
  it('scores a short sentence', () => {
    const s = textStats(['La casa es azul.'], spanishSyllables);
    // la 1 + ca-sa 2 + es 1 + a-zul 2 = 6 syllables, 4 words, 1 sentence
    expect(s.words).toBe(4);
    expect(s.syllables).toBe(6);
    expect(s.sentences).toBe(1);
    // FH = 206.84 − 0.60·150 − 1.02·25 = 91.34
    expect(fernandezHuerta(s)).toBeCloseTo(91.34, 6);
    // SP = 206.835 − 62.3·1.5 − 4 = 109.385
    expect(szigrisztPazos(s)).toBeCloseTo(109.385, 6);
    expect(spanishScores(['La casa es azul.'])).toEqual({
      fernandezHuerta: 91.3,
      inflesz: 109.4,
      label: 'muy fácil',
    });
  });

  it('counts ¿…? questions and list items as sentences', () => {
    const s = textStats(['¿Qué es la médula ósea?', 'Una parte del hueso'], spanishSyllables);
    // qué 1, es 1, la 1, mé-du-la 3, ó-se-a 3 | u-na 2, par-te 2, del 1, hue-so 2 = 16 syllables, 9 words
    expect(s).toMatchObject({ words: 9, sentences: 2, syllables: 16 });
    // SP = 206.835 − 62.3·16/9 − 4.5 = 91.5794
    expect(szigrisztPazos(s)).toBeCloseTo(91.5794, 3);
  });

  it('labels the INFLESZ scale at its bounds', () => {
    expect(infleszLabel(39.9)).toBe('muy difícil');
    expect(infleszLabel(40)).toBe('algo difícil');
    expect(infleszLabel(54.9)).toBe('algo difícil');
    expect(infleszLabel(55)).toBe('normal');
    expect(infleszLabel(64.9)).toBe('normal');
    expect(infleszLabel(65)).toBe('bastante fácil');
    expect(infleszLabel(80)).toBe('bastante fácil');
    expect(infleszLabel(80.1)).toBe('muy fácil');
  });

  it('returns null without words', () => {
    expect(spanishScores([''])).toBeNull();
  });
});
