import { describe, expect, it } from 'vitest';
import type { InlineNode } from '../../../../electron/shared/content-types';
import { gluePunctuation } from '../../../../renderer/lib/glue-punctuation';

const term: InlineNode = { type: 'term', term: 'chemo', text: 'chemo' };
const link: InlineNode = { type: 'page-link', page: 'fever', card: null, text: 'fever' };

describe('gluePunctuation', () => {
  it('glues a term to the punctuation right after it and keeps the rest as text', () => {
    expect(
      gluePunctuation([{ type: 'text', value: 'About ' }, term, { type: 'text', value: '. Then more' }]),
    ).toEqual([
      { kind: 'node', node: { type: 'text', value: 'About ' } },
      { kind: 'glued', button: term, after: '.' },
      { kind: 'node', node: { type: 'text', value: ' Then more' } },
    ]);
  });

  it('glues a page link to a run of closing marks, and leaves nothing empty behind', () => {
    expect(gluePunctuation([link, { type: 'text', value: ').' }])).toEqual([
      { kind: 'glued', button: link, after: ').' },
    ]);
  });

  it('leaves a button alone when a space, a word or nothing follows it', () => {
    const cases: InlineNode[][] = [[term, { type: 'text', value: ' is a word.' }], [term], [term, link]];
    for (const nodes of cases)
      expect(gluePunctuation(nodes)).toEqual(nodes.map((node) => ({ kind: 'node', node })));
  });

  it('never glues punctuation to plain text or to bold runs', () => {
    const nodes: InlineNode[] = [
      { type: 'strong', children: [{ type: 'text', value: 'Bold' }] },
      { type: 'text', value: '.' },
    ];
    expect(gluePunctuation(nodes)).toEqual(nodes.map((node) => ({ kind: 'node', node })));
  });
});
