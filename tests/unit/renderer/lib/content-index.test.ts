import { describe, expect, it } from 'vitest';
import type { Card, LocaleContent, Page } from '../../../../electron/shared/content-types';
import { buildIndex, groupByLetter, letterOf, stepNumber } from '../../../../renderer/lib/content-index';

function card(id: string): Card {
  const grades = { fleschKincaid: null, colemanLiau: null, smog: null, fernandezHuerta: null, inflesz: null };
  return {
    id,
    heading: id,
    headingForms: { you: id, child: id },
    body: [
      {
        type: 'paragraph',
        children: [{ type: 'sentence', id: `${id}.1`, children: [{ type: 'text', value: 'x' }] }],
      },
    ],
    words: 1,
    grades,
    variants: 0,
    newFact: false,
  };
}

function page(id: string, kind: Page['kind'], cards: number): Page {
  return {
    id,
    locale: 'en',
    title: id,
    shortTitle: id,
    kind,
    icon: 'welcome',
    phases: ['all-phases'],
    cards: Array.from({ length: cards }, (_v, i) => card(`c${i + 1}`)),
    sources: [],
    factsChecked: '2026-01-01',
    reviewDue: '2027-01-01',
    newSince2014: [],
    translation: null,
    clinicalReview: null,
    file: `${id}.md`,
  };
}

const content: LocaleContent = {
  locale: 'en',
  pages: [
    page('b', 'guide', 3),
    page('a', 'guide', 2),
    page('hair', 'side-effect', 4),
    page('call', 'call-now', 2),
    page('ask', 'questions', 1),
    page('other', 'reference', 1),
  ],
  tour: ['a', 'b'],
  glossary: [
    { id: 'anemia', term: 'anemia', definition: 'd' },
    { id: 'blast', term: 'blast cell', definition: 'd' },
    { id: 'bm', term: 'bone marrow', definition: 'd' },
  ],
  slotDefaults: { care_team_phone: 'x', after_hours_phone: 'y' },
  pronunciations: [],
  pictureLabels: {},
  recordings: {},
  staleRecordings: [],
};

describe('buildIndex', () => {
  const index = buildIndex(content);

  it('orders the tour by `tour`, one step per card', () => {
    expect(index.tourPages.map((p) => p.id)).toEqual(['a', 'b']);
    expect(index.steps).toEqual([
      { pageId: 'a', card: 0 },
      { pageId: 'a', card: 1 },
      { pageId: 'b', card: 0 },
      { pageId: 'b', card: 1 },
      { pageId: 'b', card: 2 },
    ]);
    expect(stepNumber(index, 'b', 1)).toBe(3);
    expect(stepNumber(index, 'b', 5)).toBe(-1);
    expect(stepNumber(index, 'hair', 0)).toBe(-1);
  });

  it('sorts pages by kind', () => {
    expect(index.sideEffects.map((p) => p.id)).toEqual(['hair']);
    expect(index.references.map((p) => p.id)).toEqual(['other']);
    expect(index.callNow?.id).toBe('call');
    expect(index.questions?.id).toBe('ask');
  });

  it('groups the glossary by first letter', () => {
    expect(index.letters.map((g) => [g.letter, g.terms.length])).toEqual([
      ['A', 1],
      ['B', 2],
    ]);
  });
});

describe('letterOf / groupByLetter', () => {
  it('files accented letters under the plain letter, and signs under #', () => {
    expect(letterOf('ácido', 'es')).toBe('A');
    expect(letterOf('émesis', 'es')).toBe('E');
    expect(letterOf('5-FU', 'en')).toBe('#');
  });

  it('keeps one group per letter even if the sort put accents apart', () => {
    const groups = groupByLetter(
      [
        { id: 'a', term: 'ab', definition: '' },
        { id: 'b', term: 'b', definition: '' },
        { id: 'c', term: 'ác', definition: '' },
      ],
      'es',
    );
    expect(groups.map((g) => g.letter)).toEqual(['A', 'B']);
    expect(groups[0]?.terms.map((t) => t.id)).toEqual(['a', 'c']);
  });
});
