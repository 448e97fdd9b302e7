import { describe, expect, it } from 'vitest';
import { cardBody } from '../../../../build/content/card-tree.ts';
import { parseCards } from '../../../../build/content/markdown.ts';
import { createSink, type ContentIssue } from '../../../../build/content/types.ts';
import { show } from './card-tree-helpers.ts';

function parse(body: string): { tree: string[]; ids: string[]; issues: string[] } {
  const issues: ContentIssue[] = [];
  const cards = parseCards('f.md', body, 10, createSink(issues));
  return {
    tree: cards.map((c) => show(cardBody(c.blocks, 'en', c.id))),
    ids: cards.map((c) => c.id),
    issues: issues.map((i) => `${i.line}:${i.column} ${i.rule}`),
  };
}

describe('card Markdown', () => {
  it('numbers cards without an id as card-N and reports lines offset by the body start', () => {
    const r = parse('## One\n\nText one.\n\n## Two {#two}\n\nText two.\n\n## Three\n\nText.');
    expect(r.ids).toEqual(['card-1', 'two', 'card-3']);
    expect(r.issues).toEqual([]);
    expect(parse('\n\n## A {#a}\n\n### B\n').issues).toEqual(['14:1 heading-level', '12:1 empty-card']);
  });

  it('joins paragraph lines, keeps hard breaks, and renders bold, italics and escapes', () => {
    const r = parse('## A {#a}\n\nOne **two**\nthree *four* _five_  \nsix \\*not italic\\* snake_case_word.');
    expect(r.tree[0]).toBe(
      '<p>[1]One <strong>two</strong> three <em>four</em> <em>five</em><br>six *not italic* snake_case_word.</p>',
    );
    expect(r.issues).toEqual([]);
  });

  it('makes flat lists from -, * , + and 1. items, with lazy continuation lines', () => {
    const r = parse('## A {#a}\n\n- one\n  more of one\n* two\n+ three\n\n1. first\n2) second');
    expect(r.tree[0]).toBe(
      '<ul><li>[1]one more of one</li><li>[2]two</li><li>[3]three</li></ul><ol><li>[4]first</li><li>[5]second</li></ol>',
    );
  });

  it('rejects nested lists, empty items, quotes, rules, setext headings and indented code', () => {
    expect(parse('## A {#a}\n\n- one\n  - nested').issues).toEqual(['13:3 nested-list']);
    expect(parse('## A {#a}\n\n- one\n-').issues).toEqual(['13:1 empty-list-item']);
    expect(parse('## A {#a}\n\n> quoted').issues).toEqual(['12:1 blockquote', '10:1 empty-card']);
    expect(parse('## A {#a}\n\nText.\n\n***').issues).toEqual(['14:1 horizontal-rule']);
    expect(parse('## A {#a}\n\nText\n===').issues).toEqual(['13:1 heading-level']);
    expect(parse('## A {#a}\n\nText.\n\n    code').issues).toEqual(['14:1 code-block']);
  });

  it('keeps a lone < or & as text but rejects tags and entities', () => {
    expect(parse('## A {#a}\n\nIf 3 < 5 & 2 > 1.').tree[0]).toBe('<p>[1]If 3 < 5 & 2 > 1.</p>');
    expect(parse('## A {#a}\n\nA&nbsp;B').issues).toEqual(['12:2 html-entity']);
    expect(parse('## A {#a}\n\n<div>x</div>').issues).toEqual(['12:1 raw-html', '12:7 raw-html']);
  });

  it('rejects markup in headings and bad link targets', () => {
    expect(parse('## **Bold** {#a}\n\nx').issues).toEqual(['10:1 markup-in-heading']);
    expect(parse('## A {#a}\n\n[x](Not A Page)').issues).toEqual(['12:5 bad-link']);
    expect(parse('## A {#a}\n\n[x](mailto:a@b.c)').issues).toEqual(['12:5 external-link']);
    expect(parse('## A {#a}\n\n[[ ]]').issues).toEqual(['12:1 bad-term-link']);
  });
});
