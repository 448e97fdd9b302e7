// A page's settings block as one valibot schema, with its types derived from it. Each valibot issue is reported
// at the YAML node its path names (`doc.getIn(path, true)`), in the educator's words with a fix. Rules that need
// today's date, the page's locale or its kind run after the shape is known. Unknown keys are errors (a misspelt
// `reveiw_due` must not silently drop a review date).
import * as v from 'valibot';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { LOCALE_PROFILES } from './locale-registry.ts';
import { unknownKey } from './yaml-reader.ts';
import {
  ICON_NAMES,
  LOCALES,
  PAGE_KINDS,
  PHASES,
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

const SHORT_TITLE_MAX = 28;

function isValidDate(value: string, allowMonth = false): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return false;
  if (m[3] === undefined) return allowMonth;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

function isPublicHttpsUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' && u.hostname.includes('.') && !u.username && !u.password;
  } catch {
    return false;
  }
}

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty());
const IsoDate = v.pipe(
  v.string(),
  v.check((s) => isValidDate(s)),
);
const MonthOrDate = v.pipe(
  v.string(),
  v.check((s) => isValidDate(s, true)),
);
const PhaseSchema = v.pipe(Text, v.picklist(PHASES));

const SourceSchema = v.strictObject({
  publisher: Text,
  title: Text,
  url: v.pipe(Text, v.check(isPublicHttpsUrl)),
  date: MonthOrDate,
  // The source's own language when it differs from the page's (`lang: en` on a Spanish page).
  lang: v.optional(v.picklist(LOCALES)),
});

const NewFactSchema = v.strictObject({ card: Text, note: Text });

// A draft may write `reviewer: null` and `date: null`; a reviewed page needs both.
const TranslationFields = v.strictObject({
  status: v.picklist(['draft', 'reviewed']),
  reviewer: v.optional(v.nullable(Text), null),
  date: v.optional(v.nullable(IsoDate), null),
});
const TranslationSchema = v.pipe(
  TranslationFields,
  v.forward(
    v.partialCheck([['status'], ['reviewer']], (t) => t.status !== 'reviewed' || t.reviewer !== null),
    ['reviewer'],
  ),
  v.forward(
    v.partialCheck([['status'], ['date']], (t) => t.status !== 'reviewed' || t.date !== null),
    ['date'],
  ),
);

// Set to pending whenever the words change; a clinician signs it. Absent means the page is unchanged.
const ClinicalReviewFields = v.strictObject({
  status: v.picklist(['pending', 'signed']),
  changed: IsoDate,
  reviewer: v.optional(v.nullable(Text), null),
  date: v.optional(v.nullable(IsoDate), null),
});
const ClinicalReviewSchema = v.pipe(
  ClinicalReviewFields,
  v.forward(
    v.partialCheck([['status'], ['reviewer']], (c) => c.status !== 'signed' || c.reviewer !== null),
    ['reviewer'],
  ),
  v.forward(
    v.partialCheck([['status'], ['date']], (c) => c.status !== 'signed' || c.date !== null),
    ['date'],
  ),
);

const SlotDefaultsSchema = v.strictObject({ care_team_phone: Text, after_hours_phone: Text });

/** The settings block. `translation_status` and `slot_defaults` are required or refused by locale and kind. */
const PageSettingsSchema = v.strictObject({
  title: Text,
  short_title: Text,
  kind: v.picklist(PAGE_KINDS),
  icon: v.picklist(ICON_NAMES),
  phases: v.pipe(v.array(PhaseSchema), v.nonEmpty()),
  sources: v.pipe(v.array(SourceSchema), v.nonEmpty()),
  facts_checked: IsoDate,
  review_due: IsoDate,
  new_since_2014: v.array(NewFactSchema),
  translation_status: v.optional(TranslationSchema),
  clinical_review: v.optional(ClinicalReviewSchema),
  slot_defaults: v.optional(SlotDefaultsSchema),
  // Cards whose "you" is right for every reader, so they need no reader variant.
  same_for_every_reader: v.optional(v.array(Text)),
});

