import { describe, expect, it } from 'vitest';
import { show, treeProblem } from './card-tree-helpers.ts';
import type { FileMap } from '../../../../build/content/types.ts';
import { compileContent } from '../../../../build/content/compile.ts';
import {
  EN_CALL,
  EN_GLOSSARY,
  EN_MOUTH,
  EN_QUESTIONS,
  EN_WELCOME,
  ES_CALL,
  ES_GLOSSARY,
  ES_MARROW,
  ES_MOUTH,
  ES_WELCOME,
  TODAY,
  compile,
  edit,
  good,
  lineOf,
  put,
  text,
} from './fixture.ts';

describe('compileContent on the good fixture', () => {
  it('compiles both locales without errors or warnings', async () => {
    const r = await compile(good());
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.content.warnings).toEqual([]);
  });

  it('strips numeric prefixes, keeps file order, and lists guide pages as the tour', async () => {
    const { content } = await compile(good());
    const en = content.locales.en;
    expect(en.pages.map((p) => p.id)).toEqual(['welcome', 'marrow', 'mouth-sores', 'call-now', 'questions']);
    expect(en.tour).toEqual(['welcome', 'marrow']);
    expect(en.pages[0]?.file).toBe('content/en/01-guide/01-welcome.md');
    expect(content.locales.es.pages.map((p) => p.id)).toEqual(en.pages.map((p) => p.id));
  });

  it('sorts the glossary by term for the locale and drops `also` from the output', async () => {
    const { content } = await compile(good());
    expect(content.locales.en.glossary.map((g) => g.term)).toEqual(['bone marrow', 'chemo', 'remission']);
    expect(content.locales.es.glossary.map((g) => g.term)).toEqual(['médula ósea', 'quimio', 'remisión']);
    expect(Object.keys(content.locales.en.glossary[0] ?? {})).toEqual(['id', 'term', 'definition']);
  });

  it('builds page links, glossary terms (first use per card only) and slots as tree nodes', async () => {
    const { content } = await compile(good());
    const [welcome, marrow, mouth, call] = content.locales.en.pages;
    const how = show(welcome?.cards[1]?.body ?? []);
    expect(how).toContain('<link mouth-sores#help>mouth sores</link>');
    expect(how).toContain('<term chemo>Chemo</term> is one such word.');
    expect(show(welcome?.cards[0]?.body ?? [])).toBe(
      '<p>[1]This guide is about <term chemo>chemo</term> for ALL. [2]Take your time. [3]You can stop at any point.</p>',
    );
    // First use linked, the bold second use is not; the forced [[words|id]] shows its own words.
    expect(show(marrow?.cards[0]?.body ?? [])).toBe(
      '<p>[1]Blood is made in the <term bone-marrow>bone marrow</term>. ' +
        '[2]The <strong>bone marrow</strong> is soft. [3]Being <term remission>in remission</term> means tests find no leukemia.</p>',
    );
    expect(show(mouth?.cards[2]?.body ?? [])).toBe(
      '<ol><li>[1]Rinse your mouth often.</li><li>[2]Use a soft toothbrush.</li></ol>',
    );
    expect(show(call?.cards[0]?.body ?? [])).toBe(
      '<p>[1]A fever is {fever_f} ({fever_c}) or higher. [2]Call {care_team_phone} right away.</p>',
    );
    // The exact nodes behind that view: ids, a link without a card, a slot.
    expect(welcome?.cards[0]?.body[0]).toEqual({
      type: 'paragraph',
      children: [
        {
          type: 'sentence',
          id: 'hello.1',
          children: [
            { type: 'text', value: 'This guide is about ' },
            { type: 'term', term: 'chemo', text: 'chemo' },
            { type: 'text', value: ' for ALL.' },
          ],
        },
        { type: 'sentence', id: 'hello.2', children: [{ type: 'text', value: 'Take your time.' }] },
        {
          type: 'sentence',
          id: 'hello.3',
          children: [{ type: 'text', value: 'You can stop at any point.' }],
        },
      ],
    });
    expect(content.locales.en.slotDefaults).toEqual({
      care_team_phone: 'the number your care team gave you',
      after_hours_phone: 'the after-hours number on your discharge papers',
    });
  });

  it('holds the tree invariants in every card (node shapes, no markup in text, sentence ids in order)', async () => {
    const { content } = await compile(good());
    expect(treeProblem(content)).toBeNull();
  });

  it('fills the page fields, QR codes and grades per locale', async () => {
    const { content } = await compile(good());
    const p = content.locales.en.pages[1];
    expect(p).toMatchObject({
      id: 'marrow',
      locale: 'en',
      title: 'Where blood is made',
      shortTitle: 'Bone marrow',
      kind: 'guide',
      icon: 'blood-cell',
      phases: ['induction', 'consolidation'],
      factsChecked: '2026-11-01',
      reviewDue: '2027-11-01',
      newSince2014: ['A new test finds very small amounts of leukemia (2018).'],
      translation: null,
    });
    expect(p?.sources[0]).toMatchObject({ publisher: 'American Cancer Society', date: '2024-07' });
    expect(p?.sources[0]?.qrSvg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"[\s\S]*<\/svg>$/);
    const card = p?.cards[0];
    expect(card?.words).toBe(20);
    expect(card?.grades.fleschKincaid).toEqual(expect.any(Number));
    expect(card?.grades.inflesz).toBeNull();
    const es = content.locales.es.pages[1];
    expect(es?.translation).toEqual({ status: 'reviewed', reviewer: 'Dra. Ana López', date: '2026-11-20' });
    expect(content.locales.es.pages[0]?.translation).toEqual({ status: 'draft', reviewer: null, date: null });
    expect(es?.cards[0]?.grades).toMatchObject({ fleschKincaid: null, smog: null, colemanLiau: null });
    expect(es?.cards[0]?.grades.fernandezHuerta).toEqual(expect.any(Number));
    expect(es?.cards[0]?.grades.inflesz).toEqual(expect.any(Number));
  });

  it('keeps every character of educator text as text, never as markup', async () => {
    const files = edit(
      good(),
      EN_QUESTIONS,
      '- What should I watch for at home?',
      '- Is 5 < 6 & "7" > \'4\'?',
    );
    const r = await compile(files);
    expect(r.errors).toEqual([]);
    const list = r.content.locales.en.pages[4]?.cards[0]?.body.find((b) => b.type === 'list');
    const items = list?.type === 'list' ? list.items.flatMap((it) => it.children) : [];
    const item = items.find((s) => s.children[0]?.type === 'text' && s.children[0].value.startsWith('Is 5'));
    expect(item?.children).toEqual([{ type: 'text', value: `Is 5 < 6 & "7" > '4'?` }]);
  });
});

