import { describe, expect, it } from 'vitest';
import type { BlockNode, PronunciationRule } from '../../../../../electron/shared/content-types';
import { makePronouncer } from '../../../../../renderer/lib/speech/pronounce';
import { cardUtterances, uiUtterance } from '../../../../../renderer/lib/speech/utterances';
import { inlineText } from '../../../../../electron/shared/spoken-text';
import type { SlotValues } from '../../../../../renderer/lib/slots';

const SLOTS: SlotValues = {
  fever_f: '100.4\u00a0°F',
  fever_c: '38\u00a0°C',
  care_team_phone: '555-0100',
  after_hours_phone: 'the after-hours line',
};
const EN_RULES: PronunciationRule[] = [
  { text: 'ALL', say: 'A L L', exactCase: true },
  { text: 'vincristine', say: 'vin kris teen', exactCase: false },
  { text: 'CAR T', say: 'car T', exactCase: true },
];
const context = (rules = EN_RULES) => ({
  locale: 'en' as const,
  slots: SLOTS,
  pronounce: makePronouncer(rules),
  pictureLabel: 'Picture:',
  form: 'you' as const,
});

const body: BlockNode[] = [
  {
    type: 'paragraph',
    children: [
      {
        type: 'sentence',
        id: 'fever.1',
        children: [
          { type: 'text', value: 'A ' },
          { type: 'strong', children: [{ type: 'text', value: 'fever' }] },
          { type: 'text', value: ' is ' },
          { type: 'slot', name: 'fever_f' },
          { type: 'text', value: ' or higher.' },
        ],
      },
      {
        type: 'sentence',
        id: 'fever.2',
        children: [
          { type: 'text', value: 'Call ' },
          { type: 'slot', name: 'care_team_phone' },
          { type: 'text', value: ' right away.' },
        ],
      },
    ],
  },
  { type: 'picture', picture: 'thermometer', alt: 'A thermometer under the tongue.' },
  {
    type: 'list',
    ordered: false,
    items: [
      {
        type: 'list-item',
        children: [
          {
            type: 'sentence',
            id: 'fever.3',
            children: [
              { type: 'term', term: 'all', text: 'ALL' },
              { type: 'text', value: ' is treated with ' },
              { type: 'em', children: [{ type: 'text', value: 'Vincristine' }] },
              { type: 'text', value: '.' },
            ],
          },
        ],
      },
      {
        type: 'list-item',
        children: [
          {
            type: 'sentence',
            id: 'fever.4',
            children: [
              { type: 'text', value: 'All of it,' },
              { type: 'break' },
              { type: 'page-link', page: 'call-now', card: null, text: 'when to call' },
              { type: 'text', value: '.' },
            ],
          },
        ],
      },
    ],
  },
];

describe('cardUtterances', () => {
  it('reads heading, sentences, picture and list items in reading order, with sentence ids', () => {
    const out = cardUtterances({ id: 'fever', heading: 'Fever', body }, context());
    expect(out.map((u) => [u.kind, u.sentenceId])).toEqual([
      ['heading', null],
      ['sentence', 'fever.1'],
      ['sentence', 'fever.2'],
      ['picture', null],
      ['sentence', 'fever.3'],
      ['sentence', 'fever.4'],
    ]);
    expect(out.every((u) => u.lang === 'en')).toBe(true);
  });

  it('fills slots with the site values and reads terms and links as their words', () => {
    const out = cardUtterances({ id: 'fever', heading: 'Fever', body }, context([]));
    expect(out[1]?.text).toBe('A fever is 100.4 °F or higher.');
    expect(out[2]?.text).toBe('Call 555-0100 right away.');
    expect(out[3]?.text).toBe('Picture: A thermometer under the tongue.');
    expect(out[5]?.text).toBe('All of it, when to call.');
  });

  it('applies the pronunciation table to what is said, never to what is shown', () => {
    const out = cardUtterances({ id: 'fever', heading: 'About ALL', body }, context());
    expect(out[0]).toMatchObject({ text: 'About A L L', shown: 'About ALL' });
    expect(out[4]).toMatchObject({
      text: 'A L L is treated with vin kris teen.',
      shown: 'ALL is treated with Vincristine.',
    });
    // "All" (a word) is not the short form ALL.
    expect(out[5]?.text).toBe('All of it, when to call.');
  });

  it('leaves out empty sentences and a picture without words', () => {
    const out = cardUtterances(
      {
        id: 'x',
        heading: ' ',
        body: [
          {
            type: 'paragraph',
            children: [{ type: 'sentence', id: 'x.1', children: [{ type: 'text', value: ' ' }] }],
          },
          { type: 'picture', picture: 'p', alt: '' },
        ],
      },
      context(),
    );
    expect(out).toEqual([]);
  });

  it('speaks Spanish cards as Spanish', () => {
    const out = cardUtterances(
      {
        id: 'x',
        heading: 'La LLA',
        body: [
          {
            type: 'paragraph',
            children: [{ type: 'sentence', id: 'x.1', children: [{ type: 'text', value: 'Hola.' }] }],
          },
        ],
      },
      {
        locale: 'es',
        slots: SLOTS,
        pronounce: makePronouncer([{ text: 'LLA', say: 'ele ele a', exactCase: true }]),
        pictureLabel: 'Imagen:',
        form: 'you',
      },
    );
    expect(out.map((u) => [u.lang, u.text])).toEqual([
      ['es', 'La ele ele a'],
      ['es', 'Hola.'],
    ]);
  });
});

