import { describe, expect, it } from 'vitest';
import { spanishSyllables } from '../../../../build/content/syllables-es.ts';

// Syllable counts checked by hand against the RAE rules (diphthongs, hiatus, silent u, y as a vowel).
const WORDS: [string, number][] = [
  ['casa', 2],
  ['sangre', 2],
  ['leucemia', 3], // leu-ce-mia: eu and ia are diphthongs
  ['tratamiento', 4], // tra-ta-mien-to: ie
  ['ciudad', 2], // ciu-dad: two weak vowels
  ['cuidado', 3], // cui-da-do
  ['día', 2], // dí-a: accented í breaks the diphthong
  ['país', 2], // pa-ís
  ['reír', 2],
  ['aéreo', 4], // a-é-re-o: strong + strong = hiatus
  ['poeta', 3], // po-e-ta
  ['guía', 2], // guí-a: silent u
  ['quimio', 2], // qui-mio: silent u
  ['guerra', 2], // gue-rra
  ['pingüino', 3], // pin-güi-no: ü is heard
  ['averiguáis', 4], // a-ve-ri-guáis: triphthong
  ['buey', 1], // triphthong with final y
  ['hoy', 1],
  ['muy', 1],
  ['y', 1],
  ['yo', 1], // y before a vowel is a consonant
  ['alcohol', 3], // al-co-hol: h does not join o-o
  ['chiita', 3], // chi-i-ta: same weak vowel twice
  ['médula', 3],
  ['ósea', 3], // ó-se-a
  ['enjuáguese', 4], // en-juá-gue-se
  ['Quimioterapia', 5], // qui-mio-te-ra-pia, capitalised
  ['LLA', 1], // an abbreviation is read as at least one syllable
  ['100', 1],
];

describe('Spanish syllables', () => {
  it.each(WORDS)('%s has %i syllables', (word, n) => {
    expect(spanishSyllables(word)).toBe(n);
  });
});