type Case = {
  name: string;
  break: (f: FileMap) => FileMap;
  file: string;
  /** Line in the broken file containing this text, or a fixed number. */
  line: number | ((f: FileMap) => number);
  rule: string;
  column?: number;
  severity?: 'error' | 'warning';
};

const FM_END = 'new_since_2014: []';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle class="line" cx="5" cy="5" r="4"/></svg>';
/** The pictures' origin-and-licence list, one entry per id. */
function licences(f: FileMap, ids: string[]): FileMap {
  return put(
    f,
    'pictures/pictures.yaml',
    ids.map((id) => `${id}:\n  origin: Drawn for the tests\n  licence: CC0-1.0\n`).join(''),
  );
}
/** The welcome card with a picture paragraph before its words, and a thermometer picture in the tree. */
function withPicture(f: FileMap, line: string): FileMap {
  put(f, 'pictures/thermometer.svg', SVG);
  licences(f, ['thermometer']);
  return edit(f, EN_WELCOME, 'This guide is about chemo', `${line}\n\nThis guide is about chemo`);
}

const CASES: Case[] = [
  // Settings block (schema)
  {
    name: 'unknown key',
    break: (f) => edit(f, EN_WELCOME, 'icon: welcome', 'icon: welcome\nreveiw_due: 2027-01-01'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, 'reveiw_due'),
    rule: 'schema-unknown-key',
    column: 1,
  },
  {
    name: 'missing title',
    break: (f) => edit(f, EN_WELCOME, 'title: Welcome\n', ''),
    file: EN_WELCOME,
    line: 2,
    rule: 'schema-missing',
  },
  {
    name: 'title of the wrong type',
    break: (f) => edit(f, EN_WELCOME, 'title: Welcome', 'title: [Welcome]'),
    file: EN_WELCOME,
    line: 2,
    rule: 'schema-type',
    column: 8,
  },
  {
    name: 'unknown kind',
    break: (f) => edit(f, EN_WELCOME, 'kind: guide', 'kind: tour'),
    file: EN_WELCOME,
    line: 4,
    rule: 'schema-enum',
    column: 7,
  },
  {
    name: 'unknown icon',
    break: (f) => edit(f, EN_WELCOME, 'icon: welcome', 'icon: smiley'),
    file: EN_WELCOME,
    line: 5,
    rule: 'schema-enum',
  },
  {
    name: 'unknown phase',
    break: (f) => edit(f, EN_WELCOME, 'phases: [all-phases]', 'phases: [remission]'),
    file: EN_WELCOME,
    line: 6,
    rule: 'schema-enum',
  },
  {
    name: 'short title over 28 characters',
    break: (f) =>
      edit(f, EN_WELCOME, 'short_title: Welcome', 'short_title: Welcome to the chemotherapy guide'),
    file: EN_WELCOME,
    line: 3,
    rule: 'short-title-too-long',
  },
  {
    name: 'source url not https',
    break: (f) => edit(f, EN_WELCOME, 'url: https://www.cancer.org', 'url: http://www.cancer.org'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, 'url:'),
    rule: 'source-url',
  },
  {
    name: 'source without a date',
    break: (f) => edit(f, EN_WELCOME, '    date: 2024-07\n', ''),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '- publisher'),
    rule: 'source-without-date',
  },
  {
    name: 'source language not a kiosk language',
    break: (f) => edit(f, ES_WELCOME, '    lang: en\n', '    lang: fr\n'),
    file: ES_WELCOME,
    line: (f) => lineOf(f, ES_WELCOME, 'lang: fr'),
    rule: 'source-lang',
  },
  {
    name: 'English-looking source on a Spanish page without lang',
    break: (f) => edit(f, ES_WELCOME, '    lang: en\n', ''),
    file: ES_WELCOME,
    line: (f) => lineOf(f, ES_WELCOME, 'url:'),
    rule: 'source-language',
    severity: 'warning' as const,
  },
  {
    name: 'source date malformed',
    break: (f) => edit(f, EN_WELCOME, 'date: 2024-07', 'date: July 2024'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, 'July'),
    rule: 'schema-date',
  },
  {
    name: 'impossible date',
    break: (f) => edit(f, EN_WELCOME, 'facts_checked: 2026-11-01', 'facts_checked: 2026-02-30'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, 'facts_checked'),
    rule: 'schema-date',
  },
  {
    name: 'review due in the past',
    break: (f) => edit(f, EN_WELCOME, 'review_due: 2027-11-01', 'review_due: 2026-11-26'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, 'review_due'),
    rule: 'review-overdue',
    column: 13,
    severity: 'warning',
  },
  {
    name: 'new_since_2014 missing',
    break: (f) => edit(f, EN_WELCOME, FM_END + '\n', ''),
    file: EN_WELCOME,
    line: 2,
    rule: 'schema-missing',
  },
  {
    name: 'translation_status in English',
    break: (f) => edit(f, EN_WELCOME, FM_END, `${FM_END}\ntranslation_status:\n  status: draft`),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, 'translation_status'),
    rule: 'translation-status-in-english',
  },
  {
    name: 'translation_status missing in Spanish',
    break: (f) => edit(f, ES_WELCOME, /translation_status:\n( {2}.*\n)+/, ''),
    file: ES_WELCOME,
    line: 2,
    rule: 'schema-missing',
  },
  {
    name: 'reviewed without reviewer',
    break: (f) => edit(f, ES_MARROW, 'reviewer: Dra. Ana López', 'reviewer: null'),
    file: ES_MARROW,
    line: (f) => lineOf(f, ES_MARROW, 'reviewer'),
    rule: 'schema-type',
  },
  {
    name: 'slot_defaults outside call-now',
    break: (f) =>
      edit(f, EN_WELCOME, FM_END, `${FM_END}\nslot_defaults:\n  care_team_phone: x\n  after_hours_phone: y`),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, 'slot_defaults'),
    rule: 'slot-defaults-misplaced',
  },
  {
    name: 'call-now without slot_defaults',
    break: (f) => edit(f, EN_CALL, /slot_defaults:\n( {2}.*\n)+/, ''),
    file: EN_CALL,
    line: 2,
    rule: 'schema-missing',
  },
  {
    name: 'slot_defaults missing a phone',
    break: (f) => edit(f, EN_CALL, / {2}after_hours_phone: .*\n/, ''),
    file: EN_CALL,
    line: (f) => lineOf(f, EN_CALL, 'care_team_phone:'),
    rule: 'schema-missing',
  },
  {
    name: 'two call-now pages',
    break: (f) => edit(f, EN_QUESTIONS, 'kind: questions', 'kind: call-now'),
    file: EN_QUESTIONS,
    line: 4,
    rule: 'duplicate-call-now-page',
  },
  {
    name: 'no questions page',
    break: (f) => edit(f, EN_QUESTIONS, 'kind: questions', 'kind: reference'),
    file: 'en',
    line: 1,
    rule: 'missing-questions-page',
  },
  // Cards
  {
    name: 'text before the first card',
    break: (f) => edit(f, EN_WELCOME, '## Hello {#hello}', 'Intro words.\n\n## Hello {#hello}'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, 'Intro words.'),
    rule: 'text-before-first-card',
  },
  {
    name: 'empty card',
    break: (f) =>
      edit(f, EN_WELCOME, '## How to use it {#how}', '## Empty {#empty}\n\n## How to use it {#how}'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '{#empty}'),
    rule: 'empty-card',
  },
  {
    name: 'duplicate card id',
    break: (f) => edit(f, EN_WELCOME, '{#how}', '{#hello}'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, 'How to use it'),
    rule: 'duplicate-card-id',
  },
  {
    name: 'bad card id',
    break: (f) => edit(f, EN_WELCOME, '{#how}', '{#How To}'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, 'How to use it'),
    rule: 'bad-card-id',
  },
  {
    name: 'side-effect sections out of order',
    break: (f) => edit(edit(f, EN_MOUTH, '{#why}', '{#tmp}'), EN_MOUTH, '{#what}', '{#why}'),
    file: EN_MOUTH,
    line: (f) => lineOf(f, EN_MOUTH, 'What it is'),
    rule: 'side-effect-sections',
  },
  {
    name: 'raw HTML',
    break: (f) => edit(f, EN_WELCOME, 'Take your time.', 'Take <b>your</b> time.'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '<b>'),
    rule: 'raw-html',
    column: 41,
  },
  {
    name: 'HTML comment',
    break: (f) => edit(f, EN_WELCOME, 'Take your time.', '<!-- note --> Take your time.'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '<!--'),
    rule: 'raw-html',
  },
  {
    name: 'image',
    break: (f) => edit(f, EN_WELCOME, 'Take your time.', '![a cat](cat.png)'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '![a cat]'),
    rule: 'image',
  },
  {
    name: 'picture with no words',
    break: (f) => withPicture(f, '![](thermometer)'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '![](thermometer)'),
    rule: 'picture-alt-empty',
    column: 3,
  },
  {
    name: 'picture words that start with "Picture of"',
    break: (f) => withPicture(f, '![Picture of a thermometer](thermometer)'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '![Picture of'),
    rule: 'picture-alt-redundant',
    column: 3,
  },
  {
    name: 'Spanish picture words that start with "Imagen de"',
    break: (f) => {
      put(f, 'pictures/thermometer.svg', SVG);
      licences(f, ['thermometer']);
      return edit(f, ES_WELCOME, /^## (.*)$/m, '## $1\n\n![Imagen de un termómetro](thermometer)');
    },
    file: ES_WELCOME,
    line: (f) => lineOf(f, ES_WELCOME, '![Imagen de'),
    rule: 'picture-alt-redundant',
    column: 3,
  },
  {
    name: 'picture words over 150 characters',
    break: (f) => withPicture(f, `![${'A nurse checks a temperature. '.repeat(6)}](thermometer)`),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '![A nurse checks'),
    rule: 'picture-alt-long',
    column: 3,
  },
  {
    name: 'picture words with markup',
    break: (f) => withPicture(f, '![A **hot** thermometer](thermometer)'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '![A **hot**'),
    rule: 'picture-alt-markup',
  },
  {
    name: 'unknown picture id',
    break: (f) => withPicture(f, '![A thermometer](thermometre)'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '](thermometre)'),
    rule: 'picture-unknown',
    column: 18,
  },
  {
    name: 'picture in a list item',
    break: (f) => edit(f, EN_MOUTH, 'Rinse your mouth often.', 'Rinse ![A cup](cup) often.'),
    file: EN_MOUTH,
    line: (f) => lineOf(f, EN_MOUTH, '![A cup]'),
    rule: 'image',
  },
  {
    name: 'a file in pictures/ that is not an .svg',
    break: (f) => put(f, 'pictures/photo.png', new Uint8Array([1, 2, 3])),
    file: 'pictures/photo.png',
    line: 1,
    rule: 'picture-file-name',
  },
  {
    name: 'table',
    break: (f) => edit(f, EN_WELCOME, 'Take your time.', '\n| a | b |\n| --- | --- |\n| 1 | 2 |\n'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '| a | b |'),
    rule: 'table',
  },
  {
    name: 'other heading level',
    break: (f) => edit(f, EN_WELCOME, 'Take your time.', '\n### Small heading\n'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '### Small'),
    rule: 'heading-level',
  },
  {
    name: 'fenced code',
    break: (f) => edit(f, EN_WELCOME, 'Take your time.', '\n```\ncode\n```\n'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '```'),
    rule: 'code-block',
  },
  {
    name: 'inline code',
    break: (f) => edit(f, EN_WELCOME, 'Take your time.', 'Take `your` time.'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '`your`'),
    rule: 'inline-code',
  },
  {
    name: 'external link',
    break: (f) => edit(f, EN_WELCOME, '[mouth sores](mouth-sores#help)', '[ACS](https://cancer.org)'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '[ACS]'),
    rule: 'external-link',
  },
  {
    name: 'bare web address',
    break: (f) => edit(f, EN_WELCOME, 'Take your time.', 'See www.cancer.org today.'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, 'See www.'),
    rule: 'external-link',
    column: 40,
  },
  {
    name: 'link to an unknown page',
    break: (f) => edit(f, EN_WELCOME, '(mouth-sores#help)', '(mouth-ulcers)'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, 'mouth-ulcers'),
    rule: 'broken-link',
    column: 14,
  },
  {
    name: 'link to an unknown card',
    break: (f) => edit(f, EN_WELCOME, '(mouth-sores#help)', '(mouth-sores#helping)'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, 'helping'),
    rule: 'broken-link',
  },
  {
    name: 'unknown slot',
    break: (f) => edit(f, EN_CALL, '{{after_hours_phone}}', '{{night_phone}}'),
    file: EN_CALL,
    line: (f) => lineOf(f, EN_CALL, 'night_phone'),
    rule: 'unknown-slot',
  },
  {
    name: 'unclosed bold',
    break: (f) => edit(f, EN_WELCOME, 'Take your time.', 'Take **your time.'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '**your'),
    rule: 'unclosed-bold',
  },
  // Glossary
  {
    name: 'glossary term used but undefined',
    break: (f) => edit(f, EN_WELCOME, 'Take your time.', 'Take [[your-time]].'),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '[[your-time]]'),
    rule: 'glossary-term-undefined',
    column: 41,
  },
  {
    name: 'duplicate glossary id',
    break: (f) => edit(f, EN_GLOSSARY, '- id: chemo', '- id: remission'),
    file: EN_GLOSSARY,
    line: (f) => lineOf(f, EN_GLOSSARY, 'term: chemo') - 1,
    rule: 'duplicate-term-id',
    column: 3,
  },
  {
    name: 'duplicate glossary term',
    break: (f) => edit(f, EN_GLOSSARY, 'also: [chemotherapy]', 'also: [remission]'),
    file: EN_GLOSSARY,
    line: (f) => lineOf(f, EN_GLOSSARY, 'id: chemo'),
    rule: 'duplicate-term',
  },
  {
    name: 'unknown glossary key',
    break: (f) => edit(f, EN_GLOSSARY, 'also: [chemotherapy]', 'aka: [chemotherapy]'),
    file: EN_GLOSSARY,
    line: (f) => lineOf(f, EN_GLOSSARY, 'aka:'),
    rule: 'schema-unknown-key',
  },
  {
    name: 'missing glossary',
    break: (f) => (f.delete(EN_GLOSSARY), f),
    file: EN_GLOSSARY,
    line: 1,
    rule: 'missing-glossary',
  },
  // Readability
  {
    name: 'English card above grade 8',
    break: (f) =>
      edit(
        f,
        EN_WELCOME,
        'This guide is about chemo for ALL. Take your time. You can stop at any point.',
        'Comprehensive chemotherapeutic administration necessitates considerable institutional coordination, multidisciplinary communication, and individualized pharmacological monitoring.',
      ),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '{#hello}'),
    rule: 'reading-grade',
  },
  {
    name: 'English card above grade 6 (warning)',
    break: (f) =>
      edit(
        f,
        EN_WELCOME,
        'This guide is about chemo for ALL. Take your time. You can stop at any point.',
        'This guide explains the treatment that your doctors will recommend for you during the coming months of care.',
      ),
    file: EN_WELCOME,
    line: (f) => lineOf(f, EN_WELCOME, '{#hello}'),
    rule: 'reading-grade-above-6',
    severity: 'warning',
  },
  {
    name: 'Spanish card harder than normal (warning)',
    break: (f) =>
      edit(
        f,
        ES_WELCOME,
        'Esta guía trata de la quimio para la leucemia. Vaya a su ritmo. Puede parar cuando quiera.',
        'La administración quimioterapéutica individualizada necesita una coordinación institucional considerable y una comunicación multidisciplinaria permanente.',
      ),
    file: ES_WELCOME,
    line: (f) => lineOf(f, ES_WELCOME, '{#hello}'),
    rule: 'spanish-readability',
    severity: 'warning',
  },
  // Parity
  {
    name: 'Spanish page missing',
    break: (f) => (f.delete(ES_MARROW), f),
    file: ES_MARROW,
    line: 1,
    rule: 'parity-missing-page',
  },
  {
    name: 'Spanish page extra',
    break: (f) => put(f, 'es/01-guide/03-extra.md', text(f, ES_MARROW)),
    file: 'es/01-guide/03-extra.md',
    line: 1,
    rule: 'parity-extra-page',
  },
  {
    name: 'Spanish cards in another order',
    break: (f) =>
      edit(
        edit(edit(f, ES_CALL, '{#fever}', '{#tmp}'), ES_CALL, '{#night}', '{#fever}'),
        ES_CALL,
        '{#tmp}',
        '{#night}',
      ),
    file: ES_CALL,
    line: (f) => lineOf(f, ES_CALL, 'Fiebre'),
    rule: 'parity-cards',
  },
  {
    name: 'Spanish card missing',
    break: (f) => edit(f, ES_CALL, /## De noche \{#night\}\n\n.*\n/, ''),
    file: ES_CALL,
    line: (f) => lineOf(f, ES_CALL, 'Fiebre'),
    rule: 'parity-cards',
  },
  {
    name: 'Spanish slots differ',
    break: (f) => edit(f, ES_CALL, '({{fever_c}})', ''),
    file: ES_CALL,
    line: (f) => lineOf(f, ES_CALL, '## Fiebre') - 1,
    rule: 'parity-slots',
  },
  {
    name: 'Spanish glossary term missing',
    break: (f) => edit(f, ES_GLOSSARY, /- id: chemo\n( {2}.*\n)+/, ''),
    file: ES_GLOSSARY,
    line: 1,
    rule: 'parity-missing-term',
  },
  {
    name: 'Spanish kind differs',
    break: (f) => edit(f, 'es/01-guide/02-marrow.md', 'kind: guide', 'kind: reference'),
    file: ES_MARROW,
    line: 1,
    rule: 'parity-kind',
  },
  // Files
  {
    name: 'file with another extension',
    break: (f) => put(f, 'en/01-guide/notes.txt', 'hello'),
    file: 'en/01-guide/notes.txt',
    line: 1,
    rule: 'not-content-file',
  },
  {
    name: 'file outside a language folder',
    break: (f) => put(f, 'notes.md', 'hello'),
    file: 'notes.md',
    line: 1,
    rule: 'stray-file',
  },
  {
    name: 'unknown language folder',
    break: (f) => put(f, 'fr/01-welcome.md', 'hello'),
    file: 'fr/01-welcome.md',
    line: 1,
    rule: 'unknown-locale-folder',
  },
  {
    name: 'duplicate page id',
    break: (f) => put(f, 'en/03-reference/09-welcome.md', text(f, EN_WELCOME)),
    file: 'en/03-reference/09-welcome.md',
    line: 1,
    rule: 'duplicate-page-id',
  },
  {
    name: 'bad page id',
    break: (f) => put(f, 'en/03-reference/09-Big_Page.md', text(f, EN_QUESTIONS)),
    file: 'en/03-reference/09-Big_Page.md',
    line: 1,
    rule: 'bad-page-id',
  },
];

