// The content's pronunciation table applied to words about to be spoken (never to words on the screen).
import type { PronunciationRule } from '../../../electron/shared/content-types';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type Pronouncer = (text: string) => string;

/**
 * One pass over the text with every rule at once, longest first, so a replacement is never replaced again.
 * "Whole word" means no letter or digit touches either end (so "ALL" in "ALLERGY" is left alone).
 */
export function makePronouncer(rules: readonly PronunciationRule[]): Pronouncer {
  if (rules.length === 0) return (text) => text;
  const sorted = [...rules].sort((a, b) => b.text.length - a.text.length);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${sorted.map((r) => `(${escapeRegExp(r.text)})`).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return (text) =>
    text.replace(pattern, (match: string, ...groups: unknown[]) => {
      const index = groups.findIndex((g, i) => i < sorted.length && typeof g === 'string');
      const rule = sorted[index];
      if (!rule) return match;
      // Same letters in another case ("All" at the start of a sentence) stay as written.
      return rule.exactCase && match !== rule.text ? match : rule.say;
    });
}
