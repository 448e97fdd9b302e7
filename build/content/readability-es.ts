// Spanish readability: Fernández-Huerta and Szigriszt-Pazos perspicuity on the INFLESZ scale.
import { round1, textStats, type TextStats } from './readability.ts';
import { spanishSyllables } from './syllables-es.ts';

export type InfleszLabel = 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil';

export type SpanishScores = { fernandezHuerta: number; inflesz: number; label: InfleszLabel };

export function fernandezHuerta(s: TextStats): number {
  const P = (s.syllables / s.words) * 100;
  const F = (s.sentences / s.words) * 100;
  return 206.84 - 0.6 * P - 1.02 * F;
}

export function szigrisztPazos(s: TextStats): number {
  return 206.835 - 62.3 * (s.syllables / s.words) - s.words / s.sentences;
}

/** INFLESZ scale (Barrio-Cantalejo et al., 2008). Bounds: 40, 55, 65, 80; a boundary value goes to the easier band. */
export function infleszLabel(score: number): InfleszLabel {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score <= 80) return 'bastante fácil';
  return 'muy fácil';
}

export function spanishScores(units: string[]): SpanishScores | null {
  const s = textStats(units, spanishSyllables);
  if (s.words === 0 || s.sentences === 0) return null;
  const inflesz = round1(szigrisztPazos(s));
  return { fernandezHuerta: round1(fernandezHuerta(s)), inflesz, label: infleszLabel(inflesz) };
}
