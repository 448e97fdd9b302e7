// The settings block's schema, checked by hand against YAML nodes so each error points at the exact line.
// Unknown keys are errors (a misspelt `reveiw_due` must not silently drop a review date).
import { LOCALE_PROFILES } from './locale-registry.ts';
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import {
  ICON_NAMES,
  PAGE_KINDS,
  PHASES,
  PHONE_SLOTS,
  type IconName,
  type Locale,
  type PageKind,
  type Phase,
  type PhoneSlot,
  type ClinicalReview,
  type TranslationStatus,
} from '../../electron/shared/content-types.ts';
import type { Located, YamlSource } from './front-matter.ts';
import type { IssueSink } from './types.ts';

export const SHORT_TITLE_MAX = 28;

export type SourceInput = { publisher: string; title: string; url: string; date: string; line: number };

/** A fact newer than the 2014 base text, and the card that holds it (that card gets the visitor's badge). */
export type NewFact = { card: string; note: string; line: number; column: number };

export type PageMeta = {
  title: string;
  shortTitle: string;
  kind: PageKind;
  icon: IconName;
  phases: Phase[];
  sources: SourceInput[];
  factsChecked: string;
  reviewDue: string;
  newFacts: NewFact[];
  translation: TranslationStatus | null;
  clinicalReview: ClinicalReview | null;
  slotDefaults: Record<PhoneSlot, string> | null;
  /** `same_for_every_reader`: cards whose "you" is right for every reader, so they need no reader variant. */
  sameForEveryReader: { card: string; line: number; column: number }[];
  /** Line of the `kind:` setting (for "exactly one call-now page" errors). */
  kindLine: number;
  /** False when `kind` was missing or invalid (then `kind` is a stand-in and parity skips it). */
  kindKnown: boolean;
};

const PAGE_KEYS = [
  'title',
  'short_title',
  'kind',
  'icon',
  'phases',
  'sources',
  'facts_checked',
  'review_due',
  'new_since_2014',
  'translation_status',
  'clinical_review',
  'slot_defaults',
  'same_for_every_reader',
] as const;
const SOURCE_KEYS = ['publisher', 'title', 'url', 'date'] as const;
const TRANSLATION_KEYS = ['status', 'reviewer', 'date'] as const;
const REVIEW_KEYS = ['status', 'changed', 'reviewer', 'date'] as const;
const NEW_FACT_KEYS = ['card', 'note'] as const;

type Entry = { key: string; keyNode: Node; value: Node | null };

/** Context for one YAML map: its entries by key, and helpers that report at node positions. */
export class MapReader {
  readonly entries = new Map<string, Entry>();
  constructor(
    readonly file: string,
    readonly src: YamlSource,
    readonly sink: IssueSink,
    readonly map: YAMLMap,
    readonly where: string,
    allowed: readonly string[],
  ) {
    for (const pair of map.items) {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? keyNode.value : undefined;
      if (typeof key !== 'string') {
        const at = src.at(keyNode);
        sink.error(
          file,
          at.line,
          at.column,
          'schema-bad-key',
          `A key in ${where} is not a name.`,
          'Write keys as plain words: `title: …`.',
        );
        continue;
      }
      if (!allowed.includes(key)) {
        const at = src.at(keyNode);
        const near = allowed.find((k) => editDistance(k, key) <= 2);
        sink.error(
          file,
          at.line,
          at.column,
          'schema-unknown-key',
          `Unknown setting \`${key}\` in ${where}.`,
          near ? `Did you mean \`${near}\`?` : `Allowed here: ${allowed.join(', ')}.`,
        );
        continue;
      }
      this.entries.set(key, { key, keyNode: keyNode as Node, value: (pair.value as Node | null) ?? null });
    }
  }

