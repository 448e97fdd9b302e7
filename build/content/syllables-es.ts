// Spanish syllables by rule: count vowel nuclei. Two vowels share a syllable (a diphthong) when one is an
// unaccented i/u (or ü); two strong vowels (a e o), or a weak vowel carrying an accent (í ú), split (hiatus).
// "qu"/"gu" before e/i is silent; "y" is a vowel at the end of a word or before a consonant ("hoy", "muy").

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const WEAK = new Set(['i', 'u', 'ü']);

function isVowelAt(w: string, i: number): boolean {
  const c = w[i] ?? '';
  if (STRONG.has(c) || WEAK.has(c)) {
    // Silent u in que, qui, gue, gui (not güe/güi, where ü is heard).
    if (c === 'u' && i > 0 && (w[i - 1] === 'q' || w[i - 1] === 'g') && 'eéií'.includes(w[i + 1] ?? '_'))
      return false;
    return true;
  }
  if (c === 'y') {
    const next = w[i + 1];
    // "y" alone ("y") or at the end or before a consonant acts as the vowel i.
    return next === undefined || !(STRONG.has(next) || WEAK.has(next));
  }
  return false;
}

export function spanishSyllables(word: string): number {
  const w = word.toLocaleLowerCase('es').normalize('NFC');
  let count = 0;
  let prev: string | null = null; // previous vowel in the current vowel group
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    if (!isVowelAt(w, i)) {
      // "h" between vowels does not split them ("prohibir" = prohi-bir); any other letter ends the group.
      if (c !== 'h' || prev === null) prev = null;
      continue;
    }
    const v = c === 'y' ? 'i' : c;
    if (prev === null) count++;
    else {
      const bothStrong = STRONG.has(prev) && STRONG.has(v);
      const sameWeak = WEAK.has(prev) && prev === v; // "chiita", "duunviro"
      if (bothStrong || sameWeak) count++;
    }
    prev = v;
  }
  // Numbers and symbols ("100") are read aloud: count at least one syllable.
  return Math.max(1, count);
}
