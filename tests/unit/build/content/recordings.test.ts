// Recorded narration: the list, the files and the text hash, checked against the compiled cards.
import { describe, expect, it } from 'vitest';
import { recordingText } from '../../../../electron/shared/spoken-text.ts';
import { MAX_RECORDING_BYTES, recordingHash, stampManifest } from '../../../../build/content/recordings.ts';
import { toneWav } from '../../../fixtures/audio/make-tone.ts';
import { compile, edit, EN_WELCOME, good, put } from './fixture.ts';
import type { FileMap } from '../../../../build/content/types.ts';

const LIST = 'en/audio/recordings.yaml';
const FILE = 'en/audio/welcome/hello.wav';
const HELLO_TEXT = 'Hello\nThis guide is about chemo for ALL.\nTake your time.\nYou can stop at any point.';
const HELLO_HASH = recordingHash(HELLO_TEXT);
const WAV = new Uint8Array(toneWav(1));

function withRecording(list: string, files: FileMap = good()): FileMap {
  put(files, FILE, WAV);
  return put(files, LIST, list);
}
const entry = (card: string, hash: string): string => `- card: ${card}\n  text_sha256: "${hash}"\n`;

describe('recordings', () => {
  it('the hash is over the shown words, one part per line, before pronunciations', async () => {
    const result = await compile(good());
    const card = result.content.locales.en.pages.find((p) => p.id === 'welcome')?.cards[0] ?? {
      heading: 'fixture has no welcome#hello',
      body: [],
    };
    // "ALL" stays as written, although pronunciations.yaml says it as letters.
    expect(recordingText(card)).toBe(HELLO_TEXT);
  });

  it('a fresh recording is built and mapped to its card; nothing else is reported', async () => {
    const result = await compile(withRecording(entry('welcome#hello', HELLO_HASH)));
    expect(result.errors).toEqual([]);
    expect(result.warnings.filter((w) => w.rule.startsWith('recording'))).toEqual([]);
    expect(result.content.locales.en.recordings).toEqual({ 'welcome#hello': 'audio/en/welcome/hello.wav' });
    expect(result.recordings).toEqual([
      { source: FILE, out: 'audio/en/welcome/hello.wav', bytes: WAV.length },
    ]);
  });

  it('a changed card makes it stale: a warning at the stamp line with the re-stamp command, not built', async () => {
    const files = withRecording(`# narration\n${entry('welcome#hello', HELLO_HASH)}`);
    edit(files, EN_WELCOME, 'Take your time.', 'Take all the time you need.');
    const result = await compile(files);
    expect(result.errors).toEqual([]);
    const stale = result.warnings.find((w) => w.rule === 'recording-stale');
    expect(stale).toMatchObject({ file: `content/${LIST}`, line: 3 });
    expect(stale?.hint).toContain('npm run audio -- stamp en welcome#hello');
    expect(result.content.locales.en.recordings).toEqual({});
    expect(result.recordings).toEqual([]);
    expect(result.content.locales.en.staleRecordings).toEqual([
      { page: 'welcome', card: 'hello', file: `content/${FILE}`, line: 3 },
    ]);
  });

  it.each([
    ['unknown page', entry('nowhere#hello', HELLO_HASH), 'recording-unknown-card'],
    ['unknown card', entry('welcome#nope', HELLO_HASH), 'recording-unknown-card'],
    ['not a card', entry('welcome', HELLO_HASH), 'recording-bad-card'],
    ['no file', entry('welcome#how', HELLO_HASH), 'recording-missing-file'],
    ['not a stamp', entry('welcome#hello', 'abc'), 'recording-bad-hash'],
    ['a site value', entry('call-now#fever', HELLO_HASH), 'recording-has-slot'],
    [
      'listed twice',
      entry('welcome#hello', HELLO_HASH) + entry('welcome#hello', HELLO_HASH),
      'recording-duplicate',
    ],
    ['not a list', 'card: welcome#hello\n', 'recordings-not-a-list'],
  ])('%s is an error with file, line and a fix', async (_name, list, rule) => {
    const result = await compile(withRecording(list));
    const error = result.errors.find((e) => e.rule === rule);
    expect(error?.file).toBe(`content/${LIST}`);
    expect(error?.line).toBeGreaterThanOrEqual(1);
    expect(error?.hint.length).toBeGreaterThan(10);
  });

  it('a file that is not what its ending says, or too large, is an error on the file', async () => {
    const files = withRecording(entry('welcome#hello', HELLO_HASH));
    put(files, FILE, new TextEncoder().encode('not audio'));
    expect((await compile(files)).errors.map((e) => [e.file, e.rule])).toEqual([
      [`content/${FILE}`, 'recording-bad-format'],
    ]);
    const big = new Uint8Array(MAX_RECORDING_BYTES + 1);
    big.set(WAV.subarray(0, 12));
    put(files, FILE, big);
    expect((await compile(files)).errors.map((e) => e.rule)).toEqual(['recording-too-large']);
  });

  it('an audio file nobody listed is a warning and is not built', async () => {
    const files = put(good(), 'en/audio/welcome/how.mp3', WAV);
    const result = await compile(files);
    expect(result.errors).toEqual([]);
    expect(result.warnings.find((w) => w.rule === 'recording-unlisted')?.file).toBe(
      'content/en/audio/welcome/how.mp3',
    );
    expect(result.recordings).toEqual([]);
  });
});

describe('stampManifest', () => {
  it('adds an entry to an empty or missing list', () => {
    expect(stampManifest(null, 'welcome#hello', HELLO_HASH)).toBe(entry('welcome#hello', HELLO_HASH));
  });
  it('re-stamps an entry in place, keeping comments and other entries', () => {
    const before = `# narration by the nurse educators\n${entry('welcome#hello', 'a'.repeat(64))}${entry('welcome#how', 'b'.repeat(64))}`;
    const after = stampManifest(before, 'welcome#hello', HELLO_HASH);
    expect(after).toBe(
      `# narration by the nurse educators\n${entry('welcome#hello', HELLO_HASH)}${entry('welcome#how', 'b'.repeat(64))}`,
    );
  });
  it('refuses a file that is not a list', () => {
    expect(stampManifest('card: x\n', 'welcome#hello', HELLO_HASH)).toBeNull();
  });
  it('a stamped list compiles fresh', async () => {
    const files = withRecording(stampManifest(null, 'welcome#hello', HELLO_HASH) ?? '');
    expect((await compile(files)).content.locales.en.recordings['welcome#hello']).toBe(
      'audio/en/welcome/hello.wav',
    );
  });
});