async function hitOf(c: (typeof CASES)[number]) {
  const files = c.break(good());
  const r = await compile(files);
  const line = typeof c.line === 'number' ? c.line : c.line(files);
  const pool = c.severity === 'warning' ? r.warnings : r.errors;
  const hit = pool.find((e) => e.rule === c.rule && e.file === `content/${c.file}`);
  const seen = [...r.errors, ...r.warnings].map((e) => `${e.file}:${e.line}:${e.column} ${e.rule}`);
  return { r, line, hit, seen: `issues were:\n${seen.join('\n')}` };
}

describe('source languages', () => {
  it('carries lang into the compiled source, null when unset', async () => {
    const { content } = await compile(good());
    expect(content.locales.es.pages[0]?.sources[0]?.lang).toBe('en');
    expect(content.locales.en.pages[0]?.sources[0]?.lang).toBeNull();
  });

  it('takes a Spanish address without lang, and never warns on the original language', async () => {
    const spanish = edit(
      edit(good(), ES_WELCOME, '    lang: en\n', ''),
      ES_WELCOME,
      /url: \S+/,
      'url: https://www.cancer.gov/espanol/tipos/leucemia',
    );
    const r = await compile(spanish);
    expect(r.warnings.filter((w) => w.rule === 'source-language')).toEqual([]);
    expect(r.content.locales.es.pages[0]?.sources[0]?.lang).toBeNull();
    const english = await compile(good());
    expect(english.warnings.filter((w) => w.rule === 'source-language')).toEqual([]);
  });
});

