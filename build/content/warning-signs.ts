// warning-signs.yaml: the one urgency ladder of a locale. Each warning sign has one tier; pages show signs with
// `{{signs: id, …}}` (expanded here, with the tier's phone line), and a page that names a sign in its own words
// under another tier's wording fails the build, so one sign can never get two urgencies.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { READER_FORMS, type ReaderForm } from '../../electron/shared/content-types.ts';
import { parseYaml } from './front-matter.ts';
import { inlineText } from './card-tree.ts';
import { parseInline, rejectInlineImages, type Block, type Inline, type RawCard } from './markdown.ts';
import { PAGE_ID_PATTERN as ID_PATTERN } from '../../electron/shared/page-id.ts';
import { MapReader, rootAs } from './yaml-reader.ts';
import type { IssueSink } from './types.ts';

/** Most urgent first. */
const TIER_IDS = ['call-911', 'right-away', 'office-hours'] as const;
type TierId = (typeof TIER_IDS)[number];

type Tier = {
  id: TierId;
  heading: string;
  /** The tier's phone line (may hold {{care_team_phone}} / {{after_hours_phone}}), shown under the heading. */
  phone: Inline[];
  /** Words that give a sentence this tier's urgency in a page's own prose, lower case. */
  cues: string[];
  line: number;
};

type Sign = { id: string; tier: TierId; says: Inline[]; words: string[]; line: number };

export type Ladder = { file: string; tiers: Tier[]; signs: Sign[]; byId: Map<string, Sign> };

const ROOT_KEYS = ['tiers', 'signs'] as const;
const TIER_KEYS = ['id', 'heading', 'phone', 'cues'] as const;
const SIGN_KEYS = ['id', 'tier', 'says', 'words'] as const;

function textList(r: MapReader, key: string, hint: string): string[] {
  const entry = r.entries.get(key);
  if (!entry) {
    r.missing(key, hint);
    return [];
  }
  if (!isSeq(entry.value) || entry.value.items.length === 0) {
    r.wrong(entry, 'a list of at least one phrase', hint);
    return [];
  }
  const out: string[] = [];
  for (const item of entry.value.items) {
    const v = isScalar(item) ? item.value : undefined;
    if (typeof v === 'string' && v.trim() !== '') out.push(normalize(v));
    else {
      const at = r.at(item as Node);
      r.sink.error(r.file, at.line, at.column, 'schema-type', `Each entry of \`${key}\` must be text.`, hint);
    }
  }
  return out;
}

function inline(r: MapReader, key: string, hint: string): Inline[] | null {
  const v = r.string(key, hint);
  if (v === null) return null;
  const at = r.at(r.entries.get(key)?.value);
  const nodes = parseInline(r.file, { parts: [{ text: v, line: at.line, column: at.column }] }, r.sink);
  return rejectInlineImages(r.file, nodes, r.sink);
}

