// A glossary word or page link is a button, and the browser may break a line right after a button, leaving
// a lone "." or ")" at the start of the next line. Grouping the button with the punctuation that follows it
// lets the component wrap both in one no-wrap span. Pure: works on the card tree, not on the DOM.
import type { InlineNode } from '../../electron/shared/content-types';

const LEADING_PUNCTUATION = /^[.,;:!?)\]}»”’%…]+/;

export type ButtonNode = Extract<InlineNode, { type: 'term' | 'page-link' }>;

/** One piece of a run of inline nodes: a node as it is, or a button glued to the punctuation after it. */
export type InlinePiece =
  { kind: 'node'; node: InlineNode } | { kind: 'glued'; button: ButtonNode; after: string };

export function gluePunctuation(nodes: readonly InlineNode[]): InlinePiece[] {
  const out: InlinePiece[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const next = nodes[i + 1];
    if ((node.type === 'term' || node.type === 'page-link') && next?.type === 'text') {
      const match = LEADING_PUNCTUATION.exec(next.value);
      if (match) {
        out.push({ kind: 'glued', button: node, after: match[0] });
        const rest = next.value.slice(match[0].length);
        if (rest !== '') out.push({ kind: 'node', node: { type: 'text', value: rest } });
        i++;
        continue;
      }
    }
    out.push({ kind: 'node', node });
  }
  return out;
}