describe('each rule fails with file, line, rule and a hint', () => {
  it.each(CASES)('$name → $rule', async (c) => {
    const { line, hit, seen } = await hitOf(c);
    expect(hit, seen).toBeDefined();
    expect(hit?.line).toBe(line);
    expect(hit?.message.length).toBeGreaterThan(10);
    expect(hit?.hint.length).toBeGreaterThan(10);
  });
  it.each(CASES.filter((c) => c.column !== undefined))('$name → $rule at column $column', async (c) => {
    const { hit, seen } = await hitOf(c);
    expect(hit?.column, seen).toBe(c.column);
  });
  it.each(CASES.filter((c) => c.severity === 'warning'))('$name is a warning, not an error', async (c) => {
    const { r } = await hitOf(c);
    expect(r.errors).toEqual([]);
    expect(r.content.warnings.some((w) => w.rule === c.rule)).toBe(true);
  });
});

describe('pictures', () => {
  it('makes a paragraph that is only ![words](id) a picture node, outside the sentence count', async () => {
    const files = withPicture(good(), '![A nurse checks a child’s temperature](thermometer)');
    const r = await compile(files);
    expect(r.errors).toEqual([]);
    const body = r.content.locales.en.pages[0]?.cards[0]?.body ?? [];
    expect(body[0]).toEqual({
      type: 'picture',
      picture: 'thermometer',
      alt: 'A nurse checks a child’s temperature',
    });
    expect(show(body)).toBe(
      '<picture thermometer>A nurse checks a child’s temperature</picture>' +
        '<p>[1]This guide is about <term chemo>chemo</term> for ALL. [2]Take your time. [3]You can stop at any point.</p>',
    );
    // The words of a picture are not card text: same word count as without it.
    const plain = await compile(good());
    expect(r.content.locales.en.pages[0]?.cards[0]?.words).toBe(
      plain.content.locales.en.pages[0]?.cards[0]?.words,
    );
    expect(treeProblem(r.content)).toBeNull();
  });

  it('lists the known picture ids in the hint for an unknown one', async () => {
    const files = withPicture(good(), '![A thermometer](thermo)');
    put(files, 'pictures/cup.svg', SVG);
    licences(files, ['cup', 'thermometer']);
    const r = await compile(files);
    const hit = r.errors.find((e) => e.rule === 'picture-unknown');
    expect(hit?.message).toBe('There is no picture "thermo" in content/pictures/.');
    expect(hit?.hint).toContain('cup, thermometer');
    const none = await compile(
      edit(good(), EN_WELCOME, 'This guide is about chemo', '![A cup](cup)\n\nThis guide is about chemo'),
    );
    expect(none.errors.find((e) => e.rule === 'picture-unknown')?.hint).toContain(
      'add content/pictures/cup.svg',
    );
  });

  it('accepts 150 characters of words and refuses 151', async () => {
    const at = (n: number): Promise<string[]> =>
      compile(withPicture(good(), `![${'a'.repeat(n)}](thermometer)`)).then((r) =>
        r.errors.map((e) => e.rule),
      );
    expect(await at(150)).toEqual([]);
    expect(await at(151)).toEqual(['picture-alt-long']);
  });
});