/** The ladder, or null when the file could not be read at all (errors recorded). */
export function parseLadder(file: string, text: string, sink: IssueSink): Ladder | null {
  const src = parseYaml(file, text, 1, sink, 'warning-signs file');
  if (!src) return null;
  const root = rootAs(file, src, sink, isMap, {
    rule: 'ladder-shape',
    message: 'The warning-signs file must have `tiers:` and `signs:`.',
    hint: 'See content/README.md, "When to call: the urgency ladder".',
  });
  if (!root) return null;
  const top = new MapReader(file, src, sink, root, 'the warning-signs file', ROOT_KEYS);
  const tiers: Tier[] = [];
  const tierEntry = top.entries.get('tiers');
  if (!tierEntry || !isSeq(tierEntry.value)) {
    if (tierEntry)
      top.wrong(
        tierEntry,
        'a list of the three tiers',
        'List the tiers call-911, right-away and office-hours, in that order.',
      );
    else top.missing('tiers', 'List the tiers call-911, right-away and office-hours, in that order.');
    return null;
  }
  for (const item of tierEntry.value.items) {
    const node = item as Node;
    const at = src.at(node);
    if (!isMap(node)) {
      sink.error(
        file,
        at.line,
        at.column,
        'schema-type',
        'Each tier needs id, heading, phone and cues.',
        'Write `- id: …` then `heading:`, `phone:` and `cues:` under it.',
      );
      continue;
    }
    const r = new MapReader(file, src, sink, node, 'this tier', TIER_KEYS);
    const id = r.enumValue('id', TIER_IDS, `Add \`id:\`, one of ${TIER_IDS.join(', ')}.`);
    const heading = r.string('heading', 'Add `heading:`, the words a visitor sees, e.g. "Call 911".');
    const phone = inline(
      r,
      'phone',
      'Add `phone:`, the line with the number to call, e.g. "Call {{care_team_phone}}".',
    );
    const cues = textList(
      r,
      'cues',
      'Add `cues:`, words that give a sentence this urgency, e.g. [right away, day or night].',
    );
    if (id && heading && phone) tiers.push({ id, heading, phone, cues, line: at.line });
  }
  const order = tiers.map((t) => t.id).join(', ');
  if (order !== TIER_IDS.join(', ')) {
    const at = src.at(tierEntry.value);
    sink.error(
      file,
      at.line,
      at.column,
      'ladder-tiers',
      `The tiers must be exactly ${TIER_IDS.join(', ')}, in that order; this file has ${order || 'none'}.`,
      'Keep the three tiers, most urgent first; change their words, not their ids.',
    );
    return null;
  }

  const signs: Sign[] = [];
  const byId = new Map<string, Sign>();
  const wordOwner = new Map<string, string>();
  const signEntry = top.entries.get('signs');
  if (!signEntry || !isSeq(signEntry.value)) {
    if (signEntry)
      top.wrong(
        signEntry,
        'a list of warning signs',
        'Write each sign as `- id: …` with `tier:`, `says:` and `words:`.',
      );
    else top.missing('signs', 'Write each sign as `- id: …` with `tier:`, `says:` and `words:`.');
    return { file, tiers, signs, byId };
  }
  for (const item of signEntry.value.items) {
    const node = item as Node;
    const at = src.at(node);
    if (!isMap(node)) {
      sink.error(
        file,
        at.line,
        at.column,
        'schema-type',
        'Each sign needs id, tier, says and words.',
        'Write `- id: …` then `tier:`, `says:` and `words:` under it.',
      );
      continue;
    }
    const r = new MapReader(file, src, sink, node, 'this sign', SIGN_KEYS);
    const id = r.string('id', 'Add `id:`, the same in every language (small letters, digits, dashes).');
    const tier = r.enumValue('tier', TIER_IDS, `Add \`tier:\`, one of ${TIER_IDS.join(', ')}.`);
    const says = inline(r, 'says', 'Add `says:`, the sign in plain words as a visitor reads it.');
    const words = textList(
      r,
      'words',
      'Add `words:`, the phrases that name this sign in a page, e.g. [fever, temperature].',
    );
    if (id !== null && (!ID_PATTERN.test(id) || (TIER_IDS as readonly string[]).includes(id))) {
      const p = r.at(r.entries.get('id')?.value);
      sink.error(
        file,
        p.line,
        p.column,
        'bad-sign-id',
        `The sign id "${id}" is not allowed.`,
        'Use small letters, digits and dashes, and not a tier name (call-911, right-away, office-hours).',
      );
      continue;
    }
    if (id === null || tier === null || says === null) continue;
    const dup = byId.get(id);
    if (dup) {
      sink.error(
        file,
        at.line,
        at.column,
        'duplicate-sign-id',
        `The sign id "${id}" is already used on line ${dup.line}.`,
        'Give each sign its own id; one sign has one tier.',
      );
      continue;
    }
    for (const w of words) {
      const other = wordOwner.get(w);
      if (other && other !== id) {
        sink.error(
          file,
          at.line,
          at.column,
          'duplicate-sign-word',
          `"${w}" already names the sign "${other}".`,
          'Each phrase may name one sign only; remove it from one of them.',
        );
      } else wordOwner.set(w, id);
    }
    const sign: Sign = { id, tier, says, words, line: at.line };
    signs.push(sign);
    byId.set(id, sign);
  }
  return { file, tiers, signs, byId };
}

