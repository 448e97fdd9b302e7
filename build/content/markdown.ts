// A small, closed Markdown reader for cards. It knows only what content/README.md allows (## card headings,
// paragraphs, flat lists, **bold**, *italic*, [page links](id#card), [[glossary]], {{slot}} and a picture as a
// paragraph of its own); everything else is reported with its exact line and column instead of being passed
// through.
import {
  READER_FORMS,
  SLOT_NAMES,
  type ReaderForm,
  type SlotName,
} from '../../electron/shared/content-types.ts';
import type { IssueSink } from './types.ts';
import { PAGE_ID_PATTERN as ID_PATTERN } from '../../electron/shared/page-id.ts';

export type Pos = { line: number; column: number };

export type Inline =
  | { t: 'text'; v: string; pos: Pos }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'link'; page: string; card: string | null; text: string; pos: Pos }
  | { t: 'term'; id: string; text: string; pos: Pos; forced: boolean }
  | { t: 'slot'; name: SlotName }
  | { t: 'signs'; ids: string[]; pos: Pos }
  | { t: 'image'; alt: string; target: string; pos: Pos; altPos: Pos; targetPos: Pos }
  /** `{you are|your child is}`: one inline list per reader form, in READER_FORMS order. */
  | { t: 'variant'; forms: Record<ReaderForm, Inline[]>; pos: Pos }
  | { t: 'br' };

/** `![alt](id)` alone in a paragraph: a picture block (checked against content/pictures/ by the compiler). */
export type PictureBlock = {
  t: 'picture';
  picture: string;
  alt: string;
  pos: Pos;
  altPos: Pos;
  targetPos: Pos;
};

export type Block =
  { t: 'p'; c: Inline[]; pos: Pos } | { t: 'ul' | 'ol'; items: { c: Inline[]; pos: Pos }[] } | PictureBlock;

export type RawCard = {
  id: string;
  /** The heading in the default (`you`) form. */
  heading: string;
  headingForms: Record<ReaderForm, string>;
  /** How many variants the heading has. */
  headingVariants: number;
  pos: Pos;
  blocks: Block[];
  explicitId: boolean;
};

