// "Who is this for?" in the words: `{you|your child}` variants in the card tree, and the checks that prove no
// form is missing and no card speaks to the reader without one.
import { describe, expect, it } from 'vitest';
import type { InlineNode } from '../../../../electron/shared/content-types.ts';
import type { CompileResult } from '../../../../build/content/compile.ts';
import { show, treeProblem } from './card-tree-helpers.ts';
import { EN_MOUTH, EN_WELCOME, ES_WELCOME, compile, edit, good, lineOf, text } from './fixture.ts';

const HOW = 'Tap a word with a line under it to see what it means.';

function issue(r: CompileResult, rule: string): CompileResult['errors'][number] | undefined {
  return [...r.errors, ...r.warnings].find((i) => i.rule === rule);
}

/** Line and 1-based column of `needle` in a fixture file. */
function at(files: ReturnType<typeof good>, path: string, needle: string): { line: number; column: number } {
  const line = lineOf(files, path, needle);
  const column = (text(files, path).split('\n')[line - 1] ?? '').indexOf(needle) + 1;
  return { line, column };
}

describe('a reader variant in the tree', () => {
  it('keeps both forms in one sentence node, with the same ids, grading the "you" form', async () => {
    const files = edit(good(), EN_WELCOME, HOW, 'If {you are|your child is} tired, rest. ' + HOW);
    const r = await compile(files);
    expect(r.errors).toEqual([]);
    expect(treeProblem(r.content)).toBeNull();
    const card = r.content.locales.en.pages[0]?.cards[1];
    expect(show(card?.body ?? [])).toBe(
      '<p>[1]If {you are|your child is} tired, rest. [2]Tap a word with a line under it to see what it means. [3]<term chemo>Chemo</term> is one such word.</p>' +
        "<ul><li>[4]Go back at any time.</li><li>[5]Read about <link mouth-sores#help>mouth sores</link> if {your mouth hurts|your child's mouth hurts}.</li></ul>",
    );
    expect(card?.variants).toBe(2);
    // 4 words in "If you are tired, rest." (the child form has 5); words count the default form.
    const before = (await compile(good())).content.locales.en.pages[0]?.cards[1]?.words ?? 0;
    expect(card?.words).toBe(before + 5);
  });

  it('reads a variant in a heading as plain words per form', async () => {
    const files = edit(
      good(),
      EN_WELCOME,
      '## How to use it {#how}',
      '## How {you|your child} can use it {#how}',
    );
    const r = await compile(files);
    expect(r.errors).toEqual([]);
    const card = r.content.locales.en.pages[0]?.cards[1];
    expect(card?.heading).toBe('How you can use it');
    expect(card?.headingForms).toEqual({ you: 'How you can use it', child: 'How your child can use it' });
  });

  it('links a glossary word in each form, since only one of them shows', async () => {
    const files = edit(good(), EN_WELCOME, HOW, "{Your chemo helps|Your child's chemo helps}. " + HOW);
    const r = await compile(files);
    expect(r.errors).toEqual([]);
    const sentence = r.content.locales.en.pages[0]?.cards[1]?.body[0];
    const first = sentence?.type === 'paragraph' ? sentence.children[0]?.children[0] : undefined;
    expect(first?.type).toBe('variant');
    const forms = (first as Extract<InlineNode, { type: 'variant' }>).forms;
    expect(forms.you.some((n) => n.type === 'term' && n.term === 'chemo')).toBe(true);
    expect(forms.child.some((n) => n.type === 'term' && n.term === 'chemo')).toBe(true);
  });
});

