// English readability, pure and hand-checkable. A card's text arrives as units (paragraphs and list items);
// each list item counts as at least one sentence, since a visitor reads it as one.
import { syllable } from 'syllable';

export type TextStats = {
  words: number;
  sentences: number;
  syllables: number;
  /** Letters and digits inside words (Coleman–Liau's L). */
  letters: number;
  /** Words of three or more syllables (SMOG). */
  polysyllables: number;
};

export type EnglishGrades = { fleschKincaid: number; colemanLiau: number; smog: number };

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
// Sentence ends: . ! ? … followed by a space, a closing quote/bracket, or the end of the unit.
const SENTENCE_END = /[.!?…]+(?=$|\s|["')\]’”»])/u;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Sentences in one unit (paragraph or list item): at least 1 when it has any word. */
export function sentencesOf(unit: string): number {
  const parts = unit.split(SENTENCE_END);
  const n = parts.filter((p) => wordsOf(p).length > 0).length;
  return n;
}

export function englishSyllables(word: string): number {
  // `syllable` gives 0 for digits ("100"); a number is read aloud as at least one syllable.
  return Math.max(1, syllable(word));
}

export function textStats(units: string[], countSyllables: (w: string) => number): TextStats {
  const stats: TextStats = { words: 0, sentences: 0, syllables: 0, letters: 0, polysyllables: 0 };
  for (const unit of units) {
    const words = wordsOf(unit);
    if (words.length === 0) continue;
    stats.sentences += Math.max(1, sentencesOf(unit));
    for (const w of words) {
      const syl = countSyllables(w);
      stats.words++;
      stats.syllables += syl;
      if (syl >= 3) stats.polysyllables++;
      stats.letters += (w.match(/[\p{L}\p{N}]/gu) ?? []).length;
    }
  }
  return stats;
}

export function fleschKincaidGrade(s: TextStats): number {
  return 0.39 * (s.words / s.sentences) + 11.8 * (s.syllables / s.words) - 15.59;
}

export function colemanLiauIndex(s: TextStats): number {
  const L = (s.letters / s.words) * 100;
  const S = (s.sentences / s.words) * 100;
  return 0.0588 * L - 0.296 * S - 15.8;
}

export function smogGrade(s: TextStats): number {
  return 1.043 * Math.sqrt((s.polysyllables * 30) / s.sentences) + 3.1291;
}

/** All three English grades, rounded to one decimal; null when the text has no words. */
export function englishGrades(units: string[]): EnglishGrades | null {
  const s = textStats(units, englishSyllables);
  if (s.words === 0 || s.sentences === 0) return null;
  return {
    fleschKincaid: round1(fleschKincaidGrade(s)),
    colemanLiau: round1(colemanLiauIndex(s)),
    smog: round1(smogGrade(s)),
  };
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
