import { describe, expect, it } from 'vitest';
import type { BlockNode, InlineNode } from '../../../../electron/shared/content-types';
import { chooseBodyForm, chooseForm, readerForm } from '../../../../electron/shared/reader-forms';

const you = (value: string): InlineNode[] => [{ type: 'text', value }];

describe('readerForm', () => {
  it('reads "you" for Me, Someone I care for and no answer, "child" for My child', () => {
    expect(readerForm(null)).toBe('you');
    expect(readerForm('self')).toBe('you');
    expect(readerForm('carer')).toBe('you');
    expect(readerForm('child')).toBe('child');
  });
});

describe('chooseForm', () => {
  const nodes: InlineNode[] = [
    { type: 'text', value: 'If ' },
    { type: 'variant', forms: { you: you('you have'), child: you('your child has') } },
    { type: 'text', value: ' a ' },
    {
      type: 'strong',
      children: [{ type: 'variant', forms: { you: you('fever'), child: you('fever') } }],
    },
    { type: 'text', value: ', call.' },
  ];

  it('replaces each variant by the chosen form, inside bold too, and joins the text', () => {
    expect(chooseForm(nodes, 'child')).toEqual([
      { type: 'text', value: 'If your child has a ' },
      { type: 'strong', children: [{ type: 'text', value: 'fever' }] },
      { type: 'text', value: ', call.' },
    ]);
    expect(chooseForm(nodes, 'you')[0]).toEqual({ type: 'text', value: 'If you have a ' });
  });

  it('keeps blocks and sentence ids, changing only the words', () => {
    const body: BlockNode[] = [
      { type: 'paragraph', children: [{ type: 'sentence', id: 'fever.1', children: nodes }] },
      { type: 'picture', picture: 'thermometer', alt: 'A thermometer' },
    ];
    const child = chooseBodyForm(body, 'child');
    expect(child[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'sentence', id: 'fever.1', children: chooseForm(nodes, 'child') }],
    });
    expect(child[1]).toBe(body[1]);
  });
});