describe('a reader variant must give every form', () => {
  const cases: { name: string; written: string; rule: string }[] = [
    { name: 'one form only', written: '{you are} tired.', rule: 'variant-forms' },
    { name: 'three forms', written: '{you are|your child is|they are} tired.', rule: 'variant-forms' },
    { name: 'an empty "My child" form', written: '{you are|} tired.', rule: 'variant-empty-form' },
    { name: 'an empty "Me" form', written: '{|your child is} tired.', rule: 'variant-empty-form' },
    { name: 'never closed', written: '{you are|your child is tired.', rule: 'variant-unclosed' },
    {
      name: 'a variant inside a variant',
      written: '{you {are|is}|your child is} tired.',
      rule: 'variant-unclosed',
    },
    {
      name: 'two sentences in one form',
      written: '{You rest. You sleep|Your child rests} well.',
      rule: 'variant-sentence',
    },
  ];
  for (const c of cases) {
    it(`${c.name} stops the build at the brace, with a fix`, async () => {
      const files = edit(good(), EN_WELCOME, HOW, `If ${c.written} ${HOW}`);
      const r = await compile(files);
      const hit = r.errors.find((e) => e.rule === c.rule);
      const where = at(files, EN_WELCOME, `If ${c.written}`);
      expect(hit).toMatchObject({
        file: `content/${EN_WELCOME}`,
        line: where.line,
        column: where.column + 3,
      });
      expect(hit?.hint).toMatch(/\{.*\|.*\}/);
    });
  }

  it('the same words in both forms is a warning', async () => {
    const files = edit(good(), EN_WELCOME, HOW, `If {you are|you are} tired, rest. ${HOW}`);
    const r = await compile(files);
    expect(r.errors).toEqual([]);
    expect(issue(r, 'variant-same')).toMatchObject({ severity: 'warning', ...at(files, EN_WELCOME, '{you') });
  });
});

describe('a card that speaks to the reader without a variant', () => {
  it('is an error on a guide page, at the first such word, with a fix naming both ways out', async () => {
    const files = edit(
      good(),
      EN_WELCOME,
      "if {your mouth hurts|your child's mouth hurts}",
      'if your mouth hurts',
    );
    const r = await compile(files);
    const hit = r.errors.find((e) => e.rule === 'reader-not-varied');
    expect(hit).toMatchObject({
      file: `content/${EN_WELCOME}`,
      ...at(files, EN_WELCOME, 'your mouth hurts'),
    });
    expect(hit?.message).toContain('"your"');
    expect(hit?.hint).toContain('{you are|your child is}');
    expect(hit?.hint).toContain('same_for_every_reader: [how]');
  });

  it('is found in Spanish by usted/su forms', async () => {
    const files = edit(
      good(),
      ES_WELCOME,
      'si {le duele la boca|a su hijo le duele la boca}',
      'si a usted le duele la boca',
    );
    const r = await compile(files);
    const hit = r.errors.find((e) => e.rule === 'reader-not-varied');
    expect(hit).toMatchObject({ file: `content/${ES_WELCOME}`, ...at(files, ES_WELCOME, 'usted le duele') });
    expect(hit?.hint).toContain('{usted puede sentirse|su hijo puede sentirse}');
  });

  it('is an error on every other page too, and `same_for_every_reader` accepts the card as it is', async () => {
    const unlisted = edit(
      good(),
      EN_MOUTH,
      'same_for_every_reader: [what, why, help, call]',
      'same_for_every_reader: [why, help, call]',
    );
    const r = await compile(unlisted);
    expect(r.errors.filter((e) => e.rule === 'reader-not-varied')).toMatchObject([
      { file: `content/${EN_MOUTH}`, ...at(unlisted, EN_MOUTH, 'your mouth. They') },
    ]);
    const listed = await compile(good());
    expect(listed.errors).toEqual([]);
    expect(listed.warnings).toEqual([]);
  });

  it('names a `same_for_every_reader` card the page does not have', async () => {
    const files = edit(good(), EN_MOUTH, 'same_for_every_reader: [what,', 'same_for_every_reader: [wat,');
    const r = await compile(files);
    expect(r.errors.find((e) => e.rule === 'same-for-every-reader-card')).toMatchObject({
      file: `content/${EN_MOUTH}`,
      ...at(files, EN_MOUTH, 'wat'),
    });
  });
});
