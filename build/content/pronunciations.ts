// pronunciations.yaml: how the kiosk's voice says words it would get wrong (drug names, "ALL" as letters).
// Read with positions and checked like every content file; the compiler hands the rules to the renderer,
// which applies them to the words it speaks (never to the words it shows).
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Locale, PronunciationRule } from '../../electron/shared/content-types.ts';
import { parseYaml } from './front-matter.ts';
import { MapReader, rootAs } from './yaml-reader.ts';
import type { FileMap, IssueSink } from './types.ts';
import { decodeText } from './decode.ts';

export const PRONUNCIATIONS_FILE = 'pronunciations.yaml';

const KEYS = ['text', 'say', 'exact_case'] as const;
const MAX_LENGTH = 80;
// Spoken text only: no markup or SSML, which some engines would read aloud or act on.
const SAFE_TEXT = /^[^<>{}[\]\\`$&]+$/u;
const HINT =
  'Write each entry as `- text: ALL` and `  say: A L L` (see content/README.md, "How words are said").';

/** True when the text has no small letters, so its case is what tells it apart ("ALL" is not "all"). */
function defaultExactCase(text: string): boolean {
  return text === text.toUpperCase() && /\p{L}/u.test(text);
}

/** The rules, longest text first (so "CAR T cell" wins over "CAR T"); errors go to the sink. */
export function parsePronunciations(file: string, text: string, sink: IssueSink): PronunciationRule[] {
  const src = parseYaml(file, text, 1, sink, 'pronunciation list');
  if (!src) return [];
  const top = src.doc.contents as Node | null;
  if (top === null || (isScalar(top) && top.value === null)) return [];
  const root = rootAs(file, src, sink, isSeq, {
    rule: 'pronunciations-not-a-list',
    message: 'The file must be a list of words.',
    hint: HINT,
  });
  if (!root) return [];
  const out: PronunciationRule[] = [];
  const seen = new Map<string, number>();
  for (const item of root.items) {
    const node = item as Node;
    const at = src.at(node);
    if (!isMap(node)) {
      sink.error(file, at.line, at.column, 'pronunciation-not-a-map', 'This entry is not a word.', HINT);
      continue;
    }
    const reader = new MapReader(file, src, sink, node, 'this pronunciation', KEYS);
    const word = reader.string('text', HINT);
    const say = reader.string('say', HINT);
    let exact: boolean | null = null;
    const caseEntry = reader.entries.get('exact_case');
    if (caseEntry) {
      const value = isScalar(caseEntry.value) ? caseEntry.value.value : undefined;
      if (typeof value === 'boolean') exact = value;
      else reader.wrong(caseEntry, 'true or false', 'Use `exact_case: true` to match only this exact case.');
    }
    if (word === null || say === null) continue;
    let ok = true;
    for (const [key, value] of [
      ['text', word],
      ['say', say],
    ] as const) {
      const entry = reader.entries.get(key);
      const where = reader.at(entry?.value ?? node);
      if (value.length > MAX_LENGTH || !SAFE_TEXT.test(value)) {
        ok = false;
        sink.error(
          file,
          where.line,
          where.column,
          'pronunciation-bad-text',
          `\`${key}\` must be plain words of at most ${MAX_LENGTH} characters, without < > { } [ ] \\ \` $ or &.`,
          'Spell the word as it sounds, in letters and spaces: `say: vin KRIS teen`.',
        );
      }
    }
    const key = word.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      sink.error(
        file,
        at.line,
        at.column,
        'pronunciation-duplicate',
        `"${word}" is already in this list (line ${first}).`,
        'Keep one entry per word; use `exact_case` on one of them if only the capitals differ.',
      );
      continue;
    }
    seen.set(key, at.line);
    if (ok) out.push({ text: word, say, exactCase: exact ?? defaultExactCase(word) });
  }
  return out.sort((a, b) => b.text.length - a.text.length);
}

/** The locale's list; a missing file is a warning (the voice would say "ALL" as the word "all"). */
export function readPronunciations(
  files: FileMap,
  locale: Locale,
  root: string,
  sink: IssueSink,
): PronunciationRule[] {
  const rel = `${locale}/${PRONUNCIATIONS_FILE}`;
  const file = `${root}/${rel}`;
  const bytes = files.get(rel);
  if (bytes === undefined) {
    sink.warn(
      file,
      1,
      1,
      'missing-pronunciations',
      `There is no pronunciation list for "${locale}", so read-aloud says every word as the voice guesses it.`,
      `Create ${file} (see ${root}/README.md, "How words are said").`,
    );
    return [];
  }
  const text = decodeText(file, bytes, sink);
  return text === null ? [] : parsePronunciations(file, text, sink);
}
