// A card's tree → what the voice says, in reading order: heading, then each block (paragraph sentences, list
// items, the picture's description). One utterance per sentence, so the screen can highlight the sentence
// being spoken and a long card never becomes one long utterance some engines cut off.
import type {
  BlockNode,
  Card,
  InlineNode,
  Locale,
  ReaderForm,
  SentenceNode,
} from '../../../electron/shared/content-types';
import { chooseForm } from '../../../electron/shared/reader-forms';
import type { SlotValues } from '../slots';
import type { Pronouncer } from './pronounce';

type UtteranceKind = 'heading' | 'sentence' | 'picture' | 'ui';

export type Utterance = {
  /** The sentence node's id (`<cardId>.<n>`) the screen highlights; null for a heading, picture or UI text. */
  sentenceId: string | null;
  kind: UtteranceKind;
  /** What the voice says: the shown words with the pronunciation table applied. */
  text: string;
  /** The words as shown, for the staff view and for checks. */
  shown: string;
  lang: Locale;
};

/** A card as read aloud: its id, heading (in each reader form) and tree. */
export type SpokenCard = Pick<Card, 'id' | 'heading'> &
  Partial<Pick<Card, 'headingForms'>> & { body: readonly BlockNode[] };

export type UtteranceContext = {
  locale: Locale;
  slots: SlotValues;
  pronounce: Pronouncer;
  /** Words said before a picture's description ("Picture:"), in the card's language. */
  pictureLabel: string;
  /** The visit's reader form: variants are spoken as the screen shows them. */
  form: ReaderForm;
};

/** The words of inline nodes as a reader hears them: terms and links as their text, slots as site values. */
export function inlineText(nodes: readonly InlineNode[], slots: SlotValues): string {
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
        // Variants are chosen before speaking (chooseForm); the default form stands in if one reaches here.
        out += inlineText(node.forms.you, slots);
        break;
    }
  }
  return out;
}

/** Whitespace as one space; no-break spaces (°F glue) become plain spaces for the voice. */
function tidy(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, ' ').trim();
}

function make(
  kind: UtteranceKind,
  sentenceId: string | null,
  shown: string,
  context: UtteranceContext,
): Utterance | null {
  const clean = tidy(shown);
  if (clean === '') return null;
  return { sentenceId, kind, text: tidy(context.pronounce(clean)), shown: clean, lang: context.locale };
}

function sentences(nodes: readonly SentenceNode[], context: UtteranceContext, out: Utterance[]): void {
  for (const sentence of nodes) {
    const words = inlineText(chooseForm(sentence.children, context.form), context.slots);
    const u = make('sentence', sentence.id, words, context);
    if (u) out.push(u);
  }
}

/** The card's utterances in reading order. */
export function cardUtterances(card: SpokenCard, context: UtteranceContext): Utterance[] {
  const out: Utterance[] = [];
  const heading = make('heading', null, card.headingForms?.[context.form] ?? card.heading, context);
  if (heading) out.push(heading);
  for (const block of card.body) {
    switch (block.type) {
      case 'paragraph':
        sentences(block.children, context, out);
        break;
      case 'list':
        for (const item of block.items) sentences(item.children, context, out);
        break;
      case 'picture': {
        const alt = tidy(block.alt);
        const u = alt === '' ? null : make('picture', null, `${context.pictureLabel} ${alt}`, context);
        if (u) out.push(u);
        break;
      }
    }
  }
  return out;
}

/** Interface words (a button's name, the idle warning) as one utterance in the visit's language. */
export function uiUtterance(
  text: string,
  context: Pick<UtteranceContext, 'locale' | 'pronounce'>,
): Utterance | null {
  const clean = tidy(text);
  if (clean === '') return null;
  return {
    sentenceId: null,
    kind: 'ui',
    text: tidy(context.pronounce(clean)),
    shown: clean,
    lang: context.locale,
  };
}
