import { describe, expect, it } from 'vitest';
import type { BlockNode } from '../../../../electron/shared/content-types';
import { hereStage } from '../../../../renderer/lib/you-are-here';

const words: BlockNode[] = [{ type: 'paragraph', children: [] }];
const map: BlockNode[] = [{ type: 'picture', picture: 'treatment-timeline-induction', alt: 'x' }];

describe('you are here', () => {
  it('a stage path marks its stage on every card, whatever page the card is from', () => {
    expect(hereStage('induction', { phases: ['all-phases'] }, words)).toBe('induction');
    expect(hereStage('after-treatment', { phases: ['all-phases'] }, words)).toBe('after-treatment');
    expect(hereStage('diagnosis', { phases: ['induction'] }, words)).toBe('diagnosis');
  });

  it('outside a stage path, a page about one treatment step marks that step', () => {
    expect(hereStage(undefined, { phases: ['maintenance'] }, words)).toBe('maintenance');
    expect(hereStage('guide', { phases: ['transplant'] }, words)).toBe('transplant');
    expect(hereStage('essentials', { phases: ['consolidation'] }, words)).toBe('consolidation');
  });

  it('pages for several steps, for every step, or before and after treatment mark none', () => {
    expect(hereStage(undefined, { phases: ['induction', 'consolidation'] }, words)).toBeNull();
    expect(hereStage(undefined, { phases: ['all-phases'] }, words)).toBeNull();
    expect(hereStage('guide', { phases: ['diagnosis'] }, words)).toBeNull();
    expect(hereStage(undefined, { phases: ['after-treatment'] }, words)).toBeNull();
  });

  it('a card whose treatment map already marks the step shows no second marker', () => {
    expect(hereStage('induction', { phases: ['induction'] }, map)).toBeNull();
    expect(hereStage(undefined, { phases: ['induction'] }, map)).toBeNull();
  });
});