/** How a reader variant is written, for messages: `{you are|your child is}`. */
export const VARIANT_EXAMPLE = '{you are|your child is}';
const FORM_WORDS = 'the words for "Me" first, then the words for "My child"';

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const LIST_ITEM = /^( *)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const FENCE = /^ {0,3}(```|~~~)/;
const RULE_LINE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;

type Line = { text: string; line: number };

/** Split a page body into cards and parse each card's blocks. */
export function parseCards(file: string, body: string, bodyLine: number, sink: IssueSink): RawCard[] {
  const lines: Line[] = body.split('\n').map((text, i) => ({ text, line: bodyLine + i }));
  const cards: RawCard[] = [];
  let current: { card: RawCard; lines: Line[] } | null = null;
  let reportedPreamble = false;
  const seen = new Map<string, number>();
  let inFence = false;

  const finish = (): void => {
    if (!current) return;
    current.card.blocks = parseBlocks(file, current.lines, sink);
    if (current.card.blocks.length === 0) {
      sink.error(
        file,
        current.card.pos.line,
        current.card.pos.column,
        'empty-card',
        `The card "${current.card.heading}" has no text.`,
        "Write the card's text under its heading, or delete the heading.",
      );
    }
    cards.push(current.card);
  };

  for (const ln of lines) {
    if (FENCE.test(ln.text)) inFence = !inFence;
    const h = inFence ? null : HEADING.exec(ln.text);
    if (h && h[1] === '##') {
      finish();
      let text = (h[2] ?? '').trim();
      let id = '';
      let explicitId = false;
      const column = ln.text.indexOf('#') + 1;
      const idMatch = /\{#([^}]*)\}$/.exec(text);
      if (idMatch) {
        explicitId = true;
        id = (idMatch[1] ?? '').trim();
        text = text.slice(0, idMatch.index).trim();
        if (!ID_PATTERN.test(id)) {
          sink.error(
            file,
            ln.line,
            ln.text.indexOf('{#') + 1,
            'bad-card-id',
            `The card id "${id}" is not allowed.`,
            'Card ids use small letters, digits and dashes, e.g. `{#what-can-help}`.',
          );
        }
      }
      if (!id) id = `card-${cards.length + 1}`;
      const heading = headingForms(file, text, { line: ln.line, column: ln.text.indexOf(text) + 1 }, sink);
      text = heading.forms.you;
      if (text === '') {
        sink.error(
          file,
          ln.line,
          column,
          'empty-heading',
          'The card heading has no words.',
          'Write the heading after `## `.',
        );
      } else if (READER_FORMS.some((f) => /\*\*|__|\[|\]|<|`|\{|\}/.test(heading.forms[f]))) {
        sink.error(
          file,
          ln.line,
          column,
          'markup-in-heading',
          'Headings are plain words: no bold, links, HTML, slots, a second {#id} or a variant inside a variant.',
          `Remove the markup from the heading; put links and site values in the card text. A heading may change with the reader: ${VARIANT_EXAMPLE}.`,
        );
      }
      const firstLine = seen.get(id);
      if (firstLine !== undefined) {
        sink.error(
          file,
          ln.line,
          column,
          'duplicate-card-id',
          `The card id "${id}" is already used on line ${firstLine}.`,
          'Give each card on a page its own id.',
        );
      } else seen.set(id, ln.line);
      current = {
        card: {
          id,
          heading: text,
          headingForms: heading.forms,
          headingVariants: heading.variants,
          pos: { line: ln.line, column },
          blocks: [],
          explicitId,
        },
        lines: [],
      };
      continue;
    }
    if (!current) {
      if (ln.text.trim() !== '' && !reportedPreamble) {
        reportedPreamble = true;
        sink.error(
          file,
          ln.line,
          1,
          'text-before-first-card',
          'There is text before the first card heading.',
          'Start the page with a card heading such as `## What it is {#what}`, or move this text into a card.',
        );
      }
      // A heading of another level before the first card is reported by parseBlocks too.
      if (h && !reportedPreamble) reportedPreamble = true;
      continue;
    }
    current.lines.push(ln);
  }
  finish();
  return cards;
}

/** Where a variant's `|` separators and closing `}` are, from the `{` at `open`; null when never closed. */
function variantBounds(s: string, open: number): { bars: number[]; close: number } | null {
  const bars: number[] = [];
  for (let j = open + 1; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') j++;
    else if (c === '{' && s[j + 1] === '{') {
      const end = s.indexOf('}}', j + 2);
      if (end === -1) return null;
      j = end + 1;
    } else if (c === '[' && s[j + 1] === '[') {
      const end = s.indexOf(']]', j + 2);
      if (end === -1) return null;
      j = end + 1;
    } else if (c === '|') bars.push(j);
    else if (c === '}') return { bars, close: j };
    else if (c === '{') return null;
  }
  return null;
}

function formCountError(file: string, pos: Pos, count: number, sink: IssueSink): void {
  sink.error(
    file,
    pos.line,
    pos.column,
    'variant-forms',
    `A reader variant needs ${READER_FORMS.length} forms split by "|", ${FORM_WORDS}; this one has ${count}.`,
    `Write both forms, e.g. ${VARIANT_EXAMPLE}. Every form must be there, so "My child" never shows a gap.`,
  );
}

function emptyFormError(file: string, pos: Pos, form: ReaderForm, sink: IssueSink): void {
  sink.error(
    file,
    pos.line,
    pos.column,
    'variant-empty-form',
    `The "${form === 'you' ? 'Me' : 'My child'}" form of this reader variant has no words.`,
    `Put the words that differ in both forms, e.g. "{you|your child} will need" rather than "{|your child} will need".`,
  );
}

