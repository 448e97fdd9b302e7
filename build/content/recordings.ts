// Recorded narration, best first: `content/<locale>/audio/<page>/<card>.<ext>` plays instead of the synthetic
// voice when `content/<locale>/audio/recordings.yaml` lists the card with the sha256 of its spoken text, and
// that hash still matches. A recording whose card changed is stale: a warning, left out of the build, listed
// in the staff view; the synthetic voice reads that card until someone records it again and re-stamps it.
import { createHash } from 'node:crypto';
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Node,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { Locale, Page, StaleRecording } from '../../electron/shared/content-types.ts';
import { hasSlots, recordingText } from '../../electron/shared/spoken-text.ts';
import { decodeText } from './decode.ts';
import { parseYaml } from './front-matter.ts';
import { MapReader } from './yaml-reader.ts';
import type { FileMap, IssueSink } from './types.ts';

export const AUDIO_DIR = 'audio';
export const RECORDINGS_FILE = 'recordings.yaml';
/** Formats Chromium (and so Electron) plays without extra codecs, by the bytes they must start with. */
const AUDIO_FORMATS: Readonly<Record<string, (bytes: Uint8Array) => boolean>> = {
  ogg: (b) => ascii(b, 0, 'OggS'),
  opus: (b) => ascii(b, 0, 'OggS'),
  mp3: (b) => ascii(b, 0, 'ID3') || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0),
  wav: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WAVE'),
};
/** One card's narration: a minute of speech is about 0.5 MB as Ogg Opus or MP3 at 64 kbit/s. */
export const MAX_RECORDING_BYTES = 2 * 1024 * 1024;
/** All recordings of all languages together: they ship inside the installer. */
export const MAX_RECORDINGS_TOTAL_BYTES = 60 * 1024 * 1024;

const SHA256 = /^[0-9a-f]{64}$/;
const HINT =
  'Write each entry as `- card: page-id#card-id` and `  text_sha256: "…"` (see content/README.md, "Recorded narration").';