/** Same sign ids with the same tiers in every language: one urgency per sign, whatever the visitor reads. */
export function checkLadderParity(en: Ladder, other: Ladder, sink: IssueSink): void {
  for (const s of other.signs) {
    const e = en.byId.get(s.id);
    if (!e) {
      sink.error(
        other.file,
        s.line,
        1,
        'ladder-parity',
        `The sign "${s.id}" is not in ${en.file}.`,
        `Add it to ${en.file} with the same tier, or remove it here.`,
      );
    } else if (e.tier !== s.tier) {
      sink.error(
        other.file,
        s.line,
        1,
        'ladder-parity',
        `The sign "${s.id}" is "${s.tier}" here but "${e.tier}" in ${en.file}.`,
        'A sign has one urgency in every language: use the same `tier:` in both files.',
      );
    }
  }
  for (const e of en.signs) {
    if (!other.byId.has(e.id)) {
      sink.error(
        other.file,
        1,
        1,
        'ladder-parity',
        `The sign "${e.id}" (${en.file} line ${e.line}) is missing here.`,
        `Add \`- id: ${e.id}\` with \`tier: ${e.tier}\` to ${other.file}.`,
      );
    }
  }
}

function normalize(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phraseAt(text: string, phrase: string): number[] {
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(phrase).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return [...text.matchAll(re)].map((m) => m.index);
}

/** The most urgent tier whose cue words are in the text, or null. */
function cueTier(text: string, ladder: Ladder): Tier | null {
  const t = normalize(text);
  return ladder.tiers.find((tier) => tier.cues.some((c) => phraseAt(t, c).length > 0)) ?? null;
}

/** Signs named in the text, longest phrase first, each span counted once. */
function signsNamed(text: string, ladder: Ladder): { sign: Sign; word: string }[] {
  const t = normalize(text);
  const found: { sign: Sign; word: string; at: number; end: number }[] = [];
  const all = ladder.signs
    .flatMap((sign) => sign.words.map((word) => ({ sign, word })))
    .sort((a, b) => b.word.length - a.word.length);
  for (const { sign, word } of all) {
    for (const at of phraseAt(t, word)) {
      const end = at + word.length;
      if (found.some((f) => at < f.end && end > f.at)) continue;
      found.push({ sign, word, at, end });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ sign, word }) => ({ sign, word }));
}

const SENTENCE_END = /(?<=[.!?])\s+/;

/** Where a phrase first appears in the page at or after `fromLine` (1-based), case-insensitive. */
function locate(lines: string[], fromLine: number, phrase: string): { line: number; column: number } {
  const re = new RegExp(escapeRegExp(phrase).replace(/ /g, '\\s+'), 'iu');
  for (let i = Math.max(0, fromLine - 1); i < lines.length; i++) {
    const m = re.exec(lines[i] ?? '');
    if (m) return { line: i + 1, column: m.index + 1 };
  }
  return { line: fromLine, column: 1 };
}

/**
 * The ladder rule. A sentence (or a list item under a "Call … if:" line or heading) that has a tier's cue
 * words and names a sign of another tier is an error. Signs shown with {{signs: …}} are right by construction.
 */
export function checkUrgency(
  file: string,
  lines: string[],
  card: RawCard,
  ladder: Ladder,
  sink: IssueSink,
): void {
  // Each reader form is checked; the same finding in both forms is reported once.
  const seen = new Set<string>();
  for (const form of READER_FORMS) checkUrgencyForm(file, lines, card, ladder, form, seen, sink);
}

