import { describe, expect, it } from 'vitest';
import type { BlockNode } from '../../../../electron/shared/content-types';
import {
  MAX_QUESTIONS,
  cardQuestions,
  parseQuestionsFragment,
  questionsFragment,
  takeHomeHost,
  takeHomePath,
  takeHomeUrl,
} from '../../../../electron/shared/take-home';

describe('take-home addresses', () => {
  it('puts each page at <base>/<locale>/<page-id>.html', () => {
    expect(takeHomePath('es', 'call-now')).toBe('es/call-now.html');
    expect(takeHomeUrl('https://h.org/guide', 'en', 'welcome')).toBe('https://h.org/guide/en/welcome.html');
    expect(takeHomeUrl('https://h.org/guide//', 'en', 'welcome')).toBe('https://h.org/guide/en/welcome.html');
    expect(takeHomeUrl('https://h.org', 'es', 'mrd-test')).toBe('https://h.org/es/mrd-test.html');
  });

  it('refuses a page id that could leave the folder', () => {
    expect(() => takeHomePath('en', '../secret')).toThrow(RangeError);
    expect(() => takeHomePath('en', 'a/b')).toThrow(RangeError);
  });

  it('prints the host in words', () => {
    expect(takeHomeHost('https://WWW.Example-Hospital.org:8443/all')).toBe('www.example-hospital.org');
  });
});

describe('questions fragment', () => {
  it('round-trips the ticked ids, sorted and without repeats', () => {
    const ids = ['side-effects.3', 'treatment.1', 'treatment.1', 'daily-life.12'];
    const hash = questionsFragment(ids);
    expect(hash).toBe('#q=daily-life.12,side-effects.3,treatment.1');
    expect(parseQuestionsFragment(hash)).toEqual(['daily-life.12', 'side-effects.3', 'treatment.1']);
  });

  it('is empty when nothing is ticked', () => {
    expect(questionsFragment([])).toBe('');
    expect(parseQuestionsFragment('')).toEqual([]);
  });

  it('carries no free text: anything but a question id is dropped both ways', () => {
    expect(questionsFragment(['treatment.1', 'Maria Lopez', '<b>', 'x.0'])).toBe('#q=treatment.1');
    expect(parseQuestionsFragment('#q=treatment.1,Maria%20Lopez,<script>,,a.2')).toEqual([
      'treatment.1',
      'a.2',
    ]);
    expect(parseQuestionsFragment('#name=treatment.1')).toEqual([]);
  });

  it('caps the number of ids', () => {
    const many = Array.from({ length: 100 }, (_, i) => `c.${i + 1}`);
    expect(parseQuestionsFragment(`#q=${many.join(',')}`)).toHaveLength(MAX_QUESTIONS);
  });
});

describe('cardQuestions', () => {
  it('takes every list item, by its first sentence id, as plain text', () => {
    const body: BlockNode[] = [
      {
        type: 'list',
        ordered: false,
        items: [
          {
            type: 'list-item',
            children: [
              {
                type: 'sentence',
                id: 'treatment.1',
                children: [
                  { type: 'text', value: 'What type of ' },
                  { type: 'term', term: 'all', text: 'ALL' },
                  { type: 'text', value: ' do I have?' },
                ],
              },
            ],
          },
          {
            type: 'list-item',
            children: [
              { type: 'sentence', id: 'treatment.2', children: [{ type: 'text', value: 'Could it?' }] },
              { type: 'sentence', id: 'treatment.3', children: [{ type: 'text', value: 'What then?' }] },
            ],
          },
        ],
      },
      {
        type: 'paragraph',
        children: [{ type: 'sentence', id: 'treatment.4', children: [{ type: 'text', value: 'Prose.' }] }],
      },
    ];
    expect(cardQuestions(body)).toEqual([
      { id: 'treatment.1', text: 'What type of ALL do I have?' },
      { id: 'treatment.2', text: 'Could it? What then?' },
    ]);
  });
});