/** A heading's words per reader form; `{you|your child}` variants in a heading are plain words only. */
function headingForms(
  file: string,
  text: string,
  pos: Pos,
  sink: IssueSink,
): { forms: Record<ReaderForm, string>; variants: number } {
  const forms: Record<ReaderForm, string> = { you: '', child: '' };
  let variants = 0;
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    const bounds =
      open === -1 || text[open + 1] === '{' || text[open + 1] === '#' ? null : variantBounds(text, open);
    if (open === -1 || !bounds) {
      for (const f of READER_FORMS) forms[f] += text.slice(i);
      break;
    }
    for (const f of READER_FORMS) forms[f] += text.slice(i, open);
    const at = { line: pos.line, column: pos.column + open };
    const cuts = [open, ...bounds.bars];
    const parts = cuts.map((b, k) => text.slice(b + 1, cuts[k + 1] ?? bounds.close));
    if (parts.length !== READER_FORMS.length) formCountError(file, at, parts.length, sink);
    READER_FORMS.forEach((f, k) => {
      const words = (parts[k] ?? '').trim();
      if (words === '' && parts.length === READER_FORMS.length) emptyFormError(file, at, f, sink);
      forms[f] += parts[k] ?? parts[0] ?? '';
    });
    variants++;
    i = bounds.close + 1;
  }
  for (const f of READER_FORMS) forms[f] = forms[f].replace(/\s+/g, ' ').trim();
  return { forms, variants };
}

function parseBlocks(file: string, lines: Line[], sink: IssueSink): Block[] {
  const blocks: Block[] = [];
  // A paragraph or list item being filled: its text lines with the column each starts at.
  type Run = { parts: { text: string; line: number; column: number }[] };
  type ListRun = { t: 'ul' | 'ol'; items: Run[] };
  // Held in one object so the flush helpers' assignments are visible to TypeScript's flow analysis.
  const st: { para: Run | null; list: ListRun | null } = { para: null, list: null };
  let afterBlank = true;

  const flushPara = (): void => {
    const para = st.para;
    if (para && para.parts.length > 0) {
      const first = para.parts[0];
      const c = parseInline(file, para, sink);
      const only = c.length === 1 ? c[0] : undefined;
      if (only?.t === 'image') {
        const { alt, target, pos, altPos, targetPos } = only;
        blocks.push({ t: 'picture', picture: target, alt, pos, altPos, targetPos });
      } else {
        blocks.push({
          t: 'p',
          c: rejectInlineImages(file, c, sink),
          pos: { line: first?.line ?? 1, column: first?.column ?? 1 },
        });
      }
    }
    st.para = null;
  };
  const flushList = (): void => {
    const list = st.list;
    if (list) {
      blocks.push({
        t: list.t,
        items: list.items.map((run) => ({
          c: rejectInlineImages(file, parseInline(file, run, sink), sink),
          pos: { line: run.parts[0]?.line ?? 1, column: run.parts[0]?.column ?? 1 },
        })),
      });
    }
    st.list = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i];
    const text = ln.text;
    if (text.trim() === '') {
      flushPara();
      afterBlank = true;
      continue;
    }
    if (FENCE.test(text)) {
      flushPara();
      flushList();
      const fence = (FENCE.exec(text) as RegExpExecArray)[1];
      sink.error(
        file,
        ln.line,
        text.indexOf(fence) + 1,
        'code-block',
        'Code blocks are not allowed in cards.',
        'Write the words as a normal sentence, without the ``` lines.',
      );
      while (i + 1 < lines.length && !lines[i + 1].text.trimStart().startsWith(fence)) i++;
      i++;
      afterBlank = true;
      continue;
    }
    const h = HEADING.exec(text);
    if (h) {
      sink.error(
        file,
        ln.line,
        text.indexOf('#') + 1,
        'heading-level',
        `A "${h[1]}" heading is not allowed; only "## " starts a card.`,
        'Use `## Heading {#id}` to start a new card, or remove the # signs to make it a sentence.',
      );
      flushPara();
      flushList();
      afterBlank = true;
      continue;
    }
    if (st.para && SETEXT.test(text)) {
      sink.error(
        file,
        ln.line,
        1,
        'heading-level',
        'A line of === or --- under text makes a heading, which is not allowed inside a card.',
        'Delete this line; start a new card with `## Heading {#id}` if you need one.',
      );
      continue;
    }
    if (RULE_LINE.test(text)) {
      flushPara();
      flushList();
      sink.error(
        file,
        ln.line,
        1,
        'horizontal-rule',
        'Lines of dashes or stars are not allowed in cards.',
        'Delete this line; each card is already its own screen.',
      );
      afterBlank = true;
      continue;
    }
    const trimmed = text.trimStart();
    const indent = text.length - trimmed.length;
    if (trimmed.startsWith('>')) {
      sink.error(
        file,
        ln.line,
        indent + 1,
        'blockquote',
        'Quotes (lines starting with ">") are not allowed.',
        'Remove the ">" and write the text as a normal sentence.',
      );
      continue;
    }
    if (
      trimmed.startsWith('|') ||
      (text.includes('|') && /^ *\|? *:?-{3,}:? *\|/.test(lines[i + 1]?.text ?? ''))
    ) {
      sink.error(
        file,
        ln.line,
        indent + 1,
        'table',
        'Tables are not allowed in cards.',
        'Write the information as a short list (lines starting with "- ").',
      );
      continue;
    }
    const li = LIST_ITEM.exec(text);
    if (li) {
      const ordered = /\d/.test(li[2] ?? '');
      const itemIndent = (li[1] ?? '').length;
      const content = li[3] ?? '';
      const column =
        itemIndent +
        (li[2] ?? '').length +
        (text.length - itemIndent - (li[2] ?? '').length - content.length) +
        1;
      if (itemIndent >= 2 && st.list) {
        sink.error(
          file,
          ln.line,
          itemIndent + 1,
          'nested-list',
          'Lists inside lists are not allowed.',
          'Make this a separate item of the main list (no indentation), or a new card.',
        );
      }
      if (content.trim() === '') {
        sink.error(
          file,
          ln.line,
          itemIndent + 1,
          'empty-list-item',
          'This list item is empty.',
          "Write the item's text after the marker, or delete the line.",
        );
        continue;
      }
      flushPara();
      const t = ordered ? 'ol' : 'ul';
      if (st.list && st.list.t !== t) flushList();
      st.list ??= { t, items: [] };
      st.list.items.push({ parts: [{ text: content, line: ln.line, column }] });
      afterBlank = false;
      continue;
    }
    if (st.list && (!afterBlank || indent >= 2)) {
      // Continuation of the last item: lazy lines, or indented lines after a blank line.
      const items = st.list.items;
      items[items.length - 1]?.parts.push({ text: trimmed, line: ln.line, column: indent + 1 });
      afterBlank = false;
      continue;
    }
    if (!st.para && indent >= 4) {
      flushList();
      sink.error(
        file,
        ln.line,
        1,
        'code-block',
        'A line indented by 4 or more spaces becomes code, which is not allowed.',
        'Remove the spaces at the start of the line.',
      );
      afterBlank = false;
      continue;
    }
    flushList();
    if (!st.para) st.para = { parts: [] };
    st.para.parts.push({ text: trimmed, line: ln.line, column: indent + 1 });
    afterBlank = false;
  }
  flushPara();
  flushList();
  return blocks;
}

