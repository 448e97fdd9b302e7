import { describe, expect, it } from 'vitest';
import type { InlineNode, Locale } from '../../../../electron/shared/content-types.ts';
import { inlineNodesText, splitSentences } from '../../../../build/content/sentences.ts';
import { cardBody } from '../../../../build/content/card-tree.ts';
import { parseCards } from '../../../../build/content/markdown.ts';
import { createSink, type ContentIssue } from '../../../../build/content/types.ts';
import { show } from './card-tree-helpers.ts';

function sentences(text: string, locale: Locale): string[] {
  return splitSentences([{ type: 'text', value: text }], locale, 'c', { n: 1 }).map((s) =>
    inlineNodesText(s.children, (name) => `{${name}}`),
  );
}

/** A card's body through the real parser, shown compactly (see card-tree-helpers.ts). */
function card(markdown: string, locale: Locale = 'en'): string {
  const issues: ContentIssue[] = [];
  const [c] = parseCards('f.md', `## A {#a}\n\n${markdown}`, 1, createSink(issues));
  expect(issues).toEqual([]);
  return show(cardBody(c?.blocks ?? [], locale, 'a'));
}

describe('sentence boundaries', () => {
  const cases: [Locale, string, string[]][] = [
    ['en', 'Take your time. You can stop at any point.', ['Take your time.', 'You can stop at any point.']],
    ['en', 'Is it bad? No! It is fine.', ['Is it bad?', 'No!', 'It is fine.']],
    ['en', 'Call Dr. Smith today. Then rest.', ['Call Dr. Smith today.', 'Then rest.']],
    ['en', 'Ask Mrs. Lee or Mr. Diaz. They can help.', ['Ask Mrs. Lee or Mr. Diaz.', 'They can help.']],
    ['en', 'Bring things, e.g. A book. Rest.', ['Bring things, e.g. A book.', 'Rest.']],
    ['en', 'Soft food, i.e. Soup or rice. Rest.', ['Soft food, i.e. Soup or rice.', 'Rest.']],
    ['en', 'Pens, paper, etc. are fine. Rest.', ['Pens, paper, etc. are fine.', 'Rest.']],
    ['en', 'Bring pens, paper, etc. Then go.', ['Bring pens, paper, etc.', 'Then go.']],
    ['en', 'A fever is 100.4 °F or higher. Call.', ['A fever is 100.4 °F or higher.', 'Call.']],
    ['en', 'It takes approx. 5 days. Then it ends.', ['It takes approx. 5 days.', 'Then it ends.']],
    ['en', 'He said "stop." Then he left.', ['He said "stop."', 'Then he left.']],
    ['en', 'Wait… then call. OK.', ['Wait… then call.', 'OK.']],
    ['en', 'See St. Jude. It helps.', ['See St. Jude.', 'It helps.']],
    ['en', 'One sentence without an end', ['One sentence without an end']],
    ['es', '¿Qué es? Es algo. ¡Hola! Bien.', ['¿Qué es?', 'Es algo.', '¡Hola!', 'Bien.']],
    ['es', 'En EE. UU. hay más. Bien.', ['En EE. UU. hay más.', 'Bien.']],
    ['es', 'Llame a la Dra. López. Ella ayuda.', ['Llame a la Dra. López.', 'Ella ayuda.']],
    ['es', 'Hable con el Sr. Pérez. Bien.', ['Hable con el Sr. Pérez.', 'Bien.']],
    ['es', 'Frutas, p. ej. Manzanas. Bien.', ['Frutas, p. ej. Manzanas.', 'Bien.']],
    ['es', 'La fiebre es 38,0 °C o más. Llame.', ['La fiebre es 38,0 °C o más.', 'Llame.']],
    ['es', 'Tome 1.5 ml. Después descanse.', ['Tome 1.5 ml.', 'Después descanse.']],
    ['es', '¿Tiene fiebre? ¡Llame ya!', ['¿Tiene fiebre?', '¡Llame ya!']],
  ];
  it.each(cases)('%s: %s', (locale, text, want) => {
    expect(sentences(text, locale)).toEqual(want);
  });
});

describe('sentences in the card tree', () => {
  it('numbers sentences <cardId>.<n> from 1 through paragraphs and list items, the same for the same words', () => {
    const md = 'First one. Second one.\n\n- Item one. Still item one.\n- Item two\n\nLast.';
    const want =
      '<p>[1]First one. [2]Second one.</p><ul><li>[3]Item one. [4]Still item one.</li><li>[5]Item two</li></ul><p>[6]Last.</p>';
    expect(card(md)).toBe(want);
    expect(card(md)).toBe(want);
  });

  it('splits a bold or italic run that crosses a sentence boundary into one run per sentence', () => {
    expect(card('Start **bold one. Bold two** end.')).toBe(
      '<p>[1]Start <strong>bold one.</strong> [2]<strong>Bold two</strong> end.</p>',
    );
    expect(card('*One. Two. Three.*')).toBe('<p>[1]<em>One.</em> [2]<em>Two.</em> [3]<em>Three.</em></p>');
    expect(card('**Call. *Now* please.** Done.')).toBe(
      '<p>[1]<strong>Call.</strong> [2]<strong><em>Now</em> please.</strong> [3]Done.</p>',
    );
  });

  it('keeps terms, links, slots and breaks whole and inside their sentence', () => {
    const issues: ContentIssue[] = [];
    const [c] = parseCards(
      'f.md',
      '## A {#a}\n\nRead [what helps. Really](mouth-sores#help). Call {{care_team_phone}}. Then rest.  \nNext line.',
      1,
      createSink(issues),
    );
    expect(issues).toEqual([]);
    expect(show(cardBody(c?.blocks ?? [], 'en', 'a'))).toBe(
      '<p>[1]Read <link mouth-sores#help>what helps. Really</link>. [2]Call {care_team_phone}. [3]Then rest.<br> [4]Next line.</p>',
    );
  });

  it('segments Spanish cards with Spanish rules', () => {
    expect(card('¿Qué es la **médula ósea**? Es donde se hace la sangre. En EE. UU. se usa.', 'es')).toBe(
      '<p>[1]¿Qué es la <strong>médula ósea</strong>? [2]Es donde se hace la sangre. [3]En EE. UU. se usa.</p>',
    );
  });

  it('never leaves white space at a sentence edge, inside a run or out', () => {
    const nodes: InlineNode[] = [
      { type: 'strong', children: [{ type: 'text', value: 'One.  ' }] },
      { type: 'text', value: '  Two.' },
    ];
    expect(splitSentences(nodes, 'en', 'x', { n: 4 })).toEqual([
      {
        type: 'sentence',
        id: 'x.4',
        children: [{ type: 'strong', children: [{ type: 'text', value: 'One.' }] }],
      },
      { type: 'sentence', id: 'x.5', children: [{ type: 'text', value: 'Two.' }] },
    ]);
  });
});