describe('overdue reviews', () => {
  const overdue = (): FileMap => edit(good(), EN_WELCOME, 'review_due: 2027-11-01', 'review_due: 2026-11-26');

  it('warn in everyday builds, so CI does not turn red on the day a date passes', async () => {
    const r = await compile(overdue());
    expect(r.errors).toEqual([]);
    const hit = r.warnings.find((w) => w.rule === 'review-overdue');
    expect(hit?.message).toMatch(/due on 2026-11-26 .* release build \(`npm run dist`\) refuses it/);
  });

  it('are errors in the release build (strictReviewDates)', async () => {
    const r = await compileContent(overdue(), { today: TODAY, strictReviewDates: true });
    expect(r.errors.map((e) => e.rule)).toEqual(['review-overdue']);
    expect(r.warnings.some((w) => w.rule === 'review-overdue')).toBe(false);
  });
});

describe('collecting and locales', () => {
  it('collects all errors across files, sorted by file then line', async () => {
    let f = edit(good(), EN_WELCOME, 'kind: guide', 'kind: tour');
    f = edit(f, EN_WELCOME, '(mouth-sores#help)', '(nowhere)');
    f = edit(f, EN_MOUTH, 'icon: mouth', 'icon: teeth');
    f = edit(f, ES_MOUTH, 'date: 2024-07', 'date: 2024-13');
    const { errors } = await compile(f);
    expect(errors.map((e) => `${e.file}:${e.line} ${e.rule}`)).toEqual([
      'content/en/01-guide/01-welcome.md:4 schema-enum',
      `content/en/01-guide/01-welcome.md:${lineOf(f, EN_WELCOME, 'nowhere')} broken-link`,
      'content/en/02-side-effects/01-mouth-sores.md:5 schema-enum',
      `content/es/02-side-effects/01-mouth-sores.md:${lineOf(f, ES_MOUTH, '2024-13')} schema-date`,
    ]);
  });

  it('builds English alone when the Spanish folder is absent, with a warning', async () => {
    const f = good();
    for (const k of [...f.keys()]) if (k.startsWith('es/')) f.delete(k);
    f.set('es/.gitkeep', new Uint8Array());
    const r = await compile(f);
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.rule)).toEqual(['locale-not-started']);
    expect(r.content.locales.es.pages).toEqual([]);
    expect(r.content.locales.en.pages).toHaveLength(5);
  });

  it('fails when there is no English but there is Spanish', async () => {
    const f = good();
    for (const k of [...f.keys()]) if (k.startsWith('en/')) f.delete(k);
    const r = await compile(f);
    expect(r.errors.map((e) => e.rule)).toContain('missing-english');
  });

  it('fails on an empty tree', async () => {
    const r = await compile(new Map());
    expect(r.errors.map((e) => e.rule)).toEqual(['no-content']);
  });
});