const PUNCT = /[!-/:-@[-`{-~]/;
const ALNUM = /[\p{L}\p{N}]/u;

/** Parse one paragraph or list item's text (possibly several lines) into inline nodes. */
export function parseInline(
  file: string,
  run: { parts: { text: string; line: number; column: number }[] },
  sink: IssueSink,
  inVariant = false,
): Inline[] {
  // Join lines with '\n' and remember where each starts, for exact positions.
  let s = '';
  const starts: { offset: number; line: number; column: number }[] = [];
  run.parts.forEach((p, k) => {
    if (k > 0) s += '\n';
    starts.push({ offset: s.length, line: p.line, column: p.column });
    s += p.text;
  });
  const posAt = (off: number): Pos => {
    let seg = starts[0] ?? { offset: 0, line: 1, column: 1 };
    for (const st of starts) if (st.offset <= off) seg = st;
    return { line: seg.line, column: seg.column + (off - seg.offset) };
  };
  const err = (off: number, rule: string, message: string, hint: string): void => {
    const p = posAt(off);
    sink.error(file, p.line, p.column, rule, message, hint);
  };

  type Frame = { kind: 'root' | 'strong' | 'em'; marker: string; c: Inline[]; off: number };
  const stack: Frame[] = [{ kind: 'root', marker: '', c: [], off: 0 }];
  const top = (): Frame => stack[stack.length - 1];
  let buf = '';
  let bufStart = 0;
  const flush = (): void => {
    if (buf) top().c.push({ t: 'text', v: buf, pos: posAt(bufStart) });
    buf = '';
  };
  const addText = (text: string, off: number): void => {
    if (!buf) bufStart = off;
    buf += text;
  };

  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    const prev = i > 0 ? s[i - 1] : ' ';
    if (ch === '\\') {
      const next = s[i + 1];
      if (next === '\n') {
        flush();
        top().c.push({ t: 'br' });
        i += 2;
        continue;
      }
      if (next !== undefined && PUNCT.test(next)) {
        addText(next, i);
        i += 2;
        continue;
      }
      addText(ch, i);
      i++;
      continue;
    }
    if (ch === '\n') {
      // Two trailing spaces before a line break make a hard break, as in Markdown.
      if (buf.endsWith('  ')) {
        buf = buf.trimEnd();
        flush();
        top().c.push({ t: 'br' });
      } else {
        buf = buf.trimEnd();
        addText(' ', i);
      }
      i++;
      continue;
    }
    if (ch === '`') {
      err(
        i,
        'inline-code',
        'Code (text between ` marks) is not allowed.',
        'Remove the ` marks; write the words plainly.',
      );
      i++;
      continue;
    }
    if (ch === '<' && /[A-Za-z/!?]/.test(s[i + 1] ?? '')) {
      err(
        i,
        'raw-html',
        'HTML is not allowed in content.',
        'Remove the <…> tag. Use **bold** for emphasis; the kiosk does all the layout.',
      );
      const close = s.indexOf('>', i);
      i = close === -1 ? i + 1 : close + 1;
      continue;
    }
    if (ch === '&' && /^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(s.slice(i, i + 12))) {
      err(
        i,
        'html-entity',
        'HTML character codes such as &nbsp; are not allowed.',
        'Type the character itself (for example an ordinary space).',
      );
      i = s.indexOf(';', i) + 1;
      continue;
    }
    if (ch === '!' && s[i + 1] === '[') {
      const mid = s.indexOf('](', i + 2);
      const close = mid === -1 ? -1 : s.indexOf(')', mid + 2);
      if (mid === -1 || close === -1) {
        err(
          i,
          'image',
          'This looks like a picture, but it is not written as ![words](picture-id).',
          'Write a picture on a line of its own as ![what the picture shows](picture-id), or remove the "!".',
        );
        i += 2;
        continue;
      }
      flush();
      const rawAlt = s.slice(i + 2, mid);
      const lead = rawAlt.length - rawAlt.trimStart().length;
      top().c.push({
        t: 'image',
        alt: rawAlt.replace(/\s+/g, ' ').trim(),
        target: s.slice(mid + 2, close).trim(),
        pos: posAt(i),
        altPos: posAt(i + 2 + (rawAlt.trim() === '' ? 0 : lead)),
        targetPos: posAt(
          mid + 2 + (s.slice(mid + 2, close).length - s.slice(mid + 2, close).trimStart().length),
        ),
      });
      i = close + 1;
      continue;
    }
    if (
      (ch === 'h' || ch === 'w') &&
      !ALNUM.test(prev) &&
      /^(https?:\/\/|www\.)\S/i.test(s.slice(i, i + 12))
    ) {
      err(
        i,
        'external-link',
        'Web addresses are not allowed in cards.',
        "Put the address in the page's `sources`, where it becomes a QR code.",
      );
      const m = /^\S+/.exec(s.slice(i)) as RegExpExecArray;
      addText(m[0], i);
      i += m[0].length;
      continue;
    }
    if (ch === '{' && s[i + 1] === '{') {
      const close = s.indexOf('}}', i + 2);
      if (close !== -1 && !s.slice(i + 2, close).includes('\n')) {
        const name = s.slice(i + 2, close).trim();
        const signs = /^signs\s*:(.*)$/.exec(name);
        if (signs) {
          // `{{signs: fever, chills}}`: warning signs from the locale's warning-signs.yaml, expanded by the compiler.
          flush();
          const ids = (signs[1] ?? '')
            .split(',')
            .map((x) => x.trim())
            .filter((x) => x !== '');
          top().c.push({ t: 'signs', ids, pos: posAt(i) });
        } else if ((SLOT_NAMES as readonly string[]).includes(name)) {
          flush();
          top().c.push({ t: 'slot', name: name as SlotName });
        } else {
          err(
            i,
            'unknown-slot',
            `Unknown site value {{${name}}}.`,
            `Use one of: ${SLOT_NAMES.map((n) => `{{${n}}}`).join(', ')}, or {{signs: sign-id, …}} for warning signs.`,
          );
        }
        i = close + 2;
        continue;
      }
    }
    if (ch === '{' && s[i + 1] !== '{') {
      const bounds = variantBounds(s, i);
      if (inVariant || !bounds) {
        err(
          i,
          inVariant ? 'variant-nested' : 'variant-unclosed',
          inVariant
            ? 'A reader variant cannot hold another variant.'
            : '"{" opens a reader variant that is never closed with "}" (or holds another "{").',
          inVariant
            ? `Write one variant with both whole forms, e.g. ${VARIANT_EXAMPLE}.`
            : `Write ${VARIANT_EXAMPLE}: ${FORM_WORDS}, split by "|". For a brace as a character, write \\{.`,
        );
        i++;
        continue;
      }
      flush();
      const cuts = [i, ...bounds.bars];
      const parts = cuts.map((from, k) => ({ from: from + 1, to: cuts[k + 1] ?? bounds.close }));
      if (parts.length !== READER_FORMS.length) formCountError(file, posAt(i), parts.length, sink);
      const forms = {} as Record<ReaderForm, Inline[]>;
      READER_FORMS.forEach((form, k) => {
        const part = parts[k] ?? parts[0] ?? { from: i + 1, to: i + 1 };
        // The form's own run, line by line, so its nodes carry their real positions.
        const sub: { text: string; line: number; column: number }[] = [];
        let from = part.from;
        for (const piece of s.slice(part.from, part.to).split('\n')) {
          const p = posAt(from);
          sub.push({ text: piece, line: p.line, column: p.column });
          from += piece.length + 1;
        }
        forms[form] = parseInline(file, { parts: sub }, sink, true);
        if (forms[form].length === 0 && parts.length === READER_FORMS.length)
          emptyFormError(file, posAt(i), form, sink);
      });
      top().c.push({ t: 'variant', forms, pos: posAt(i) });
      i = bounds.close + 1;
      continue;
    }
    if (ch === '}' && !inVariant) {
      err(
        i,
        'variant-unclosed',
        '"}" closes a reader variant that was never opened.',
        `Write ${VARIANT_EXAMPLE}, or \\} for a brace as a character.`,
      );
      i++;
      continue;
    }
    if (ch === '[' && s[i + 1] === '[') {
      const close = s.indexOf(']]', i + 2);
      if (close !== -1) {
        const inner = s.slice(i + 2, close);
        const bar = inner.lastIndexOf('|');
        const id = (bar === -1 ? inner : inner.slice(bar + 1)).trim();
        const shown = (bar === -1 ? inner : inner.slice(0, bar)).replace(/\s+/g, ' ').trim();
        if (!ID_PATTERN.test(id) || shown === '') {
          err(
            i,
            'bad-term-link',
            `"[[${inner}]]" is not a glossary link.`,
            'Write [[glossary-id]] or [[words to show|glossary-id]].',
          );
        } else {
          flush();
          top().c.push({
            t: 'term',
            id,
            text: bar === -1 ? findTermPlaceholder(id) : shown,
            pos: posAt(i),
            forced: true,
          });
        }
        i = close + 2;
        continue;
      }
    }
    if (ch === '[') {
      const mid = s.indexOf('](', i + 1);
      const nextOpen = s.indexOf('[', i + 1);
      const close = mid === -1 ? -1 : s.indexOf(')', mid + 2);
      if (mid !== -1 && close !== -1 && (nextOpen === -1 || nextOpen > mid)) {
        const text = s
          .slice(i + 1, mid)
          .replace(/\s+/g, ' ')
          .trim();
        const target = s.slice(mid + 2, close).trim();
        const targetOff = mid + 2;
        if (/^([a-z][a-z0-9+.-]*:|\/\/|www\.)/i.test(target)) {
          err(
            targetOff,
            'external-link',
            `Links to websites are not allowed in cards (${target}).`,
            "Put the address in the page's `sources`, where it becomes a QR code; link only to other pages here.",
          );
        } else {
          const m = /^([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(target);
          if (!m) {
            err(
              targetOff,
              'bad-link',
              `"${target}" is not a page id.`,
              'Link to a page by its id, e.g. [mouth sores](mouth-sores) or [what can help](mouth-sores#help).',
            );
          } else if (text === '' || /[*_[\]<`]/.test(text)) {
            err(
              i + 1,
              'bad-link-text',
              'A link needs plain words to show.',
              'Write [words to show](page-id), without bold or other marks inside the brackets.',
            );
          } else {
            flush();
            top().c.push({ t: 'link', page: m[1], card: m[2] ?? null, text, pos: posAt(i) });
          }
        }
        i = close + 1;
        continue;
      }
    }
    if (ch === '*' || ch === '_') {
      const double = s[i + 1] === ch;
      const marker = double ? ch + ch : ch;
      const kind: 'strong' | 'em' = double ? 'strong' : 'em';
      const after = s[i + marker.length] ?? ' ';
      const before = prev;
      const canOpen = !/\s/.test(after) && (ch === '*' || !ALNUM.test(before));
      const canClose = !/\s/.test(before) && (ch === '*' || !ALNUM.test(after));
      const t = top();
      if (t.kind === kind && t.marker === marker && canClose) {
        flush();
        stack.pop();
        top().c.push(kind === 'strong' ? { t: 'strong', c: t.c } : { t: 'em', c: t.c });
        i += marker.length;
        continue;
      }
      if (canOpen && !stack.some((f) => f.kind === kind)) {
        flush();
        stack.push({ kind, marker, c: [], off: i });
        i += marker.length;
        continue;
      }
      addText(marker, i);
      i += marker.length;
      continue;
    }
    addText(ch, i);
    i++;
  }
  flush();
  // Unclosed ** or *: report, then keep the words as plain text so checking can go on.
  while (stack.length > 1) {
    const f = stack.pop() as Frame;
    err(
      f.off,
      f.kind === 'strong' ? 'unclosed-bold' : 'unclosed-italic',
      `"${f.marker}" opens ${f.kind === 'strong' ? 'bold' : 'italic'} text that is never closed.`,
      `Add the closing "${f.marker}" after the last word, or remove this one.`,
    );
    top().c.push({ t: 'text', v: f.marker, pos: posAt(f.off) }, ...f.c);
  }
  return trimEdges(stack[0].c);
}

/** A picture inside running text or a list: reported and left out (a picture is a paragraph of its own). */
export function rejectInlineImages(file: string, nodes: Inline[], sink: IssueSink): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    if (n.t === 'image') {
      sink.error(
        file,
        n.pos.line,
        n.pos.column,
        'image',
        'A picture must be a paragraph of its own, not inside a sentence or a list.',
        'Put ![what the picture shows](picture-id) on its own line, with an empty line before and after it.',
      );
    } else if (n.t === 'strong' || n.t === 'em') out.push({ ...n, c: rejectInlineImages(file, n.c, sink) });
    else out.push(n);
  }
  return out;
}

/** `[[id]]` shows the glossary's own term; the glossary pass fills it in (marked by this prefix). */
export const TERM_PLACEHOLDER = '\u0000term:';
function findTermPlaceholder(id: string): string {
  return TERM_PLACEHOLDER + id;
}

function trimEdges(nodes: Inline[]): Inline[] {
  const first = nodes[0];
  if (first?.t === 'text') first.v = first.v.trimStart();
  const last = nodes[nodes.length - 1];
  if (last?.t === 'text') last.v = last.v.trimEnd();
  return nodes.filter((n) => n.t !== 'text' || n.v !== '');
}
