// "Who is this for?" in the words: every `{you|your child}` variant is whole and stays inside one sentence, and a
// card that speaks to the reader without any variant is named, so "My child" never silently shows "you".
import { READER_FORMS, type Locale } from '../../electron/shared/content-types.ts';
import { eachInline, inlineText, visitInlines } from './card-tree.ts';
import { VARIANT_EXAMPLE, type Inline, type Pos, type RawCard } from './markdown.ts';
import { sentenceStarts } from './sentences.ts';
import type { IssueSink } from './types.ts';

/** A variant in each language's own words, for fix hints. */
const EXAMPLE: Record<Locale, string> = {
  en: '"{you may feel|your child may feel} tired"',
  es: '"{usted puede sentirse|su hijo puede sentirse} cansado"',
};

/** Words that speak to the reader; where one stands outside a variant, "My child" may read it wrongly. */
const READER_WORDS: Record<Locale, RegExp> = {
  en: /(?<![\p{L}\p{N}'’])(?:you|your|yours|yourself|you're|you'll|you've|you'd)(?![\p{L}\p{N}])/giu,
  es: /(?<![\p{L}\p{N}])(?:usted|ustedes|su|sus|suyo|suya|suyos|suyas|tú|tu|tus|te|ti|contigo)(?![\p{L}\p{N}])/giu,
};

const READER_RULE = 'reader-not-varied';

/** Checks each variant of a card; returns how many the card has (heading and body). */
export function checkVariants(file: string, card: RawCard, locale: Locale, sink: IssueSink): number {
  let count = card.headingVariants;
  if (card.headingVariants > 0 && card.headingForms.you === card.headingForms.child)
    sameForms(file, card.pos, sink);
  visitInlines(card.blocks, (nodes) =>
    eachInline(nodes, (n) => {
      if (n.t !== 'variant') return;
      count++;
      const texts = READER_FORMS.map((f) => inlineText(n.forms[f], f).replace(/\s+/g, ' ').trim());
      if (texts.every((t) => t === texts[0])) sameForms(file, n.pos, sink);
      for (const [k, text] of texts.entries()) {
        if (sentenceStarts(text, locale).length === 0) continue;
        sink.error(
          file,
          n.pos.line,
          n.pos.column,
          'variant-sentence',
          `The ${READER_FORMS[k] === 'you' ? '"Me"' : '"My child"'} form of this variant holds more than one sentence.`,
          `Keep each variant inside one sentence: write one per sentence, e.g. ${VARIANT_EXAMPLE} tired. {You|Your child} may sleep more. Read-aloud then marks the same sentence whichever form is shown.`,
        );
        break;
      }
      for (const f of READER_FORMS)
        eachInline(n.forms[f], (inner) => {
          if (inner.t !== 'signs' && inner.t !== 'image') return;
          sink.error(
            file,
            inner.pos.line,
            inner.pos.column,
            'variant-content',
            inner.t === 'signs'
              ? '{{signs: …}} cannot be inside a reader variant.'
              : 'A picture cannot be inside a reader variant.',
            'Put it on a line of its own, outside the {…|…} variant; the warning signs and pictures are the same for every reader.',
          );
        });
    }),
  );
  return count;
}

function sameForms(file: string, pos: Pos, sink: IssueSink): void {
  sink.warn(
    file,
    pos.line,
    pos.column,
    'variant-same',
    'Both forms of this reader variant are the same words.',
    `Write the words "My child" should read in the second form (${VARIANT_EXAMPLE}), or remove the variant.`,
  );
}

/** The first word that speaks to the reader outside any variant (heading first), or null. */
function firstReaderWord(card: RawCard, locale: Locale): { word: string; pos: Pos } | null {
  const re = READER_WORDS[locale];
  re.lastIndex = 0;
  const inHeading = re.exec(card.heading);
  if (inHeading && card.headingVariants === 0) return { word: inHeading[0], pos: card.pos };
  let found: { word: string; pos: Pos } | null = null;
  visitInlines(card.blocks, (nodes: Inline[]) =>
    eachInline(nodes, (n, inVariant) => {
      if (found || inVariant || n.t !== 'text') return;
      re.lastIndex = 0;
      const m = re.exec(n.v);
      if (m) found = { word: m[0], pos: { line: n.pos.line, column: n.pos.column + m.index } };
    }),
  );
  return found;
}

/**
 * A card with no variant that speaks to the reader stops the build, reported at its first such word: "My child"
 * would show it unchanged. `same_for_every_reader` is the way out for a card that is right for every reader.
 */
export function checkReaderAddressed(
  file: string,
  card: RawCard,
  locale: Locale,
  variants: number,
  sameForEveryReader: boolean,
  sink: IssueSink,
): Pos | null {
  if (variants > 0 || sameForEveryReader) return null;
  const hit = firstReaderWord(card, locale);
  if (!hit) return null;
  sink.error(
    file,
    hit.pos.line,
    hit.pos.column,
    READER_RULE,
    `The card "${card.heading}" speaks to the reader ("${hit.word}") but has no reader variant, so "My child" shows the same words.`,
    `Write the words that change for a parent as ${VARIANT_EXAMPLE} (e.g. ${EXAMPLE[locale]}). If every sentence is right for every reader, add the card id to \`same_for_every_reader: [${card.id}]\` in the page settings.`,
  );
  return hit.pos;
}