type PageSettings = v.InferOutput<typeof PageSettingsSchema>;
type SourceSettings = v.InferOutput<typeof SourceSchema>;
type NewFactSettings = v.InferOutput<typeof NewFactSchema>;

type SourceInput = Omit<SourceSettings, 'lang'> & { lang: Locale | null; line: number };

/** A fact newer than the 2014 base text, and the card that holds it (that card gets the visitor's badge). */
type NewFact = NewFactSettings & { line: number; column: number };

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

const SOURCES_HINT = 'Add at least one source with publisher, title, url (https://…) and date.';
const NEW_FACTS_HINT =
  'Write `new_since_2014: []` if nothing is new, or items `- card: <card id>` with `note: <short note with the year>`.';
const TRANSLATION_HINT =
  'Add `translation_status:` with `status: draft` (or `status: reviewed`, `reviewer:` and `date:`).';
const CLINICAL_HINT =
  'Write `clinical_review:` with `status: pending` and `changed: YYYY-MM-DD` (add `reviewer:` and `date:` with `status: signed`).';
const SAME_HINT =
  'Write `same_for_every_reader: [card-id, …]`: the ids of cards whose words are right for every reader.';
const SLOT_HINT =
  'Add `slot_defaults:` with `care_team_phone:` and `after_hours_phone:` wording for sites with no number set.';

/** How a field is named to the educator: the fix, what it must be, and whether it is a date or a choice. */
type Words = {
  hint: string;
  /** The fix when the value has the wrong type (default: `hint`). */
  wrongHint?: string;
  /** "`key` must be …" (default: text). */
  expected?: string;
  date?: 'day' | 'month';
  options?: readonly string[];
  missingRule?: string;
};

/** Words per field, keyed by the field's path with list positions written `*`. */
const WORDS: Record<string, Words> = {
  title: { hint: 'Add `title: …`, the page title a visitor sees at the top.' },
  short_title: { hint: 'Add `short_title: …`, two or three words for buttons and tiles.' },
  kind: {
    hint: 'Add `kind:` (guide, side-effect, reference, call-now or questions).',
    options: PAGE_KINDS,
  },
  icon: { hint: 'Add `icon:` with one of the icon names.', options: ICON_NAMES },
  phases: {
    hint: `Add \`phases: [all-phases]\` (or any of ${PHASES.join(', ')}).`,
    wrongHint: 'Write `phases: [all-phases]` or a list of phases.',
    expected: 'a list',
  },
  sources: { hint: SOURCES_HINT, expected: 'a list of at least one source' },
  'sources.*.publisher': { hint: 'Add `publisher:`, who published the source.' },
  'sources.*.title': { hint: 'Add `title:`, the title of the source page.' },
  'sources.*.url': { hint: 'Add `url: https://…`, the public web address.' },
  'sources.*.date': {
    hint: 'Add `date:` with the date the source gives for its last review or update (YYYY-MM-DD or YYYY-MM).',
    date: 'month',
    missingRule: 'source-without-date',
  },
  facts_checked: {
    hint: 'Add `facts_checked: YYYY-MM-DD`, the day you last checked the facts.',
    date: 'day',
  },
  review_due: {
    hint: 'Add `review_due: YYYY-MM-DD`, the day the page must be checked again.',
    date: 'day',
  },
  new_since_2014: { hint: NEW_FACTS_HINT, expected: 'a list' },
  'new_since_2014.*.card': { hint: 'Add `card:`, the id of the card that holds the new fact.' },
  'new_since_2014.*.note': {
    hint: 'Add `note:`, a short note with the year, for staff and the sources list.',
  },
  translation_status: { hint: TRANSLATION_HINT, expected: 'a block with status, reviewer and date' },
  'translation_status.status': { hint: TRANSLATION_HINT, options: TranslationFields.entries.status.options },
  'translation_status.reviewer': {
    hint: 'Add `reviewer:`, the clinical reviewer who signed the page off.',
  },
  'translation_status.date': { hint: 'Add `date: YYYY-MM-DD`, the day of the review.', date: 'day' },
  clinical_review: { hint: CLINICAL_HINT, expected: 'a block with status, changed, reviewer and date' },
  'clinical_review.status': { hint: CLINICAL_HINT, options: ClinicalReviewFields.entries.status.options },
  'clinical_review.changed': {
    hint: 'Add `changed: YYYY-MM-DD`, the day the words last changed.',
    date: 'day',
  },
  'clinical_review.reviewer': { hint: 'Add `reviewer:`, the clinician who signed the page off.' },
  'clinical_review.date': { hint: 'Add `date: YYYY-MM-DD`, the day of the sign-off.', date: 'day' },
  slot_defaults: { hint: SLOT_HINT, expected: 'a block with care_team_phone and after_hours_phone' },
  'slot_defaults.care_team_phone': { hint: SLOT_HINT },
  'slot_defaults.after_hours_phone': { hint: SLOT_HINT },
  same_for_every_reader: { hint: SAME_HINT, wrongHint: SAME_HINT, expected: 'a list' },
  'same_for_every_reader.*': { hint: SAME_HINT, wrongHint: SAME_HINT },
};

