// A card's words in reading order, as read aloud (heading, sentences, list items, the picture's description),
// before the pronunciation table. The renderer's utterances and the build's recording check both use this
// one walk, so a recording's stored text hash is over exactly what Listen would say.
import type { BlockNode, InlineNode, ReaderForm } from './content-types';
import { chooseForm } from './reader-forms';

type SpokenPartKind = 'heading' | 'sentence' | 'picture';

export type SpokenPart = {
  kind: SpokenPartKind;
  /** The sentence node's id (`<cardId>.<n>`); null for the heading and the picture. */
  sentenceId: string | null;
  /** The words as shown, whitespace tidied (a picture part is its description, without the "Picture:" label). */
  shown: string;
};

export type SpokenCardInput = {
  heading: string;
  headingForms?: Readonly<Record<ReaderForm, string>>;
  body: readonly BlockNode[];
};

/** Site values by slot name (phone numbers); a missing one is said as nothing. */
export type SlotText = Readonly<Record<string, string | undefined>>;

/** The words of inline nodes as a reader hears them: terms and links as their text, slots as site values. */
export function inlineText(nodes: readonly InlineNode[], slots: SlotText): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += node.value;
        break;
      case 'strong':
      case 'em':
        out += inlineText(node.children, slots);
        break;
      case 'term':
      case 'page-link':
        out += node.text;
        break;
      case 'slot':
        out += slots[node.name] ?? '';
        break;
      case 'break':
        out += ' ';
        break;
      case 'variant':
        // Variants are chosen before speaking (chooseForm); the "Me" words stand in if one reaches here.
        out += inlineText(node.forms.you, slots);
        break;
    }
  }
  return out;
}

/** Whitespace as one space; no-break spaces (°F glue) become plain spaces for the voice. */
export function tidySpoken(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, ' ').trim();
}

/** The card's spoken parts in reading order, in the reader's form; empty parts are left out. */
export function spokenParts(card: SpokenCardInput, slots: SlotText, form: ReaderForm = 'you'): SpokenPart[] {
  const out: SpokenPart[] = [];
  const push = (kind: SpokenPartKind, sentenceId: string | null, text: string): void => {
    const shown = tidySpoken(text);
    if (shown !== '') out.push({ kind, sentenceId, shown });
  };
  const said = (nodes: readonly InlineNode[]): string => inlineText(chooseForm(nodes, form), slots);
  push('heading', null, card.headingForms?.[form] ?? card.heading);
  for (const block of card.body) {
    if (block.type === 'paragraph') {
      for (const s of block.children) push('sentence', s.id, said(s.children));
    } else if (block.type === 'list') {
      for (const item of block.items) for (const s of item.children) push('sentence', s.id, said(s.children));
    } else {
      push('picture', null, block.alt);
    }
  }
  return out;
}

/** Whether any sentence of the card shows a site value (a phone number differs per kiosk). */
export function hasSlots(body: readonly BlockNode[]): boolean {
  const inInline = (nodes: readonly InlineNode[]): boolean =>
    nodes.some(
      (n) => n.type === 'slot' || ((n.type === 'strong' || n.type === 'em') && inInline(n.children)),
    );
  return body.some((block) =>
    block.type === 'paragraph'
      ? block.children.some((s) => inInline(s.children))
      : block.type === 'list'
        ? block.items.some((item) => item.children.some((s) => inInline(s.children)))
        : false,
  );
}

/**
 * The text a recording's hash is taken over: the "Me" words (a recording is of those; with "My child" chosen, a
 * card with variants is read by the voice), one part per line, before pronunciations (a narrator reads the
 * shown words; changing how the synthetic voice says a drug name must not make every recording stale).
 */
export function recordingText(card: SpokenCardInput): string {
  return spokenParts(card, {})
    .map((p) => p.shown)
    .join('\n');
}