describe('makePronouncer', () => {
  const say = makePronouncer(EN_RULES);
  it('matches whole words only', () => {
    expect(say('ALLERGY and BALL, but ALL.')).toBe('ALLERGY and BALL, but A L L.');
    expect(say('(ALL)')).toBe('(A L L)');
  });
  it('prefers the longest form and never re-replaces', () => {
    const longest = makePronouncer([
      { text: 'CAR T', say: 'car T', exactCase: true },
      { text: 'CAR T cell', say: 'car tee cell', exactCase: true },
      { text: 'T', say: 'tee', exactCase: true },
    ]);
    expect(longest('CAR T cell therapy and CAR T.')).toBe('car tee cell therapy and car T.');
  });
  it('ignores case where the rule allows it', () => {
    expect(say('VINCRISTINE, Vincristine, vincristine')).toBe('vin kris teen, vin kris teen, vin kris teen');
  });
  it('passes text through with no rules', () => {
    expect(makePronouncer([])('ALL')).toBe('ALL');
  });
});

describe('inlineText and uiUtterance', () => {
  it('reads an unknown slot as nothing rather than guessing', () => {
    expect(inlineText([{ type: 'slot', name: 'after_hours_phone' }], SLOTS)).toBe('the after-hours line');
  });
  it('makes one interface utterance in the visit language', () => {
    expect(uiUtterance('  Still   reading? ', { locale: 'es', pronounce: (t) => t })).toEqual({
      sentenceId: null,
      kind: 'ui',
      text: 'Still reading?',
      shown: 'Still reading?',
      lang: 'es',
    });
    expect(uiUtterance(' ', { locale: 'en', pronounce: (t) => t })).toBeNull();
  });
});

describe('cardUtterances and the reader form', () => {
  const varied = {
    id: 'crowd',
    heading: 'Why you may feel unwell',
    headingForms: { you: 'Why you may feel unwell', child: 'Why your child may feel unwell' },
    body: [
      {
        type: 'paragraph',
        children: [
          {
            type: 'sentence',
            id: 'crowd.1',
            children: [
              { type: 'text', value: 'This can make ' },
              {
                type: 'variant',
                forms: {
                  you: [{ type: 'text', value: 'you' }],
                  child: [{ type: 'text', value: 'your child' }],
                },
              },
              { type: 'text', value: ' feel tired.' },
            ],
          },
          {
            type: 'sentence',
            id: 'crowd.2',
            children: [
              {
                type: 'variant',
                forms: {
                  you: [
                    { type: 'text', value: 'You may get ' },
                    { type: 'term', term: 'infection', text: 'infections' },
                  ],
                  child: [
                    { type: 'text', value: 'Your child may get ' },
                    { type: 'term', term: 'infection', text: 'infections' },
                  ],
                },
              },
              { type: 'text', value: '.' },
            ],
          },
        ],
      },
    ] satisfies BlockNode[],
  };

  it('speaks the "My child" form of heading and sentences, with the same sentence ids', () => {
    const child = cardUtterances(varied, { ...context([]), form: 'child' });
    expect(child.map((u) => [u.sentenceId, u.text])).toEqual([
      [null, 'Why your child may feel unwell'],
      ['crowd.1', 'This can make your child feel tired.'],
      ['crowd.2', 'Your child may get infections.'],
    ]);
  });

  it('speaks the "you" form by default', () => {
    const you = cardUtterances(varied, context([]));
    expect(you.map((u) => [u.sentenceId, u.text])).toEqual([
      [null, 'Why you may feel unwell'],
      ['crowd.1', 'This can make you feel tired.'],
      ['crowd.2', 'You may get infections.'],
    ]);
  });
});
