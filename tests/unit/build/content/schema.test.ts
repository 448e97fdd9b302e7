// The settings-block schema on its own: every problem at its YAML node with a fix, and safe stand-ins after one.
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../../build/content/front-matter.ts';
import { validatePageMeta, type PageMeta } from '../../../../build/content/schema.ts';
import { PHASES } from '../../../../electron/shared/content-types.ts';
import { createSink, type ContentIssue } from '../../../../build/content/types.ts';

const TODAY = '2026-11-27';
const PAGE = `---
title: Mouth sores
short_title: Mouth sores
kind: side-effect
icon: mouth
phases: [all-phases]
sources:
  - publisher: American Cancer Society
    title: Chemotherapy for ALL
    url: https://www.cancer.org/chemo.html
    date: 2024-07
facts_checked: 2026-11-01
review_due: 2027-11-01
new_since_2014: []
---
`;

function check(
  edit: (page: string) => string,
  locale: 'en' | 'es' = 'en',
): { issues: string[]; meta: PageMeta | null } {
  const into: ContentIssue[] = [];
  const sink = createSink(into);
  const split = splitFrontMatter('p.md', edit(PAGE), sink);
  const meta = split.yaml ? validatePageMeta('p.md', split.yaml, locale, TODAY, sink) : null;
  return { issues: into.map((i) => `${i.line}:${i.column} ${i.rule} — ${i.message} Fix: ${i.hint}`), meta };
}

describe('page settings schema', () => {
  it('accepts the good page with no issues and trims its texts', () => {
    const { issues, meta } = check((p) => p.replace('title: Mouth sores', 'title: "  Mouth sores "'));
    expect(issues).toEqual([]);
    expect(meta).toMatchObject({ title: 'Mouth sores', kind: 'side-effect', phases: ['all-phases'] });
    expect(meta?.sources).toEqual([
      {
        publisher: 'American Cancer Society',
        title: 'Chemotherapy for ALL',
        url: 'https://www.cancer.org/chemo.html',
        date: '2024-07',
        lang: null,
        line: 8,
      },
    ]);
  });

  it('reports a YAML alias as the wrong type, never expanding it', () => {
    expect(check((p) => p.replace('short_title: Mouth sores', 'short_title: *t')).issues).toEqual([
      '3:14 schema-type — `short_title` must be text. Fix: Add `short_title: …`, two or three words for buttons and tiles.',
    ]);
  });

  it('treats `__proto__` and a number as keys like any other', () => {
    expect(check((p) => p.replace('icon: mouth', 'icon: mouth\n__proto__: 1\n5: x')).issues).toEqual([
      '7:1 schema-bad-key — A key in the settings block is not a name. Fix: Write keys as plain words: `title: …`.',
      '6:1 schema-unknown-key — Unknown setting `__proto__` in the settings block. Fix: Allowed here: title, short_title, kind, icon, phases, sources, facts_checked, review_due, new_since_2014, translation_status, clinical_review, slot_defaults, same_for_every_reader.',
    ]);
  });

  it('names the source in a misspelt key inside it and suggests the close one', () => {
    expect(check((p) => p.replace('    title: Chemo', '    titel: Chemo')).issues).toEqual([
      '8:5 schema-missing — Missing `title` in source 1. Fix: Add `title:`, the title of the source page.',
      '9:5 schema-unknown-key — Unknown setting `titel` in source 1. Fix: Did you mean `title`?',
    ]);
  });

  it('needs a reviewer and a date once a clinician has signed, and checks the dates', () => {
    const block = (lines: string) => (p: string) =>
      p.replace('new_since_2014: []', `new_since_2014: []\nclinical_review:\n${lines}`);
    expect(check(block('  status: signed\n  changed: 2026-11-01')).issues).toEqual([
      '16:3 schema-missing — Missing `reviewer` in clinical_review. Fix: Add `reviewer:`, the clinician who signed the page off.',
      '16:3 schema-missing — Missing `date` in clinical_review. Fix: Add `date: YYYY-MM-DD`, the day of the sign-off.',
    ]);
    const late = check(
      block('  status: signed\n  changed: 2026-11-01\n  reviewer: null\n  date: 2026-10-01'),
    );
    expect(late.issues).toEqual([
      '18:13 schema-type — `reviewer` must be text. Fix: Add `reviewer:`, the clinician who signed the page off.',
      '19:9 sign-off-before-change — The sign-off (2026-10-01) is older than the last change (2026-11-01). Fix: The words changed after the sign-off: set `status: pending` until a clinician signs again.',
    ]);
    // A broken sign-off block counts as pending: the page stays marked for a clinician.
    expect(late.meta?.clinicalReview).toEqual({ status: 'pending', changed: '', reviewer: null, date: null });
  });

  it('lets a draft translation leave reviewer and date empty, and requires both once reviewed', () => {
    // The source says it is in English, as a Spanish page's English source must.
    const translated = (lines: string) => (p: string) =>
      p
        .replace('    date: 2024-07', '    date: 2024-07\n    lang: en')
        .replace('new_since_2014: []', `new_since_2014: []\ntranslation_status:\n${lines}`);
    const draft = check(translated('  status: draft\n  reviewer: null\n  date: null'), 'es');
    expect(draft.issues).toEqual([]);
    expect(draft.meta?.translation).toEqual({ status: 'draft', reviewer: null, date: null });
    expect(check(translated('  status: reviewed\n  reviewer: Dra. López'), 'es').issues).toEqual([
      '17:3 schema-missing — Missing `date` in translation_status. Fix: Add `date: YYYY-MM-DD`, the day of the review.',
    ]);
  });

  it('keeps only the entries of a list that pass, so one bad entry loses nothing else', () => {
    const { issues, meta } = check((p) =>
      p
        .replace('phases: [all-phases]', 'phases: [5, induction, remission]')
        .replace(
          'new_since_2014: []',
          'new_since_2014:\n  - card: where\n    note: New in 2018.\n  - note: no card',
        ),
    );
    expect(issues).toEqual([
      '6:10 schema-type — Each entry of `phases` must be text. Fix: Write `phases: [all-phases]` or a list of phases.',
      `6:24 schema-enum — Unknown phase \`remission\`. Fix: Use any of: ${PHASES.join(', ')}.`,
      '17:5 schema-missing — Missing `card` in this new_since_2014 entry. Fix: Add `card:`, the id of the card that holds the new fact.',
    ]);
    expect(meta?.phases).toEqual(['induction']);
    expect(meta?.newFacts).toEqual([{ card: 'where', note: 'New in 2018.', line: 15, column: 11 }]);
  });

  it('drops a source whose address is not https, after naming it', () => {
    const { issues, meta } = check((p) => p.replace('https://www', 'http://www'));
    expect(issues).toEqual([
      '10:10 source-url — Source 1 url "http://www.cancer.org/chemo.html" is not a full https:// address. Fix: Copy the address from the browser; it must start with https://.',
    ]);
    expect(meta?.sources).toEqual([]);
  });
});
