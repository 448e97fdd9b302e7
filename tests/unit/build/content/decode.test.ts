// Robustness: every kind of bad file ends in a clean issue (file, line, rule), never a thrown error.
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../../build/content/decode.ts';
import { EN_GLOSSARY, EN_QUESTIONS, EN_WELCOME, compile, edit, good, lineOf, put, text } from './fixture.ts';

const F = `content/${EN_WELCOME}`;

async function issuesOf(files: Map<string, Uint8Array>): Promise<string[]> {
  const r = await compile(files);
  return [...r.errors, ...r.warnings].map((e) => `${e.file}:${e.line}:${e.column} ${e.rule}`);
}

describe('bytes and encodings', () => {
  it('rejects a binary file (NUL bytes) as not a text file', async () => {
    const r = await compile(
      put(good(), EN_WELCOME, new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02])),
    );
    expect(r.errors.filter((e) => e.file === F).map((e) => e.rule)).toEqual(['not-a-text-file']);
    expect(r.errors.find((e) => e.file === F)?.message).toContain('NUL byte');
  });

  it('rejects invalid UTF-8 (a UTF-16 file) as not a text file', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x2d, 0x00, 0x2d, 0x00]);
    const r = await compile(put(good(), EN_WELCOME, utf16));
    expect(r.errors.filter((e) => e.file === F).map((e) => `${e.line} ${e.rule}`)).toEqual([
      '1 not-a-text-file',
    ]);
  });

  it('rejects an empty file and a whitespace-only file', async () => {
    expect(await issuesOf(put(good(), EN_WELCOME, ''))).toContain(`${F}:1:1 empty-file`);
    expect(await issuesOf(put(good(), EN_WELCOME, ' \n\n \t\n'))).toContain(`${F}:1:1 empty-file`);
  });

  it('rejects a file over 256 KB', async () => {
    const huge = text(good(), EN_WELCOME) + '\nword '.repeat(MAX_FILE_BYTES / 5);
    const r = await compile(put(good(), EN_WELCOME, huge));
    expect(r.errors.filter((e) => e.file === F).map((e) => e.rule)).toEqual(['file-too-large']);
  });

  it('accepts and strips a UTF-8 BOM', async () => {
    const files = good();
    const body = files.get(EN_WELCOME) as Uint8Array;
    files.set(EN_WELCOME, new Uint8Array([0xef, 0xbb, 0xbf, ...body]));
    const r = await compile(files);
    expect(r.errors).toEqual([]);
    expect(r.content.locales.en.pages[0]?.title).toBe('Welcome');
  });

  it('accepts CRLF line endings and still reports the right line', async () => {
    const files = good();
    for (const [k] of files) put(files, k, text(files, k).replace(/\n/g, '\r\n'));
    expect((await compile(files)).errors).toEqual([]);
    edit(files, EN_WELCOME, 'icon: welcome', 'icon: nope');
    const r = await compile(files);
    expect(r.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.rule}`)).toEqual([
      `${F}:5:7 schema-enum`,
    ]);
    edit(files, EN_WELCOME, '(mouth-sores#help)', '(nowhere)');
    const line = lineOf(files, EN_WELCOME, 'nowhere');
    expect((await compile(files)).errors.map((e) => e.line)).toContain(line);
  });

  it('warns about a no-break space with its code point and position', async () => {
    const files = edit(good(), EN_WELCOME, 'Take your time.', 'Take\u00a0your time.');
    const r = await compile(files);
    expect(r.errors).toEqual([]);
    const w = r.warnings.find((x) => x.rule === 'unusual-space');
    expect(w).toMatchObject({ file: F, line: lineOf(files, EN_WELCOME, 'Take\u00a0'), column: 40 });
    expect(w?.message).toContain('U+00A0');
  });

  it.each([
    ['\u200b', 'U+200B'],
    ['\u200f', 'U+200F'],
    ['\u202e', 'U+202E'],
    ['\u00ad', 'U+00AD'],
  ])('errors on the invisible character %j (%s) with its position', async (ch, cp) => {
    const files = edit(good(), EN_WELCOME, 'Take your time.', `Take your${ch} time.`);
    const r = await compile(files);
    const e = r.errors.find((x) => x.rule === 'invisible-character');
    expect(e).toMatchObject({ file: F, line: lineOf(files, EN_WELCOME, 'Take your'), column: 45 });
    expect(e?.message).toContain(cp);
  });

  it('errors on control characters', async () => {
    const r = await compile(edit(good(), EN_WELCOME, 'Take your time.', 'Take your\u0007 time.'));
    expect(r.errors.map((e) => e.rule)).toEqual(['control-character']);
  });
});

describe('settings block', () => {
  it('reports malformed YAML at the line in the file', async () => {
    const files = edit(good(), EN_WELCOME, 'short_title: Welcome', 'short_title: "Welcome');
    const r = await compile(files);
    const e = r.errors.find((x) => x.file === F);
    expect(e?.rule).toBe('yaml-syntax');
    expect(e?.line).toBeGreaterThanOrEqual(3);
    expect(e?.line).toBeLessThanOrEqual(text(files, EN_WELCOME).split('\n').indexOf('---', 1) + 1);
  });

  it('reports a bad indent at its own line', async () => {
    const files = edit(
      good(),
      EN_WELCOME,
      '    title: Chemotherapy for ALL',
      '   title: Chemotherapy for ALL',
    );
    const r = await compile(files);
    expect(r.errors.map((e) => `${e.line} ${e.rule}`)).toContain(
      `${lineOf(files, EN_WELCOME, 'title: Chemo')} yaml-syntax`,
    );
  });

  it('reports a duplicate key', async () => {
    const files = edit(good(), EN_WELCOME, 'icon: welcome', 'icon: welcome\nicon: phone');
    const r = await compile(files);
    expect(r.errors.map((e) => `${e.line} ${e.rule}`)).toContain('6 yaml-syntax');
    expect(r.errors[0]?.hint).toContain('twice');
  });

  it('reports a missing, unclosed, empty or non-map settings block', async () => {
    const body = '## Hello {#hello}\n\nHi there.\n';
    expect(await issuesOf(put(good(), EN_QUESTIONS, body))).toContain(
      `content/${EN_QUESTIONS}:1:1 missing-front-matter`,
    );
    expect(await issuesOf(put(good(), EN_QUESTIONS, `---\ntitle: x\n${body}`))).toContain(
      `content/${EN_QUESTIONS}:1:1 unclosed-front-matter`,
    );
    expect(await issuesOf(put(good(), EN_QUESTIONS, `---\n---\n${body}`))).toContain(
      `content/${EN_QUESTIONS}:1:1 empty-front-matter`,
    );
    expect(await issuesOf(put(good(), EN_QUESTIONS, `---\n- a\n- b\n---\n${body}`))).toContain(
      `content/${EN_QUESTIONS}:2:1 front-matter-not-a-map`,
    );
  });

  it.each([
    ['sources: 5', /sources:\n( {2}.*\n)+/, 'sources: 5\n', 'schema-type'],
    ['sources: [5]', /sources:\n( {2}.*\n)+/, 'sources: [5]\n', 'schema-type'],
    ['phases as text', 'phases: [all-phases]', 'phases: all-phases', 'schema-type'],
    ['empty phases', 'phases: [all-phases]', 'phases: []', 'schema-empty'],
    ['a number title', 'title: Welcome', 'title: 42', 'schema-type'],
    ['a null title', 'title: Welcome', 'title:', 'schema-type'],
    ['an alias', 'short_title: Welcome', 'short_title: *t', 'schema-type'],
  ])('handles %s cleanly', async (_name, from, to, rule) => {
    const r = await compile(edit(good(), EN_WELCOME, from, to));
    expect(r.errors.map((e) => e.rule)).toContain(rule);
    for (const e of r.errors) expect(e.rule).not.toBe('internal-error');
  });

  it('stops a YAML alias bomb with an error, not a hang', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${'bcdefghij'[i]}: &${'bcdefghij'[i]} [*${'abcdefghi'[i]}, *${'abcdefghi'[i]}, *${'abcdefghi'[i]}, *${'abcdefghi'[i]}]`,
      );
    const r = await compile(put(good(), EN_GLOSSARY, bomb.join('\n')));
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors.every((e) => e.rule !== 'internal-error')).toBe(true);
  });
});

describe('files that are not pages', () => {
  it('ignores hidden files and the README at the content root', async () => {
    const files = good();
    files.set('.DS_Store', new Uint8Array([0, 1, 2, 3]));
    files.set('en/.DS_Store', new Uint8Array([0, 1, 2, 3]));
    files.set('en/01-guide/.01-welcome.md.swp', new Uint8Array([0, 1]));
    files.set('es/.gitkeep', new Uint8Array());
    const r = await compile(files);
    expect(r.errors).toEqual([]);
  });

  it('reports a glossary that is not a list, and glossary YAML errors at their line', async () => {
    expect(await issuesOf(put(good(), EN_GLOSSARY, 'id: x\nterm: y\n'))).toContain(
      `content/${EN_GLOSSARY}:1:1 glossary-not-a-list`,
    );
    expect(await issuesOf(put(good(), EN_GLOSSARY, '- id: x\n  term: y\n definition: z\n'))).toContain(
      `content/${EN_GLOSSARY}:3:1 yaml-syntax`,
    );
  });
});
