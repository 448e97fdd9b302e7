// The take-home copy's addresses: where each page lives on the hospital's site, and how a visitor's ticked
// questions travel there. Pure, shared by the kiosk (QR codes) and the site export (file names), so the QR a
// visitor scans always names a page the export wrote.
import type { BlockNode, InlineNode, Locale, SentenceNode } from './content-types';
import { LOCALES } from './content-types';
import { PAGE_ID_PATTERN } from './page-id';

/** The hosted questions list reads its ticks from `#q=<id>,<id>`: a fragment never reaches any server. */
const QUESTIONS_FRAGMENT_KEY = 'q';
/** More ticks than any questions page holds are ignored, so a crafted link cannot grow the page. */
export const MAX_QUESTIONS = 60;

// A question's id is its first sentence's: `<cardId>.<n>` (see SentenceNode); a card id has a page id's shape.
const QUESTION_ID = new RegExp(`${PAGE_ID_PATTERN.source.slice(0, -1)}\\.[1-9][0-9]{0,3}$`);

function isQuestionId(value: string): boolean {
  return QUESTION_ID.test(value);
}

/** Where the export writes a page, relative to the site's root: `<locale>/<page-id>.html`. */
export function takeHomePath(locale: Locale, pageId: string): string {
  if (!(LOCALES as readonly string[]).includes(locale)) throw new RangeError(`Unknown locale: ${locale}`);
  if (!PAGE_ID_PATTERN.test(pageId)) throw new RangeError(`Not a page id: ${pageId}`);
  return `${locale}/${pageId}.html`;
}

/** The hosted page's full address: the configured base (trailing slashes ignored) + its path. */
export function takeHomeUrl(base: string, locale: Locale, pageId: string): string {
  return `${base.replace(/\/+$/, '')}/${takeHomePath(locale, pageId)}`;
}

/** `#q=a.1,b.3` for the ticked questions (sorted, no repeats); '' when none are ticked. */
export function questionsFragment(ids: readonly string[]): string {
  const clean = [...new Set(ids.filter(isQuestionId))].sort().slice(0, MAX_QUESTIONS);
  return clean.length === 0 ? '' : `#${QUESTIONS_FRAGMENT_KEY}=${clean.join(',')}`;
}

/** The ticked question ids in a fragment (`#q=…`), dropping anything that is not a question id. */
export function parseQuestionsFragment(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${QUESTIONS_FRAGMENT_KEY}=`;
  if (!body.startsWith(prefix)) return [];
  const ids = body
    .slice(prefix.length)
    .split(',')
    .map((id) => id.trim())
    .filter(isQuestionId);
  return [...new Set(ids)].slice(0, MAX_QUESTIONS);
}

/** The host the QR leads to, as words printed under it (`www.example-hospital.org`). */
export function takeHomeHost(base: string): string {
  const match = /^https:\/\/([^/:?#]+)/i.exec(base);
  return match ? match[1].toLowerCase() : '';
}

/** One tickable question: the id of its first sentence and its words as plain text. */
export type Question = { id: string; text: string };

function inlineText(nodes: readonly InlineNode[], slot: (name: string) => string = () => ''): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.value;
        case 'strong':
        case 'em':
          return inlineText(node.children, slot);
        case 'term':
        case 'page-link':
          return node.text;
        case 'slot':
          return slot(node.name);
        case 'break':
          return ' ';
        case 'variant':
          // A question's words on the take-home list are the default ("you") form, as the exported pages are.
          return inlineText(node.forms.you, slot);
      }
    })
    .join('');
}

export function sentencesText(sentences: readonly SentenceNode[]): string {
  return sentences
    .map((s) => inlineText(s.children).trim())
    .filter((t) => t !== '')
    .join(' ');
}

/** The questions on a card: every list item, in order (a questions page lists them; prose is not a question). */
export function cardQuestions(body: readonly BlockNode[]): Question[] {
  const out: Question[] = [];
  for (const block of body) {
    if (block.type !== 'list') continue;
    for (const item of block.items) {
      const first = item.children[0];
      if (first === undefined || !isQuestionId(first.id)) continue;
      out.push({ id: first.id, text: sentencesText(item.children) });
    }
  }
  return out;
}
