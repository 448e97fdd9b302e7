import { describe, expect, it } from 'vitest';
import {
  colemanLiauIndex,
  englishGrades,
  fleschKincaidGrade,
  sentencesOf,
  smogGrade,
  textStats,
  englishSyllables,
  wordsOf,
} from '../../../../build/content/readability.ts';

describe('English readability (hand-computed)', () => {
  it('counts words, sentences, syllables and letters of a one-syllable sentence', () => {
    const s = textStats(['The cat sat on the mat.'], englishSyllables);
    expect(s).toEqual({ words: 6, sentences: 1, syllables: 6, letters: 17, polysyllables: 0 });
    // FK = 0.39·6 + 11.8·1 − 15.59 = −1.45
    expect(fleschKincaidGrade(s)).toBeCloseTo(-1.45, 6);
    // CL: L = 1700/6 = 283.33, S = 100/6 = 16.67 → 0.0588·283.33 − 0.296·16.67 − 15.8 = −4.0733
    expect(colemanLiauIndex(s)).toBeCloseTo(-4.0733, 3);
    // SMOG with no polysyllables is the constant 3.1291
    expect(smogGrade(s)).toBeCloseTo(3.1291, 6);
  });

  it('counts a list item without a full stop as a sentence, and words of 3+ syllables for SMOG', () => {
    const s = textStats(['Chemotherapy is medicine.', 'It helps'], englishSyllables);
    // chemotherapy 5 + is 1 + medicine 3 + it 1 + helps 1
    expect(s).toEqual({ words: 5, sentences: 2, syllables: 11, letters: 29, polysyllables: 2 });
    // FK = 0.39·2.5 + 11.8·2.2 − 15.59 = 11.345
    expect(fleschKincaidGrade(s)).toBeCloseTo(11.345, 6);
    // CL: L = 580, S = 40 → 34.104 − 11.84 − 15.8 = 6.464
    expect(colemanLiauIndex(s)).toBeCloseTo(6.464, 6);
    // SMOG = 1.043·√(2·30/2) + 3.1291 = 8.8418
    expect(smogGrade(s)).toBeCloseTo(8.8418, 4);
    expect(englishGrades(['Chemotherapy is medicine.', 'It helps'])).toEqual({
      fleschKincaid: 11.3,
      colemanLiau: 6.5,
      smog: 8.8,
    });
  });

  it('splits sentences at . ! ? but not inside numbers', () => {
    expect(sentencesOf('A fever is 100.4 degrees. Call now! Why? Because.')).toBe(4);
    expect(sentencesOf('No stop at the end')).toBe(1);
    expect(sentencesOf('')).toBe(0);
  });

  it('keeps contractions and hyphenated words as one word; numbers count a syllable', () => {
    expect(wordsOf("It's a care-team call at 5 pm.")).toEqual([
      "It's",
      'a',
      'care-team',
      'call',
      'at',
      '5',
      'pm',
    ]);
    expect(englishSyllables('100')).toBe(1);
  });

  it('returns null for text without words', () => {
    expect(englishGrades(['...', ''])).toBeNull();
  });
});