/** Each block's name in messages and the keys it allows, keyed like WORDS. */
const BLOCKS: Record<string, { where: (index: number) => string; keys: readonly string[] }> = {
  '': { where: () => 'the settings block', keys: Object.keys(PageSettingsSchema.entries) },
  'sources.*': { where: (i) => `source ${i + 1}`, keys: Object.keys(SourceSchema.entries) },
  'new_since_2014.*': { where: () => 'this new_since_2014 entry', keys: Object.keys(NewFactSchema.entries) },
  translation_status: { where: () => 'translation_status', keys: Object.keys(TranslationFields.entries) },
  clinical_review: { where: () => 'clinical_review', keys: Object.keys(ClinicalReviewFields.entries) },
  slot_defaults: { where: () => 'slot_defaults', keys: Object.keys(SlotDefaultsSchema.entries) },
};

type Path = (string | number)[];

const patternOf = (path: Path): string => path.map((k) => (typeof k === 'number' ? '*' : k)).join('.');

/** Stands for a YAML alias: it matches no schema, so `*name` is always reported, never expanded. */
const ALIAS = Symbol('yaml alias');

/** The YAML tree as plain data for valibot; keys that are not names are reported and left out. */
function toPlain(node: unknown, path: Path, badKeys: { node: Node | null; path: Path }[]): unknown {
  if (node === null || node === undefined) return null;
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map((item, i) => toPlain(item, [...path, i], badKeys));
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key !== 'string') {
        badKeys.push({ node: pair.key as Node | null, path });
        continue;
      }
      // defineProperty, so a key such as `__proto__` stays a plain (unknown) key.
      Object.defineProperty(out, key, {
        value: toPlain(pair.value, [...path, key], badKeys),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return ALIAS;
}

/** Validate a page's settings. Fields that fail get safe stand-ins so checking can go on; errors fail the build. */
export function validatePageMeta(
  file: string,
  src: YamlSource,
  locale: Locale,
  today: string,
  sink: IssueSink,
): PageMeta {
  const doc = src.doc;
  const valueNode = (path: Path): Node | null =>
    path.length === 0 ? doc.contents : ((doc.getIn(path, true) as Node | undefined) ?? null);
  const keyNode = (path: Path): Node | null => {
    const parent = valueNode(path.slice(0, -1));
    const key = path[path.length - 1];
    if (!isMap(parent)) return null;
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
    return (pair?.key as Node | undefined) ?? null;
  };
  /** Where a value is, or its key when it has no value node. */
  const at = (path: Path): Located => src.at(valueNode(path) ?? keyNode(path) ?? valueNode([]));
  const scalarAt = (path: Path): unknown => {
    const node = valueNode(path);
    return isScalar(node) ? node.value : undefined;
  };
  const report = (where: Located, rule: string, message: string, hint: string): void =>
    sink.error(file, where.line, where.column, rule, message, hint);
  const blockName = (path: Path): string => {
    const last = path[path.length - 1];
    return BLOCKS[patternOf(path)]?.where(typeof last === 'number' ? last : 0) ?? `\`${patternOf(path)}\``;
  };

  const badKeys: { node: Node | null; path: Path }[] = [];
  const plain = toPlain(doc.contents, [], badKeys) as Record<string, unknown>;
  for (const bad of badKeys) {
    report(
      src.at(bad.node ?? valueNode(bad.path)),
      'schema-bad-key',
      `A key in ${blockName(bad.path)} is not a name.`,
      'Write keys as plain words: `title: …`.',
    );
  }

  const original = LOCALE_PROFILES[locale].original;
  const parsed = v.safeParse(PageSettingsSchema, plain, { abortEarly: false });
  const kindResult = v.safeParse(PageSettingsSchema.entries.kind, plain.kind);
  const kind = kindResult.success ? kindResult.output : null;
  // Blocks this page may not have are reported once, as misplaced, not checked inside.
  const refused = new Set<string>();
  if (original) refused.add('translation_status');
  if (kind !== 'call-now') refused.add('slot_defaults');

  const failed = new Set<string>();
  for (const issue of parsed.issues ?? []) {
    const path: Path = (issue.path ?? []).map((item) => item.key as string | number);
    const top = path[0];
    if (typeof top === 'string' && refused.has(top)) continue;
    if (typeof top === 'string') failed.add(top);
    explain(issue, path);
  }

  function explain(issue: v.BaseIssue<unknown>, path: Path): void {
    const key = path[path.length - 1];
    const parent = path.slice(0, -1);
    const pattern = patternOf(path);
    const words = WORDS[pattern];
    const isKey = issue.path?.[issue.path.length - 1]?.origin === 'key';
    if (issue.type === 'strict_object' && isKey && issue.expected === 'never') {
      const block = BLOCKS[patternOf(parent)];
      const said = unknownKey(String(key), blockName(parent), block?.keys ?? []);
      report(src.at(keyNode(path)), 'schema-unknown-key', said.message, said.hint);
      return;
    }
    const absent = keyNode(path) === null;
    if (words && absent && (issue.type === 'partial_check' || (isKey && issue.received === 'undefined'))) {
      report(
        src.at(valueNode(parent)),
        words.missingRule ?? 'schema-missing',
        `Missing \`${String(key)}\` in ${blockName(parent)}.`,
        words.hint,
      );
      return;
    }
    if (pattern === 'phases.*') {
      if (issue.type === 'picklist') {
        report(
          at(path),
          'schema-enum',
          `Unknown phase \`${String(issue.input)}\`.`,
          `Use any of: ${PHASES.join(', ')}.`,
        );
      } else {
        report(
          at(path),
          'schema-type',
          'Each entry of `phases` must be text.',
          WORDS.phases?.wrongHint ?? '',
        );
      }
      return;
    }
    if (pattern === 'phases' && issue.type === 'non_empty') {
      report(
        at(path),
        'schema-empty',
        '`phases` is empty.',
        'Write `phases: [all-phases]` if the page is about every phase.',
      );
      return;
    }
    if (pattern === 'sources.*') {
      const n = Number(key) + 1;
      report(at(path), 'schema-type', `Source ${n} must have publisher, title, url and date.`, SOURCES_HINT);
      return;
    }
    if (pattern === 'new_since_2014.*') {
      report(
        at(path),
        'new-fact-shape',
        'Each `new_since_2014` entry needs `card:` (the card that holds the new fact) and `note:`.',
        NEW_FACTS_HINT,
      );
      return;
    }
    if (pattern === 'sources.*.lang') {
      report(
        at(path),
        'source-lang',
        `Source ${Number(path[1]) + 1} has \`lang: ${String(issue.input)}\`, which is not a kiosk language.`,
        `Write one of ${LOCALES.join(', ')} (the language the source itself is written in), or remove \`lang\`.`,
      );
      return;
    }
    if (pattern === 'sources.*.url' && issue.type === 'check') {
      report(
        at(path),
        'source-url',
        `Source ${Number(path[1]) + 1} url ${JSON.stringify(issue.input)} is not a full https:// address.`,
        'Copy the address from the browser; it must start with https://.',
      );
      return;
    }
    const shown = JSON.stringify(scalarAt(path) ?? null);
    if (words?.date) {
      const month = words.date === 'month';
      report(
        at(path),
        'schema-date',
        `\`${String(key)}\` is ${shown}, which is not a date${month ? ' (YYYY-MM-DD or YYYY-MM)' : ' (YYYY-MM-DD)'}.`,
        month
          ? 'Write the date as 2024-07-24, or 2024-07 if the source gives only a month.'
          : 'Write the date as 2026-11-27 (year-month-day), and check that the day exists.',
      );
      return;
    }
    if (words?.options && issue.type === 'picklist') {
      report(
        at(path),
        'schema-enum',
        `\`${String(key)}\` is ${shown}, which is not one of the allowed values.`,
        `Use one of: ${words.options.join(', ')}.`,
      );
      return;
    }
    report(
      at(path),
      'schema-type',
      `\`${String(key)}\` must be ${words?.expected ?? 'text'}.`,
      words?.wrongHint ?? words?.hint ?? 'Compare this setting with a working page.',
    );
  }

  /** A top-level field's checked value, or null when it is absent or has any problem. */
  function good<K extends keyof PageSettings>(key: K): NonNullable<PageSettings[K]> | null {
    if (failed.has(key) || refused.has(key)) return null;
    const result = v.safeParse(PageSettingsSchema.entries[key], plain[key]);
    return result.success && result.output !== undefined
      ? (result.output as NonNullable<PageSettings[K]>)
      : null;
  }
  /** The items of a list setting that pass their own schema (the others were reported). */
  function goodItems<T>(key: string, schema: v.GenericSchema<unknown, T>): { value: T; index: number }[] {
    const list = plain[key];
    if (!Array.isArray(list)) return [];
    return list.flatMap((item: unknown, index) => {
      const result = v.safeParse(schema, item);
      return result.success ? [{ value: result.output, index }] : [];
    });
  }

  const title = good('title') ?? '';
  let shortTitle = good('short_title') ?? '';
  if ([...shortTitle].length > SHORT_TITLE_MAX) {
    report(
      at(['short_title']),
      'short-title-too-long',
      `\`short_title\` has ${[...shortTitle].length} characters; the limit is ${SHORT_TITLE_MAX}.`,
      'Use two or three short words; the full title goes in `title`.',
    );
    shortTitle = [...shortTitle].slice(0, SHORT_TITLE_MAX).join('');
  }

  const factsChecked = good('facts_checked');
  const reviewDue = good('review_due');
  if (reviewDue !== null && reviewDue < today) {
    report(
      at(['review_due']),
      'review-overdue',
      `The review was due on ${reviewDue} (today is ${today}).`,
      'Check the page against its sources, then set `facts_checked` to today and `review_due` to a new date (usually a year ahead).',
    );
  }
  if (factsChecked !== null && factsChecked > today) {
    report(
      at(['facts_checked']),
      'facts-checked-in-future',
      `\`facts_checked\` is ${factsChecked}, after today (${today}).`,
      'Set it to the day you actually checked the facts.',
    );
  }

  const sourceList = Array.isArray(plain.sources) ? (plain.sources as unknown[]) : [];
  sourceList.forEach((item, i) => {
    const date = v.safeParse(MonthOrDate, (item as Record<string, unknown> | null)?.date);
    if (date.success && date.output > today.slice(0, date.output.length)) {
      report(
        at(['sources', i, 'date']),
        'source-date-in-future',
        `Source ${i + 1} date ${date.output} is after today (${today}).`,
        'Use the date printed on the source for its last review or update.',
      );
    }
  });
  const goodSources = goodItems('sources', SourceSchema);
  const sources = goodSources.map(({ value, index }) => ({
    ...value,
    lang: value.lang ?? null,
    line: at(['sources', index]).line,
  }));
  // On a translated page, a source with no `lang` whose address shows no sign of the page's language is an
  // English page visitors would scan without being told.
  const pageProfile = LOCALE_PROFILES[locale];
  goodSources.forEach(({ value: s, index: i }) => {
    if (pageProfile.original || s.lang !== undefined || pageProfile.sourceUrlPattern?.test(s.url)) return;
    const where = at(['sources', i, 'url']);
    sink.warn(
      file,
      where.line,
      where.column,
      'source-language',
      `Source ${i + 1} (${s.url}) on this ${pageProfile.englishName} page has no \`lang\` and its address does not look ${pageProfile.englishName}.`,
      `Use the publisher's ${pageProfile.englishName} page if there is one; if not, add \`lang: en\` so visitors see that it is in English (or \`lang: ${locale}\` if it is in ${pageProfile.englishName} after all).`,
    );
  });
  const newFacts = goodItems('new_since_2014', NewFactSchema).map(({ value, index }) => {
    const card = at(['new_since_2014', index, 'card']);
    return { ...value, line: card.line, column: card.column };
  });

  let translation: TranslationStatus | null = null;
  const profile = LOCALE_PROFILES[locale];
  if (original) {
    if ('translation_status' in plain) {
      report(
        src.at(keyNode(['translation_status'])),
        'translation-status-in-english',
        `\`translation_status\` is for translated pages only; ${profile.englishName} is the original.`,
        `Remove the \`translation_status\` block from this ${profile.englishName} page.`,
      );
    }
  } else {
    if (!('translation_status' in plain)) {
      report(
        at([]),
        'schema-missing',
        'Missing `translation_status` in the settings block.',
        TRANSLATION_HINT,
      );
    }
    translation = good('translation_status') ?? { status: 'draft', reviewer: null, date: null };
    const date = dateAt(['translation_status', 'date']);
    if (date !== null && date > today) {
      report(
        at(['translation_status', 'date']),
        'translation-date-in-future',
        `The review date ${date} is after today (${today}).`,
        'Use the day the review happened.',
      );
    }
  }

  let clinicalReview: ClinicalReview | null = null;
  if ('clinical_review' in plain) {
    clinicalReview = good('clinical_review') ?? {
      status: 'pending',
      changed: '',
      reviewer: null,
      date: null,
    };
    const changed = dateAt(['clinical_review', 'changed']);
    const signed = dateAt(['clinical_review', 'date']);
    if (signed !== null && changed !== null && signed < changed) {
      report(
        at(['clinical_review', 'date']),
        'sign-off-before-change',
        `The sign-off (${signed}) is older than the last change (${changed}).`,
        'The words changed after the sign-off: set `status: pending` until a clinician signs again.',
      );
    }
    if (signed !== null && signed > today) {
      report(
        at(['clinical_review', 'date']),
        'sign-off-in-future',
        `The sign-off date ${signed} is after today (${today}).`,
        'Use the day the clinician signed the page off.',
      );
    }
  }

  let slotDefaults: Record<PhoneSlot, string> | null = null;
  if (kind !== 'call-now') {
    if ('slot_defaults' in plain) {
      report(
        src.at(keyNode(['slot_defaults'])),
        'slot-defaults-misplaced',
        '`slot_defaults` belongs only on the call-now page.',
        'Remove it here; the "When to call" page holds the default wording for phone numbers.',
      );
    }
  } else if (!('slot_defaults' in plain)) {
    report(at([]), 'schema-missing', 'Missing `slot_defaults` in the settings block.', SLOT_HINT);
  } else {
    slotDefaults = good('slot_defaults');
  }

  /** A day written at `path` inside a block, when it is a valid date (whatever else the block gets wrong). */
  function dateAt(path: Path): string | null {
    const value = scalarAt(path);
    return typeof value === 'string' && isValidDate(value) ? value : null;
  }

  return {
    title,
    shortTitle: shortTitle || title,
    kind: kind ?? 'reference',
    icon: good('icon') ?? 'book',
    phases: goodItems('phases', PhaseSchema).map(({ value }) => value),
    sources,
    factsChecked: factsChecked ?? '',
    reviewDue: reviewDue ?? '',
    newFacts,
    translation,
    clinicalReview,
    slotDefaults,
    sameForEveryReader: goodItems('same_for_every_reader', Text).map(({ value, index }) => ({
      card: value,
      ...at(['same_for_every_reader', index]),
    })),
    kindLine: src.at(keyNode(['kind']) ?? valueNode([])).line,
    kindKnown: kind !== null,
  };
}
