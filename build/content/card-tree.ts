// A parsed card (markdown.ts's blocks, with positions) → the card tree of content-types.ts that the renderer
// walks, with its text cut into sentences; and the tree's plain text, which grading reads.
import type {
  BlockNode,
  InlineNode,
  Locale,
  SentenceNode,
  SlotName,
} from '../../electron/shared/content-types.ts';
import type { Block, Inline } from './markdown.ts';
import { inlineNodesText, splitSentences } from './sentences.ts';

function toInline(nodes: Inline[]): InlineNode[] {
  const out: InlineNode[] = [];
  const push = (n: InlineNode): void => {
    const last = out[out.length - 1];
    if (n.type === 'text' && last?.type === 'text')
      out[out.length - 1] = { type: 'text', value: last.value + n.value };
    else out.push(n);
  };
  for (const n of nodes) {
    switch (n.t) {
      case 'text':
        if (n.v !== '') push({ type: 'text', value: n.v });
        break;
      case 'strong':
      case 'em': {
        const children = toInline(n.c);
        if (children.length > 0) push({ type: n.t, children });
        break;
      }
      case 'term':
        push({ type: 'term', term: n.id, text: n.text });
        break;
      case 'link':
        push({ type: 'page-link', page: n.page, card: n.card, text: n.text });
        break;
      case 'slot':
        push({ type: 'slot', name: n.name });
        break;
      case 'br':
        push({ type: 'break' });
        break;
      case 'signs':
      case 'image':
        // Already reported where they stand (signs-not-alone, image); nothing to show.
        break;
    }
  }
  return out;
}

/** The card's body as the renderer gets it; sentence ids run `<cardId>.1`, `.2`, … through the whole card. */
export function cardBody(blocks: Block[], locale: Locale, cardId: string): BlockNode[] {
  const next = { n: 1 };
  const sentences = (c: Inline[]): SentenceNode[] => splitSentences(toInline(c), locale, cardId, next);
  const out: BlockNode[] = [];
  for (const b of blocks) {
    if (b.t === 'picture') out.push({ type: 'picture', picture: b.picture, alt: b.alt });
    else if (b.t === 'p') {
      const children = sentences(b.c);
      if (children.length > 0) out.push({ type: 'paragraph', children });
    } else {
      const items = b.items
        .map((it) => ({ type: 'list-item' as const, children: sentences(it.c) }))
        .filter((it) => it.children.length > 0);
      if (items.length > 0) out.push({ type: 'list', ordered: b.t === 'ol', items });
    }
  }
  return out;
}

/** What a slot is read as when grading: one short word (its value is a number or a short phrase). */
const SLOT_READ_AS: Record<SlotName, string> = {
  fever_f: '100',
  fever_c: '38',
  care_team_phone: 'phone',
  after_hours_phone: 'phone',
};

function sentencesText(sentences: SentenceNode[]): string {
  return sentences
    .map((s) => inlineNodesText(s.children, (name) => SLOT_READ_AS[name as SlotName]))
    .join(' ');
}

/** Paragraphs and list items as plain text, each a unit for grading; a picture's words are not read as text. */
export function bodyUnits(body: BlockNode[]): string[] {
  return body.flatMap((b) =>
    b.type === 'paragraph'
      ? [sentencesText(b.children)]
      : b.type === 'list'
        ? b.items.map((it) => sentencesText(it.children))
        : [],
  );
}

/** Plain text of parsed inline nodes, for the checks that read a page's own words (urgency ladder). */
export function inlineText(nodes: Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.t) {
        case 'text':
          return n.v;
        case 'strong':
        case 'em':
          return inlineText(n.c);
        case 'br':
        case 'signs':
          return ' ';
        case 'slot':
          return SLOT_READ_AS[n.name];
        case 'term':
        case 'link':
          return n.text;
        case 'image':
          return '';
      }
    })
    .join('');
}

function visitInlines(blocks: Block[], visit: (nodes: Inline[]) => void): void {
  for (const b of blocks) {
    if (b.t === 'p') visit(b.c);
    else if (b.t !== 'picture') for (const it of b.items) visit(it.c);
  }
}

export function slotsIn(blocks: Block[]): SlotName[] {
  const out = new Set<SlotName>();
  const visit = (nodes: Inline[]): void => {
    for (const n of nodes) {
      if (n.t === 'slot') out.add(n.name);
      else if (n.t === 'strong' || n.t === 'em') visit(n.c);
    }
  };
  visitInlines(blocks, visit);
  return [...out];
}

export function linksIn(blocks: Block[]): Extract<Inline, { t: 'link' }>[] {
  const out: Extract<Inline, { t: 'link' }>[] = [];
  const visit = (nodes: Inline[]): void => {
    for (const n of nodes) {
      if (n.t === 'link') out.push(n);
      else if (n.t === 'strong' || n.t === 'em') visit(n.c);
    }
  };
  visitInlines(blocks, visit);
  return out;
}
