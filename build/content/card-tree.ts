// A parsed card (markdown.ts's blocks, with positions) → the card tree of content-types.ts that the renderer
// walks, with its text cut into sentences; and the tree's plain text, which grading reads.
import {
  READER_FORMS,
  type BlockNode,
  type InlineNode,
  type Locale,
  type ReaderForm,
  type SentenceNode,
  type SlotName,
} from '../../electron/shared/content-types.ts';
import { appendInline, chooseForm } from '../../electron/shared/reader-forms.ts';
import type { Block, Inline } from './markdown.ts';
import { inlineNodesText, splitSentences } from './sentences.ts';

function toInline(nodes: Inline[]): InlineNode[] {
  const out: InlineNode[] = [];
  const push = (n: InlineNode): void => appendInline(out, n);
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
      case 'variant': {
        const forms = {} as Record<ReaderForm, InlineNode[]>;
        for (const f of READER_FORMS) forms[f] = toInline(n.forms[f]);
        push({ type: 'variant', forms });
        break;
      }
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

function sentencesText(sentences: SentenceNode[], form: ReaderForm = 'you'): string {
  return sentences
    .map((s) => inlineNodesText(chooseForm(s.children, form), (name) => SLOT_READ_AS[name as SlotName]))
    .join(' ');
}

/**
 * Paragraphs and list items as plain text in one reader form (default `you`, which is graded), each a unit for
 * grading; a picture's words are not read as text.
 */
export function bodyUnits(body: BlockNode[], form: ReaderForm = 'you'): string[] {
  return body.flatMap((b) =>
    b.type === 'paragraph'
      ? [sentencesText(b.children, form)]
      : b.type === 'list'
        ? b.items.map((it) => sentencesText(it.children, form))
        : [],
  );
}

/** Plain text of parsed inline nodes in one reader form, for the checks that read a page's own words. */
export function inlineText(nodes: Inline[], form: ReaderForm = 'you'): string {
  return nodes
    .map((n) => {
      switch (n.t) {
        case 'text':
          return n.v;
        case 'strong':
        case 'em':
          return inlineText(n.c, form);
        case 'variant':
          return inlineText(n.forms[form], form);
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

export function visitInlines(blocks: Block[], visit: (nodes: Inline[]) => void): void {
  for (const b of blocks) {
    if (b.t === 'p') visit(b.c);
    else if (b.t !== 'picture') for (const it of b.items) visit(it.c);
  }
}

/** Every node of parsed inline nodes, depth first, into bold/italic runs and every variant form. */
export function eachInline(
  nodes: Inline[],
  visit: (node: Inline, inVariant: boolean) => void,
  inVariant = false,
): void {
  for (const n of nodes) {
    visit(n, inVariant);
    if (n.t === 'strong' || n.t === 'em') eachInline(n.c, visit, inVariant);
    else if (n.t === 'variant') for (const f of READER_FORMS) eachInline(n.forms[f], visit, true);
  }
}

export function slotsIn(blocks: Block[]): SlotName[] {
  const out = new Set<SlotName>();
  visitInlines(blocks, (nodes) =>
    eachInline(nodes, (n) => {
      if (n.t === 'slot') out.add(n.name);
    }),
  );
  return [...out];
}

export function linksIn(blocks: Block[]): Extract<Inline, { t: 'link' }>[] {
  const out: Extract<Inline, { t: 'link' }>[] = [];
  visitInlines(blocks, (nodes) =>
    eachInline(nodes, (n) => {
      if (n.t === 'link') out.push(n);
    }),
  );
  return out;
}