function ascii(bytes: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** The hash stored beside a recording: sha256 of the card's spoken text (recordingText), as hex. */
export function recordingHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A fresh recording copied into the build: source path (in the content folder) → path in the built UI. */
export type RecordingFile = { source: string; out: string; bytes: number };

export type LocaleRecordings = {
  recordings: Record<string, string>;
  stale: StaleRecording[];
  files: RecordingFile[];
};

/** The commands an educator runs after recording a card again (content/README.md). */
function restampHint(locale: Locale, key: string): string {
  return `Record the card again reading \`npm run audio -- script ${locale} ${key}\`, save it over the old file, then run \`npm run audio -- stamp ${locale} ${key}\`. Until then the kiosk's voice reads this card.`;
}

/** Checks one locale's recordings against its compiled pages; errors and warnings go to the sink. */
export function compileRecordings(
  files: FileMap,
  locale: Locale,
  pages: readonly Page[],
  root: string,
  sink: IssueSink,
): LocaleRecordings {
  const out: LocaleRecordings = { recordings: {}, stale: [], files: [] };
  const prefix = `${locale}/${AUDIO_DIR}/`;
  const manifestRel = `${prefix}${RECORDINGS_FILE}`;
  const manifestFile = `${root}/${manifestRel}`;
  const audio = [...files.keys()].filter((rel) => rel.startsWith(prefix) && rel !== manifestRel);
  const claimed = new Set<string>();

  const bytes = files.get(manifestRel);
  const text = bytes === undefined ? null : decodeText(manifestFile, bytes, sink);
  const src = text === null ? null : parseYaml(manifestFile, text, 1, sink, 'recording list');
  const root0 = src ? (src.doc.contents as Node | null) : null;
  if (src && root0 !== null && !(isScalar(root0) && root0.value === null) && !isSeq(root0)) {
    const at = src.at(root0);
    sink.error(
      manifestFile,
      at.line,
      at.column,
      'recordings-not-a-list',
      'The file must be a list of recordings.',
      HINT,
    );
  }
  const pagesById = new Map(pages.map((p) => [p.id, p]));
  const seen = new Map<string, number>();
  for (const item of src && isSeq(root0) ? root0.items : []) {
    const node = item as Node;
    const at = src!.at(node);
    if (!isMap(node)) {
      sink.error(
        manifestFile,
        at.line,
        at.column,
        'recording-not-a-map',
        'This entry is not a recording.',
        HINT,
      );
      continue;
    }
    const reader = new MapReader(manifestFile, src!, sink, node, 'this recording', ['card', 'text_sha256']);
    const key = reader.string('card', HINT);
    const hashEntry = reader.entries.get('text_sha256');
    if (!hashEntry) reader.missing('text_sha256', HINT);
    if (key === null) continue;
    const where = reader.at(reader.entries.get('card')?.value);
    const [pageId = '', cardId = '', ...rest] = key.split('#');
    if (pageId === '' || cardId === '' || rest.length > 0) {
      sink.error(
        manifestFile,
        where.line,
        where.column,
        'recording-bad-card',
        `"${key}" does not name a card.`,
        'Write the page id and the card id joined by #, e.g. `card: side-effects-overview#different`.',
      );
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      sink.error(
        manifestFile,
        where.line,
        where.column,
        'recording-duplicate',
        `"${key}" is already listed (line ${first}).`,
        'Keep one entry per card.',
      );
      continue;
    }
    seen.set(key, where.line);
    const expected = `${prefix}${pageId}/${cardId}.`;
    const found = audio.filter(
      (rel) => rel.startsWith(expected) && Object.hasOwn(AUDIO_FORMATS, rel.slice(expected.length)),
    );
    for (const rel of found) claimed.add(rel);
    const page = pagesById.get(pageId);
    const card = page?.cards.find((c) => c.id === cardId);
    if (!page || !card) {
      sink.error(
        manifestFile,
        where.line,
        where.column,
        'recording-unknown-card',
        page
          ? `The page "${pageId}" has no card {#${cardId}}.`
          : `There is no page "${pageId}" in ${locale}.`,
        page
          ? `Use one of its card ids: ${page.cards.map((c) => c.id).join(', ')}; or delete this entry and its file.`
          : 'Use the id of an existing page (its file name without the number and ".md"), or delete this entry and its file.',
      );
      continue;
    }
    if (hasSlots(card.body)) {
      sink.error(
        manifestFile,
        where.line,
        where.column,
        'recording-has-slot',
        `The card "${key}" shows this kiosk's own phone numbers or fever threshold, which differ per site; a recording cannot say them.`,
        `Delete this entry and ${root}/${expected}*; the kiosk's voice reads this card with the site's values.`,
      );
      continue;
    }
    if (found.length === 0) {
      sink.error(
        manifestFile,
        where.line,
        where.column,
        'recording-missing-file',
        `No recording file for "${key}".`,
        `Save it as ${root}/${expected}ogg (or .opus, .mp3, .wav), or delete this entry.`,
      );
      continue;
    }
    if (found.length > 1) {
      sink.error(
        manifestFile,
        where.line,
        where.column,
        'recording-two-files',
        `"${key}" has ${found.length} recordings: ${found.map((f) => `${root}/${f}`).join(', ')}.`,
        'Keep one file per card and delete the others.',
      );
      continue;
    }
    const rel = found[0];
    const data = files.get(rel) ?? new Uint8Array();
    const ext = rel.slice(expected.length);
    if (!AUDIO_FORMATS[ext](data)) {
      sink.error(
        `${root}/${rel}`,
        1,
        1,
        'recording-bad-format',
        `This file is not a .${ext} recording (its first bytes do not match the format).`,
        'Export the recording again from the audio editor as Ogg Opus or MP3, with the matching file ending.',
      );
      continue;
    }
    if (data.byteLength > MAX_RECORDING_BYTES) {
      sink.error(
        `${root}/${rel}`,
        1,
        1,
        'recording-too-large',
        `This recording is ${(data.byteLength / 1048576).toFixed(1)} MB; the limit is ${MAX_RECORDING_BYTES / 1048576} MB per card.`,
        'Export it as mono Ogg Opus or MP3 at 64 kbit/s (about 0.5 MB a minute).',
      );
      continue;
    }
    const hashValue = hashEntry && isScalar(hashEntry.value) ? hashEntry.value.value : undefined;
    const hashAt = reader.at(hashEntry?.value ?? node);
    if (typeof hashValue !== 'string' || !SHA256.test(hashValue)) {
      sink.error(
        manifestFile,
        hashAt.line,
        hashAt.column,
        'recording-bad-hash',
        `\`text_sha256\` of "${key}" is not a stamp (64 letters 0-9 and a-f, in quotes).`,
        `Run \`npm run audio -- stamp ${locale} ${key}\` to write it.`,
      );
      continue;
    }
    if (hashValue !== recordingHash(recordingText(card))) {
      sink.warn(
        manifestFile,
        hashAt.line,
        hashAt.column,
        'recording-stale',
        `The words of "${key}" changed after it was recorded, so ${root}/${rel} is not played.`,
        restampHint(locale, key),
      );
      out.stale.push({ page: pageId, card: cardId, file: `${root}/${rel}`, line: hashAt.line });
      continue;
    }
    const target = `${AUDIO_DIR}/${locale}/${pageId}/${cardId}.${ext}`;
    out.recordings[key] = target;
    out.files.push({ source: rel, out: target, bytes: data.byteLength });
  }

  for (const rel of audio) {
    if (claimed.has(rel)) continue;
    sink.warn(
      `${root}/${rel}`,
      1,
      1,
      'recording-unlisted',
      `This file is not listed in ${manifestFile}, so it is never played.`,
      `Name it ${root}/${prefix}<page-id>/<card-id>.ogg (or .opus, .mp3, .wav) and add the card to ${manifestFile} with \`npm run audio -- stamp ${locale} <page-id>#<card-id>\`; or delete it.`,
    );
  }
  return out;
}

/** Every language's fresh recordings together must fit the installer's budget (a warning, not an error). */
export function checkRecordingBudget(all: readonly RecordingFile[], root: string, sink: IssueSink): void {
  const total = all.reduce((n, f) => n + f.bytes, 0);
  if (total <= MAX_RECORDINGS_TOTAL_BYTES) return;
  sink.warn(
    `${root}`,
    1,
    1,
    'recordings-over-budget',
    `The recordings add up to ${(total / 1048576).toFixed(1)} MB; the budget is ${MAX_RECORDINGS_TOTAL_BYTES / 1048576} MB, and they ship in every installer.`,
    'Export them as mono Ogg Opus or MP3 at 64 kbit/s, or record fewer cards.',
  );
}

/**
 * recordings.yaml with `key`'s stamp set to `hash` (the entry is added when missing), keeping every other
 * line and comment as written. Returns null when the file is not a list the stamp can go into.
 */
export function stampManifest(text: string | null, key: string, hash: string): string | null {
  const doc = parseDocument(text ?? '');
  if (doc.errors.length > 0) return null;
  const root = doc.contents as Node | null;
  if (root === null || (isScalar(root) && root.value === null)) {
    doc.contents = doc.createNode([]) as unknown as typeof doc.contents;
  } else if (!isSeq(root)) return null;
  const list = doc.contents as unknown as YAMLSeq;
  const stampNode = (): Scalar => {
    const node = doc.createNode(hash) as Scalar;
    // Quoted, so a stamp that happens to look like a number stays text.
    node.type = 'QUOTE_DOUBLE';
    return node;
  };
  const entry = list.items.find((item) => isMap(item) && item.get('card') === key) as YAMLMap | undefined;
  if (entry) entry.set('text_sha256', stampNode());
  else {
    const map = doc.createNode({ card: key }) as YAMLMap;
    map.set('text_sha256', stampNode());
    list.items.push(map);
  }
  return doc.toString({ lineWidth: 0 });
}
