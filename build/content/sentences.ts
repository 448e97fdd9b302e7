// Sentences at build time: Intl.Segmenter finds the boundaries, a short per-locale list of abbreviations
// (where ICU breaks before a capital: "Dr. Smith", "EE. UU.") undoes its wrong ones, and the inline tree is cut
// at what remains, so a bold run across two sentences becomes one run in each.
import type { InlineNode, Locale, ReaderForm, SentenceNode } from '../../electron/shared/content-types.ts';

/**
 * Words ending in a full stop that never end a sentence in patient text, lower case without the final stop.
 * Ones that often do end a sentence ("etc.", "U.S.", "No.") are left to ICU, which keeps them together when a
 * lower-case word follows.
 */
export const NON_BREAKING_ABBREVIATIONS: Record<Locale, readonly string[]> = {
  en: ['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'e.g', 'i.e', 'approx'],
  es: ['dr', 'dra', 'sr', 'sra', 'srta', 'ee', 'p', 'ej', 'p. ej', 'aprox', 'núm', 'pág', 'ud', 'uds', 'vs'],
};

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const abbreviationEnd: Record<Locale, RegExp> = Object.fromEntries(
  (Object.keys(NON_BREAKING_ABBREVIATIONS) as Locale[]).map((locale) => [
    locale,
    new RegExp(
      `(?<![\\p{L}\\p{N}.])(?:${NON_BREAKING_ABBREVIATIONS[locale].map(escapeRegExp).join('|')})\\.[\\s\\u00a0]*$`,
      'iu',
    ),
  ]),
) as Record<Locale, RegExp>;

/**
 * The text a node stands for while finding boundaries; a slot is one neutral word (its value comes later), a
 * reader variant its default form (it is one unit, so both forms keep the same sentence ids).
 */
function flatText(node: InlineNode): string {
  switch (node.type) {
    case 'variant':
      return node.forms.you.map(flatText).join('');
    case 'text':
      return node.value;
    case 'strong':
    case 'em':
      return node.children.map(flatText).join('');
    case 'term':
    case 'page-link':
      return node.text;
    case 'slot':
      return 'X';
    case 'break':
      return ' ';
  }
}

/** [start, end) of every term, link and slot: no boundary may fall inside one. */
function atomicSpans(nodes: InlineNode[], from: number, out: [number, number][]): number {
  let at = from;
  for (const n of nodes) {
    const len = flatText(n).length;
    if (n.type === 'strong' || n.type === 'em') atomicSpans(n.children, at, out);
    else if (n.type !== 'text' && n.type !== 'break') out.push([at, at + len]);
    at += len;
  }
  return at;
}

/** Offsets in the flat text where a new sentence starts (never 0). */
export function sentenceStarts(text: string, locale: Locale, atomic: [number, number][] = []): number[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const starts: number[] = [];
  for (const { index } of segmenter.segment(text)) {
    if (index === 0) continue;
    if (abbreviationEnd[locale].test(text.slice(0, index))) continue;
    if (atomic.some(([a, b]) => index > a && index < b)) continue;
    if (text.slice(index).trim() === '') continue;
    starts.push(index);
  }
  return starts;
}

/** The part of `nodes` between flat offsets [from, to); a term, link, slot or break goes where it starts. */
function slice(nodes: InlineNode[], offset: number, from: number, to: number): InlineNode[] {
  const out: InlineNode[] = [];
  let at = offset;
  for (const n of nodes) {
    const len = flatText(n).length;
    const start = at;
    const end = at + len;
    at = end;
    if (n.type === 'text') {
      const a = Math.max(from, start);
      const b = Math.min(to, end);
      if (b > a) out.push({ type: 'text', value: n.value.slice(a - start, b - start) });
    } else if (n.type === 'strong' || n.type === 'em') {
      if (end <= from || start >= to) continue;
      const children = slice(n.children, start, from, to);
      if (children.length > 0) out.push({ type: n.type, children });
    } else if (start >= from && start < to) out.push(n);
  }
  return out;
}

/** Trims white space at a sentence's edges (inside bold/italic runs too) and drops what becomes empty. */
function trimEdge(nodes: InlineNode[], side: 'start' | 'end'): InlineNode[] {
  const list = [...nodes];
  while (list.length > 0) {
    const i = side === 'start' ? 0 : list.length - 1;
    const n = list[i];
    if (n.type === 'text') {
      const value = side === 'start' ? n.value.trimStart() : n.value.trimEnd();
      if (value === '') {
        list.splice(i, 1);
        continue;
      }
      list[i] = { type: 'text', value };
    } else if (n.type === 'strong' || n.type === 'em') {
      const children = trimEdge(n.children, side);
      if (children.length === 0) {
        list.splice(i, 1);
        continue;
      }
      list[i] = { type: n.type, children };
    }
    break;
  }
  return list;
}

/**
 * One paragraph's or list item's inline nodes as sentences, numbered on from `next.n` (1-based across the card):
 * ids `<cardId>.<n>`.
 */
export function splitSentences(
  nodes: InlineNode[],
  locale: Locale,
  cardId: string,
  next: { n: number },
): SentenceNode[] {
  const text = nodes.map(flatText).join('');
  const atomic: [number, number][] = [];
  atomicSpans(nodes, 0, atomic);
  const bounds = [0, ...sentenceStarts(text, locale, atomic), text.length];
  const out: SentenceNode[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k];
    const to = bounds[k + 1];
    const children = trimEdge(trimEdge(slice(nodes, 0, from, to), 'start'), 'end');
    if (children.length === 0) continue;
    out.push({ type: 'sentence', id: `${cardId}.${next.n}`, children });
    next.n++;
  }
  return out;
}

/** Plain text of inline nodes, as the renderer shows it (slots by the given reading). */
export function inlineNodesText(
  nodes: InlineNode[],
  slot: (name: string) => string,
  form: ReaderForm = 'you',
): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'variant':
          return inlineNodesText(n.forms[form], slot, form);
        case 'text':
          return n.value;
        case 'strong':
        case 'em':
          return inlineNodesText(n.children, slot, form);
        case 'term':
        case 'page-link':
          return n.text;
        case 'slot':
          return slot(n.name);
        case 'break':
          return ' ';
      }
    })
    .join('');
}