  at(node: Node | null | undefined): Located {
    return this.src.at(node ?? this.map);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Set to something other than an explicit `null` / `~` / nothing. */
  present(key: string): boolean {
    const v = this.entries.get(key)?.value;
    return v !== undefined && v !== null && !(isScalar(v) && v.value === null);
  }

  missing(key: string, hint: string, rule = 'schema-missing'): void {
    const at = this.at(this.map);
    this.sink.error(this.file, at.line, at.column, rule, `Missing \`${key}\` in ${this.where}.`, hint);
  }

  wrong(entry: Entry, expected: string, hint: string): void {
    const at = this.at(entry.value ?? entry.keyNode);
    this.sink.error(
      this.file,
      at.line,
      at.column,
      'schema-type',
      `\`${entry.key}\` must be ${expected}.`,
      hint,
    );
  }

  /** A required (or optional) non-empty text. */
  string(key: string, hint: string, required = true): string | null {
    const entry = this.entries.get(key);
    if (!entry) {
      if (required) this.missing(key, hint);
      return null;
    }
    const v = isScalar(entry.value) ? entry.value.value : undefined;
    if (typeof v !== 'string' || v.trim() === '') {
      this.wrong(entry, 'text', hint);
      return null;
    }
    return v.trim();
  }

  enumValue<T extends string>(key: string, allowed: readonly T[], hint: string): T | null {
    const entry = this.entries.get(key);
    if (!entry) {
      this.missing(key, hint);
      return null;
    }
    const v = isScalar(entry.value) ? entry.value.value : undefined;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    const at = this.at(entry.value ?? entry.keyNode);
    this.sink.error(
      this.file,
      at.line,
      at.column,
      'schema-enum',
      `\`${key}\` is ${JSON.stringify(v ?? null)}, which is not one of the allowed values.`,
      `Use one of: ${allowed.join(', ')}.`,
    );
    return null;
  }

  /** A required date `YYYY-MM-DD` (or `YYYY-MM` when allowMonth). */
  date(
    key: string,
    hint: string,
    allowMonth = false,
    rule = 'schema-date',
  ): { value: string; at: Located } | null {
    const entry = this.entries.get(key);
    if (!entry) {
      this.missing(key, hint, rule === 'schema-date' ? 'schema-missing' : rule);
      return null;
    }
    const v = isScalar(entry.value) ? entry.value.value : undefined;
    const at = this.at(entry.value ?? entry.keyNode);
    if (typeof v !== 'string' || !isValidDate(v, allowMonth)) {
      this.sink.error(
        this.file,
        at.line,
        at.column,
        'schema-date',
        `\`${key}\` is ${JSON.stringify(v ?? null)}, which is not a date${allowMonth ? ' (YYYY-MM-DD or YYYY-MM)' : ' (YYYY-MM-DD)'}.`,
        allowMonth
          ? 'Write the date as 2024-07-24, or 2024-07 if the source gives only a month.'
          : 'Write the date as 2026-11-27 (year-month-day), and check that the day exists.',
      );
      return null;
    }
    return { value: v, at };
  }
}

export function isValidDate(v: string, allowMonth = false): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(v);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return false;
  if (m[3] === undefined) return allowMonth;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0] ?? 0;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j] ?? 0;
      dp[j] = Math.min((dp[j] ?? 0) + 1, (dp[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length] ?? 0;
}

function stringList(r: MapReader, key: string, hint: string): { values: string[]; nodes: Node[] } | null {
  const entry = r.entries.get(key);
  if (!entry) return null;
  if (!isSeq(entry.value)) {
    r.wrong(entry, 'a list', hint);
    return null;
  }
  const values: string[] = [];
  const nodes: Node[] = [];
  for (const item of entry.value.items) {
    const node = item as Node;
    const v = isScalar(node) ? node.value : undefined;
    if (typeof v !== 'string' || v.trim() === '') {
      const at = r.at(node);
      r.sink.error(r.file, at.line, at.column, 'schema-type', `Each entry of \`${key}\` must be text.`, hint);
      continue;
    }
    values.push(v.trim());
    nodes.push(node);
  }
  return { values, nodes };
}

/** Validate a page's settings. Fields that fail get safe stand-ins so checking can go on; errors fail the build. */
export function validatePageMeta(
  file: string,
  src: YamlSource,
  locale: Locale,
  today: string,
  sink: IssueSink,
): PageMeta {
  const map = src.doc.contents as YAMLMap;
  const r = new MapReader(file, src, sink, map, 'the settings block', PAGE_KEYS);

  const title = r.string('title', 'Add `title: …`, the page title a visitor sees at the top.') ?? '';
  let shortTitle =
    r.string('short_title', 'Add `short_title: …`, two or three words for buttons and tiles.') ?? '';
  const shortEntry = r.entries.get('short_title');
  if (shortEntry && [...shortTitle].length > SHORT_TITLE_MAX) {
    const at = r.at(shortEntry.value);
    sink.error(
      file,
      at.line,
      at.column,
      'short-title-too-long',
      `\`short_title\` has ${[...shortTitle].length} characters; the limit is ${SHORT_TITLE_MAX}.`,
      'Use two or three short words; the full title goes in `title`.',
    );
    shortTitle = [...shortTitle].slice(0, SHORT_TITLE_MAX).join('');
  }
  const kind = r.enumValue(
    'kind',
    PAGE_KINDS,
    'Add `kind:` (guide, side-effect, reference, call-now or questions).',
  );
  const icon = r.enumValue('icon', ICON_NAMES, 'Add `icon:` with one of the icon names.');

  const phases: Phase[] = [];
  const phaseList = stringList(r, 'phases', 'Write `phases: [all-phases]` or a list of phases.');
  if (!r.has('phases')) r.missing('phases', `Add \`phases: [all-phases]\` (or any of ${PHASES.join(', ')}).`);
  else if (phaseList) {
    phaseList.values.forEach((p, i) => {
      if ((PHASES as readonly string[]).includes(p)) phases.push(p as Phase);
      else {
        const at = r.at(phaseList.nodes[i]);
        sink.error(
          file,
          at.line,
          at.column,
          'schema-enum',
          `Unknown phase \`${p}\`.`,
          `Use any of: ${PHASES.join(', ')}.`,
        );
      }
    });
    if (phaseList.values.length === 0) {
      const at = r.at(r.entries.get('phases')?.value);
      sink.error(
        file,
        at.line,
        at.column,
        'schema-empty',
        '`phases` is empty.',
        'Write `phases: [all-phases]` if the page is about every phase.',
      );
    }
  }

  const sources = validateSources(r, today);

  const facts = r.date(
    'facts_checked',
    'Add `facts_checked: YYYY-MM-DD`, the day you last checked the facts.',
  );
  const due = r.date('review_due', 'Add `review_due: YYYY-MM-DD`, the day the page must be checked again.');
  if (due && due.value < today) {
    sink.error(
      file,
      due.at.line,
      due.at.column,
      'review-overdue',
      `The review was due on ${due.value} (today is ${today}).`,
      'Check the page against its sources, then set `facts_checked` to today and `review_due` to a new date (usually a year ahead).',
    );
  }
  if (facts && facts.value > today) {
    sink.error(
      file,
      facts.at.line,
      facts.at.column,
      'facts-checked-in-future',
      `\`facts_checked\` is ${facts.value}, after today (${today}).`,
      'Set it to the day you actually checked the facts.',
    );
  }

  const newFacts = validateNewFacts(r);
  const translation = validateTranslation(r, locale, today);
  const clinicalReview = validateClinicalReview(r, today);
  const slotDefaults = validateSlotDefaults(r, kind);
  const sameList = stringList(
    r,
    'same_for_every_reader',
    'Write `same_for_every_reader: [card-id, …]`: the ids of cards whose words are right for every reader.',
  );
  const sameForEveryReader = (sameList?.values ?? []).map((card, i) => ({
    card,
    ...r.at(sameList?.nodes[i]),
  }));

  return {
    title,
    shortTitle: shortTitle || title,
    kind: kind ?? 'reference',
    icon: icon ?? 'book',
    phases,
    sources,
    factsChecked: facts?.value ?? '',
    reviewDue: due?.value ?? '',
    newFacts,
    translation,
    clinicalReview,
    slotDefaults,
    sameForEveryReader,
    kindLine: r.at(r.entries.get('kind')?.keyNode).line,
    kindKnown: kind !== null,
  };
}

function validateSources(r: MapReader, today: string): SourceInput[] {
  const out: SourceInput[] = [];
  const entry = r.entries.get('sources');
  const hint = 'Add at least one source with publisher, title, url (https://…) and date.';
  if (!entry) {
    r.missing('sources', hint);
    return out;
  }
  if (!isSeq(entry.value) || entry.value.items.length === 0) {
    r.wrong(entry, 'a list of at least one source', hint);
    return out;
  }
  entry.value.items.forEach((item, i) => {
    const node = item as Node;
    if (!isMap(node)) {
      const at = r.at(node);
      r.sink.error(
        r.file,
        at.line,
        at.column,
        'schema-type',
        `Source ${i + 1} must have publisher, title, url and date.`,
        hint,
      );
      return;
    }
    const s = new MapReader(r.file, r.src, r.sink, node, `source ${i + 1}`, SOURCE_KEYS);
    const publisher = s.string('publisher', 'Add `publisher:`, who published the source.');
    const title = s.string('title', 'Add `title:`, the title of the source page.');
    const url = s.string('url', 'Add `url: https://…`, the public web address.');
    const urlEntry = s.entries.get('url');
    if (url !== null && urlEntry) {
      let ok: boolean;
      try {
        const u = new URL(url);
        ok = u.protocol === 'https:' && u.hostname.includes('.') && !u.username && !u.password;
      } catch {
        ok = false;
      }
      if (!ok) {
        const at = s.at(urlEntry.value);
        r.sink.error(
          r.file,
          at.line,
          at.column,
          'source-url',
          `Source ${i + 1} url ${JSON.stringify(url)} is not a full https:// address.`,
          'Copy the address from the browser; it must start with https://.',
        );
      }
    }
    const date = s.date(
      'date',
      'Add `date:` with the date the source gives for its last review or update (YYYY-MM-DD or YYYY-MM).',
      true,
      'source-without-date',
    );
    if (date && date.value.slice(0, date.value.length) > today.slice(0, date.value.length)) {
      r.sink.error(
        r.file,
        date.at.line,
        date.at.column,
        'source-date-in-future',
        `Source ${i + 1} date ${date.value} is after today (${today}).`,
        'Use the date printed on the source for its last review or update.',
      );
    }
    if (publisher && title && url && date) {
      out.push({ publisher, title, url, date: date.value, line: r.at(node).line });
    }
  });
  return out;
}

function validateTranslation(r: MapReader, locale: Locale, today: string): TranslationStatus | null {
  const entry = r.entries.get('translation_status');
  if (LOCALE_PROFILES[locale].original) {
    if (entry) {
      const at = r.at(entry.keyNode);
      r.sink.error(
        r.file,
        at.line,
        at.column,
        'translation-status-in-english',
        `\`translation_status\` is for translated pages only; ${LOCALE_PROFILES[locale].englishName} is the original.`,
        `Remove the \`translation_status\` block from this ${LOCALE_PROFILES[locale].englishName} page.`,
      );
    }
    return null;
  }
  const hint =
    'Add `translation_status:` with `status: draft` (or `status: reviewed`, `reviewer:` and `date:`).';
  if (!entry) {
    r.missing('translation_status', hint);
    return { status: 'draft', reviewer: null, date: null };
  }
  if (!isMap(entry.value)) {
    r.wrong(entry, 'a block with status, reviewer and date', hint);
    return { status: 'draft', reviewer: null, date: null };
  }
  const t = new MapReader(r.file, r.src, r.sink, entry.value, 'translation_status', TRANSLATION_KEYS);
  const status = t.enumValue('status', ['draft', 'reviewed'] as const, hint) ?? 'draft';
  // A draft may write `reviewer: null` and `date: null`; a reviewed page needs both.
  const reviewer =
    t.present('reviewer') || status === 'reviewed'
      ? t.string('reviewer', 'Add `reviewer:`, the clinical reviewer who signed the page off.')
      : null;
  let date: string | null = null;
  if (t.present('date') || status === 'reviewed') {
    const d = t.date('date', 'Add `date: YYYY-MM-DD`, the day of the review.');
    date = d?.value ?? null;
    if (d && d.value > today) {
      r.sink.error(
        r.file,
        d.at.line,
        d.at.column,
        'translation-date-in-future',
        `The review date ${d.value} is after today (${today}).`,
        'Use the day the review happened.',
      );
    }
  }
  return { status, reviewer, date };
}

function validateSlotDefaults(r: MapReader, kind: PageKind | null): Record<PhoneSlot, string> | null {
  const entry = r.entries.get('slot_defaults');
  if (kind !== 'call-now') {
    if (entry) {
      const at = r.at(entry.keyNode);
      r.sink.error(
        r.file,
        at.line,
        at.column,
        'slot-defaults-misplaced',
        '`slot_defaults` belongs only on the call-now page.',
        'Remove it here; the "When to call" page holds the default wording for phone numbers.',
      );
    }
    return null;
  }
  const hint =
    'Add `slot_defaults:` with `care_team_phone:` and `after_hours_phone:` wording for sites with no number set.';
  if (!entry) {
    r.missing('slot_defaults', hint);
    return null;
  }
  if (!isMap(entry.value)) {
    r.wrong(entry, 'a block with care_team_phone and after_hours_phone', hint);
    return null;
  }
  const s = new MapReader(r.file, r.src, r.sink, entry.value, 'slot_defaults', PHONE_SLOTS);
  const care = s.string('care_team_phone', hint);
  const after = s.string('after_hours_phone', hint);
  return care && after ? { care_team_phone: care, after_hours_phone: after } : null;
}

function validateNewFacts(r: MapReader): NewFact[] {
  const hint =
    'Write `new_since_2014: []` if nothing is new, or items `- card: <card id>` with `note: <short note with the year>`.';
  const entry = r.entries.get('new_since_2014');
  if (!entry) {
    r.missing('new_since_2014', hint);
    return [];
  }
  if (!isSeq(entry.value)) {
    r.wrong(entry, 'a list', hint);
    return [];
  }
  const out: NewFact[] = [];
  for (const item of entry.value.items) {
    const node = item as Node;
    const at = r.at(node);
    if (!isMap(node)) {
      r.sink.error(
        r.file,
        at.line,
        at.column,
        'new-fact-shape',
        'Each `new_since_2014` entry needs `card:` (the card that holds the new fact) and `note:`.',
        hint,
      );
      continue;
    }
    const f = new MapReader(r.file, r.src, r.sink, node, 'this new_since_2014 entry', NEW_FACT_KEYS);
    const card = f.string('card', 'Add `card:`, the id of the card that holds the new fact.');
    const note = f.string('note', 'Add `note:`, a short note with the year, for staff and the sources list.');
    if (card !== null && note !== null) {
      const c = f.at(f.entries.get('card')?.value);
      out.push({ card, note, line: c.line, column: c.column });
    }
  }
  return out;
}

/** `clinical_review`: set to pending whenever the words change; a clinician signs it. Absent = unchanged page. */
function validateClinicalReview(r: MapReader, today: string): ClinicalReview | null {
  const entry = r.entries.get('clinical_review');
  if (!entry) return null;
  const hint =
    'Write `clinical_review:` with `status: pending` and `changed: YYYY-MM-DD` (add `reviewer:` and `date:` with `status: signed`).';
  if (!isMap(entry.value)) {
    r.wrong(entry, 'a block with status, changed, reviewer and date', hint);
    return { status: 'pending', changed: '', reviewer: null, date: null };
  }
  const c = new MapReader(r.file, r.src, r.sink, entry.value, 'clinical_review', REVIEW_KEYS);
  const status = c.enumValue('status', ['pending', 'signed'] as const, hint) ?? 'pending';
  const changed = c.date('changed', 'Add `changed: YYYY-MM-DD`, the day the words last changed.');
  const reviewer =
    c.present('reviewer') || status === 'signed'
      ? c.string('reviewer', 'Add `reviewer:`, the clinician who signed the page off.')
      : null;
  let date: string | null = null;
  if (c.present('date') || status === 'signed') {
    const d = c.date('date', 'Add `date: YYYY-MM-DD`, the day of the sign-off.');
    date = d?.value ?? null;
    if (d && changed && d.value < changed.value) {
      r.sink.error(
        r.file,
        d.at.line,
        d.at.column,
        'sign-off-before-change',
        `The sign-off (${d.value}) is older than the last change (${changed.value}).`,
        'The words changed after the sign-off: set `status: pending` until a clinician signs again.',
      );
    }
    if (d && d.value > today) {
      r.sink.error(
        r.file,
        d.at.line,
        d.at.column,
        'sign-off-in-future',
        `The sign-off date ${d.value} is after today (${today}).`,
        'Use the day the clinician signed the page off.',
      );
    }
  }
  return { status, changed: changed?.value ?? '', reviewer, date };
}
