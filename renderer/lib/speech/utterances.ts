// A card's tree → what the voice says, in reading order: heading, then each block (paragraph sentences, list
// items, the picture's description). One utterance per sentence, so the screen can highlight the sentence
// being spoken and a long card never becomes one long utterance some engines cut off.
import type { BlockNode, Card, Locale, ReaderForm } from '../../../electron/shared/content-types';
import { spokenParts, tidySpoken } from '../../../electron/shared/spoken-text';
import type { SlotValues } from '../slots';
import type { Pronouncer } from './pronounce';

type UtteranceKind = 'heading' | 'sentence' | 'picture' | 'ui' | 'recording';

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

function make(
  kind: UtteranceKind,
  sentenceId: string | null,
  shown: string,
  context: UtteranceContext,
): Utterance | null {
  const clean = tidySpoken(shown);
  if (clean === '') return null;
  return { sentenceId, kind, text: tidySpoken(context.pronounce(clean)), shown: clean, lang: context.locale };
}

/** The card's utterances in reading order (the shared walk, with pronunciations and the picture label). */
export function cardUtterances(card: SpokenCard, context: UtteranceContext): Utterance[] {
  return spokenParts(card, context.slots, context.form)
    .map((part) =>
      make(
        part.kind,
        part.sentenceId,
        part.kind === 'picture' ? `${context.pictureLabel} ${part.shown}` : part.shown,
        context,
      ),
    )
    .filter((u): u is Utterance => u !== null);
}

/** Interface words (a button's name, the idle warning) as one utterance in the visit's language. */
export function uiUtterance(
  text: string,
  context: Pick<UtteranceContext, 'locale' | 'pronounce'>,
): Utterance | null {
  const clean = tidySpoken(text);
  if (clean === '') return null;
  return {
    sentenceId: null,
    kind: 'ui',
    text: tidySpoken(context.pronounce(clean)),
    shown: clean,
    lang: context.locale,
  };
}