function checkUrgencyForm(
  file: string,
  lines: string[],
  card: RawCard,
  ladder: Ladder,
  form: ReaderForm,
  seen: Set<string>,
  sink: IssueSink,
): void {
  const headingTier = cueTier(card.headingForms[form], ladder);
  let introTier: Tier | null = null;
  const judge = (text: string, tier: Tier | null, fromLine: number, context: string): void => {
    if (!tier) return;
    for (const { sign, word } of signsNamed(text, ladder)) {
      if (sign.tier === tier.id) continue;
      const right = ladder.tiers.find((t) => t.id === sign.tier);
      const at = locate(lines, fromLine, word);
      const key = `${at.line}:${at.column}:${sign.id}:${tier.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sink.error(
        file,
        at.line,
        at.column,
        'urgency-ladder',
        `"${word}" names the warning sign "${sign.id}", which is "${right?.heading ?? sign.tier}" in ${ladder.file} (line ${sign.line}), but ${context} puts it under "${tier.heading}".`,
        `Show it with {{signs: ${sign.id}}} so the ladder sets its urgency and number, or reword this to "${right?.heading ?? sign.tier}". To change a sign's urgency, change its \`tier:\` in ${ladder.file} (and in every language).`,
      );
    }
  };
  for (const block of card.blocks) {
    if (block.t === 'picture') continue;
    if (block.t === 'p') {
      const text = inlineText(block.c, form);
      let last: Tier | null = null;
      for (const sentence of text.split(SENTENCE_END)) {
        const tier = cueTier(sentence, ladder);
        judge(sentence, tier, block.pos.line, 'this sentence');
        last = tier;
      }
      introTier = last;
    } else {
      for (const item of block.items) {
        const text = inlineText(item.c, form);
        const own = cueTier(text, ladder);
        const tier = own ?? introTier ?? headingTier;
        judge(
          text,
          tier,
          item.pos.line,
          own ? 'this list item' : introTier ? 'the line before this list' : 'the card heading',
        );
      }
      introTier = null;
    }
  }
}

/** Replaces each paragraph that is only `{{signs: …}}` with the ladder's tiers: heading + phone line, then signs. */
export function expandSigns(file: string, blocks: Block[], ladder: Ladder | null, sink: IssueSink): Block[] {
  const out: Block[] = [];
  const misplaced = (nodes: Inline[]): void => {
    for (const n of nodes) {
      if (n.t === 'signs')
        sink.error(
          file,
          n.pos.line,
          n.pos.column,
          'signs-not-alone',
          '{{signs: …}} must be on a line of its own.',
          'Put {{signs: …}} on its own line, with an empty line before and after it.',
        );
      else if (n.t === 'strong' || n.t === 'em') misplaced(n.c);
      else if (n.t === 'variant') for (const f of READER_FORMS) misplaced(n.forms[f]);
    }
  };
  for (const b of blocks) {
    const only = b.t === 'p' && b.c.length === 1 ? b.c[0] : undefined;
    if (b.t !== 'p' || only?.t !== 'signs') {
      if (b.t === 'p') misplaced(b.c);
      else if (b.t !== 'picture') for (const it of b.items) misplaced(it.c);
      out.push(b);
      continue;
    }
    if (!ladder) {
      sink.error(
        file,
        only.pos.line,
        only.pos.column,
        'signs-without-ladder',
        'This page shows warning signs, but the language has no readable warning-signs.yaml.',
        'Fix or add warning-signs.yaml in this language folder (see content/README.md).',
      );
      continue;
    }
    if (only.ids.length === 0) {
      sink.error(
        file,
        only.pos.line,
        only.pos.column,
        'signs-empty',
        '{{signs: …}} names no sign.',
        `Write sign ids or a tier after "signs:", e.g. {{signs: fever, chills}} or {{signs: call-911}}.`,
      );
      continue;
    }
    const chosen: Sign[] = [];
    for (const id of only.ids) {
      if ((TIER_IDS as readonly string[]).includes(id)) {
        for (const s of ladder.signs) if (s.tier === id && !chosen.includes(s)) chosen.push(s);
        continue;
      }
      const sign = ladder.byId.get(id);
      if (!sign) {
        sink.error(
          file,
          only.pos.line,
          only.pos.column,
          'unknown-sign',
          `"${id}" is not a sign in ${ladder.file}.`,
          `Use a sign id from ${ladder.file} (${ladder.signs.map((s) => s.id).join(', ')}) or a tier (${TIER_IDS.join(', ')}).`,
        );
      } else if (!chosen.includes(sign)) chosen.push(sign);
    }
    for (const tier of ladder.tiers) {
      const here = chosen.filter((s) => s.tier === tier.id);
      if (here.length === 0) continue;
      const pos = only.pos;
      out.push({
        t: 'p',
        pos,
        c: [
          { t: 'strong', c: [{ t: 'text', v: `${tier.heading}:`, pos }] },
          { t: 'text', v: ' ', pos },
          ...structuredClone(tier.phone),
        ],
      });
      out.push({ t: 'ul', items: here.map((s) => ({ c: structuredClone(s.says), pos })) });
    }
  }
  return out;
}
