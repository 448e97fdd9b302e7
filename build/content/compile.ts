// The content compiler's core: a pure function from a virtual file list to CompiledContent plus every issue,
// sorted by file and line. It never throws for bad input; an unexpected internal failure becomes an issue too.
import {
  LOCALES,
  PHONE_SLOTS,
  SIDE_EFFECT_SECTIONS,
  type Card,
  type CompiledContent,
  type GlossaryTerm,
  type Locale,
  type LocaleContent,
  type Page,
  type PhoneSlot,
  type SourceRef,
} from '../../electron/shared/content-types.ts';
import { decodeText } from './decode.ts';
import { splitFrontMatter } from './front-matter.ts';
import { createTermLinker, parseGlossary, type GlossaryEntry } from './glossary.ts';
import { bodyUnits, cardBody, linksIn, slotsIn } from './card-tree.ts';
import { parseCards, type RawCard } from './markdown.ts';
import { PAGE_ID_PATTERN as ID_PATTERN } from '../../electron/shared/page-id.ts';
import { checkParity, type LocaleShape, type PageShape } from './parity.ts';
import { compilePaths, PATHS_FILE, type PathLocales } from './paths.ts';
import {
  checkPicture,
  checkPictureLinks,
  checkPictureUse,
  compilePictureLabels,
  compilePictures,
  PICTURE_LABELS_FILE,
  PICTURES_DIR,
  type PictureRegistry,
  type PictureUse,
} from './pictures.ts';
import { qrSvg } from './qr.ts';
import { checkReaderAddressed, checkVariants } from './reader-check.ts';
import { GRADERS, LOCALE_PROFILES } from './locale-registry.ts';
import { wordsOf } from './readability.ts';
import { validatePageMeta, type PageMeta } from './schema.ts';
import { createSink, type ContentIssue, type FileMap, type IssueSink } from './types.ts';
import { PRONUNCIATIONS_FILE, readPronunciations } from './pronunciations.ts';
import { AUDIO_DIR, checkRecordingBudget, compileRecordings, type RecordingFile } from './recordings.ts';
import { checkLadderParity, checkUrgency, expandSigns, parseLadder, type Ladder } from './warning-signs.ts';

/** Each language's urgency ladder (content/README.md, "When to call"). */
const LADDER_FILE = 'warning-signs.yaml';

export type CompileOptions = {
  /** ISO date treated as today for review-due checks (default: the real date, UTC). */
  today?: string;
  /** How the content folder is named in messages (default `content`). */
  root?: string;
  /**
   * Overdue reviews are errors (the release build and `content:check --strict`); otherwise warnings, so an
   * everyday build and CI do not turn red on the day a date passes.
   */
  strictReviewDates?: boolean;
};

/** The rule whose severity depends on `strictReviewDates`. */
const REVIEW_OVERDUE_RULE = 'review-overdue';

export type CompileResult = {
  content: CompiledContent;
  /** The sanitized pictures with their sizes (content:check prints them). */
  pictures: PictureRegistry;
  /** Fresh recordings to copy into the built UI (stale ones are left out). */
  recordings: RecordingFile[];
  errors: ContentIssue[];
  warnings: ContentIssue[];
};

/** Numeric prefixes order files and folders and are not part of ids: `03-reference` → `reference`. */
function stripPrefix(name: string): string {
  return name.replace(/^\d+[-_]/, '');
}

function orderKey(segment: string): [number, string] {
  const m = /^(\d+)[-_]/.exec(segment);
  return [m ? Number(m[1]) : Number.POSITIVE_INFINITY, segment];
}

function comparePaths(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const [an, aname] = orderKey(as[i]);
    const [bn, bname] = orderKey(bs[i]);
    if (an !== bn) return an - bn;
    if (aname !== bname) return aname < bname ? -1 : 1;
  }
  return as.length - bs.length;
}

function isHidden(rel: string): boolean {
  return rel.split('/').some((seg) => seg.startsWith('.'));
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

type ParsedPage = {
  rel: string;
  file: string;
  id: string;
  meta: PageMeta | null;
  cards: RawCard[];
  bodyLine: number;
  lines: string[];
};

export async function compileContent(files: FileMap, options: CompileOptions = {}): Promise<CompileResult> {
  const issues: ContentIssue[] = [];
  const sink = createSink(issues);
  const root = options.root ?? 'content';
  const today = options.today ?? todayIso();
  const byLocale = new Map<Locale, LocaleFiles>();

  for (const rel of [...files.keys()].sort(comparePaths)) {
    // Hidden files (.DS_Store, .gitkeep, editor swap files) are the computer's, not the educators': ignored.
    if (isHidden(rel)) continue;
    const segs = rel.split('/');
    // Shared by every locale, read by compilePictures (names, allowlist, licences, budget).
    if (segs[0] === PICTURES_DIR && segs.length > 1) continue;
    const file = `${root}/${rel}`;
    if (segs.length === 1) {
      if (rel === 'README.md') continue; // documentation for educators, not a page
      if (rel === PATHS_FILE) continue; // one file for every locale, read once the pages are known
      sink.error(
        file,
        1,
        1,
        'stray-file',
        `"${rel}" is not inside a language folder.`,
        `Move it into ${LOCALES.map((l) => `${root}/${l}/`).join(' or ')}, or delete it.`,
      );
      continue;
    }
    const locale = segs[0] as Locale;
    if (!(LOCALES as readonly string[]).includes(locale)) {
      sink.error(
        file,
        1,
        1,
        'unknown-locale-folder',
        `"${segs[0]}" is not a language folder.`,
        `Languages are ${LOCALES.join(', ')}; move the file into one of them.`,
      );
      continue;
    }
    const entry = byLocale.get(locale) ?? { pages: [], glossary: null, ladder: null };
    byLocale.set(locale, entry);
    const name = segs[segs.length - 1];
    // Recorded narration and its list, read by compileRecordings once the pages are known.
    if (segs.length > 2 && segs[1] === AUDIO_DIR) continue;
    if (segs.length === 2 && name === 'glossary.yaml') entry.glossary = rel;
    else if (segs.length === 2 && name === LADDER_FILE) entry.ladder = rel;
    else if (segs.length === 2 && name === PRONUNCIATIONS_FILE)
      continue; // read by readPronunciations
    else if (segs.length === 2 && name === PICTURE_LABELS_FILE)
      continue; // read with the pictures
    else if (name.endsWith('.md')) entry.pages.push(rel);
    else {
      const hint = /\.ya?ml$/.test(name)
        ? `The only YAML files are ${root}/${locale}/glossary.yaml and ${root}/${locale}/${LADDER_FILE}; page settings go at the top of each .md page.`
        : 'Only .md pages and glossary.yaml belong here. Move other files out of the content folder.';
      sink.error(file, 1, 1, 'not-content-file', `"${name}" is not a content file.`, hint);
    }
  }

  const pictures = compilePictures(files, root, sink);
  const locales = {} as Record<Locale, LocaleContent>;
  const shapes = new Map<Locale, LocaleShape>();
  const ladders = new Map<Locale, Ladder>();
  const pictureUses: PictureUse[] = [];
  const recordingFiles: RecordingFile[] = [];
  const present = LOCALES.filter(
    (l) => (byLocale.get(l)?.pages.length ?? 0) > 0 || byLocale.get(l)?.glossary,
  );

  if (present.length === 0) {
    sink.error(
      `${root}/en`,
      1,
      1,
      'no-content',
      'There are no pages.',
      `Add the English pages under ${root}/en/ (see ${root}/README.md).`,
    );
  } else if (!present.includes('en')) {
    sink.error(
      `${root}/en`,
      1,
      1,
      'missing-english',
      'There are no English pages; English is the original every language mirrors.',
      `Add the English pages under ${root}/en/.`,
    );
  }

  for (const locale of LOCALES) {
    const entry = byLocale.get(locale);
    if (!present.includes(locale) || !entry) {
      if (locale !== 'en' && present.length > 0) {
        sink.warn(
          `${root}/${locale}`,
          1,
          1,
          'locale-not-started',
          `No ${locale} pages yet (the folder is missing or empty), so the kiosk offers this language nowhere.`,
          `Add the pages under ${root}/${locale}/ with the same file names as ${root}/en/.`,
        );
      }
      locales[locale] = emptyLocale(locale);
      continue;
    }
    try {
      const { content, shape, ladder } = await compileLocale(
        files,
        locale,
        entry,
        root,
        today,
        pictures,
        pictureUses,
        sink,
      );
      const recorded = compileRecordings(files, locale, content.pages, root, sink);
      recordingFiles.push(...recorded.files);
      locales[locale] = {
        ...content,
        pictureLabels: compilePictureLabels(files, locale, pictures, root, sink),
        recordings: recorded.recordings,
        staleRecordings: recorded.stale,
      };
      shapes.set(locale, shape);
      if (ladder) ladders.set(locale, ladder);
    } catch (error) {
      internal(sink, `${root}/${locale}`, error);
      locales[locale] = emptyLocale(locale);
    }
  }

  const en = shapes.get('en');
  if (en) {
    for (const [locale, shape] of shapes) {
      if (locale === 'en') continue;
      try {
        checkParity(en, shape, root, sink);
        const enLadder = ladders.get('en');
        const ladder = ladders.get(locale);
        if (enLadder && ladder) checkLadderParity(enLadder, ladder, sink);
      } catch (error) {
        internal(sink, `${root}/${locale}`, error);
      }
    }
  }

  if (present.length > 0) checkPictureUse(pictures, pictureUses, sink);
  checkPictureLinks(
    pictures,
    new Map(
      LOCALES.filter((l) => locales[l].pages.length > 0).map((l) => [
        l,
        new Map(locales[l].pages.map((p) => [p.id, new Set(p.cards.map((c) => c.id))])),
      ]),
    ),
    sink,
  );
  checkRecordingBudget(recordingFiles, root, sink);
  // The paths name cards by id in every locale at once, so they are checked once every locale is compiled.
  const pathLocales: PathLocales = new Map(
    LOCALES.filter((l) => locales[l].pages.length > 0).map((l) => [l, locales[l].pages]),
  );
  const pathsBytes = files.get(PATHS_FILE);
  const pathsFile = `${root}/${PATHS_FILE}`;
  const pathsText = pathsBytes ? decodeText(pathsFile, pathsBytes, sink) : null;
  const paths = compilePaths(pathsFile, pathsText, pathLocales, sink);
  if (!options.strictReviewDates) {
    for (const issue of issues) {
      if (issue.rule !== REVIEW_OVERDUE_RULE || issue.severity !== 'error') continue;
      issue.severity = 'warning';
      issue.message += ' The release build (`npm run dist`) refuses it.';
    }
  }
  const sorted = issues.sort(
    (a, b) =>
      comparePaths(a.file, b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
  const errors = sorted.filter((i) => i.severity === 'error');
  const warnings = sorted.filter((i) => i.severity === 'warning');
  return {
    pictures,
    recordings: recordingFiles,
    content: {
      locales,
      paths,
      pictures: Object.fromEntries(pictures.assets),
      warnings: warnings.map(({ file, line, column, rule, message, hint }) => ({
        file,
        line,
        column,
        rule,
        message,
        hint,
      })),
    },
    errors,
    warnings,
  };
}

function internal(sink: IssueSink, file: string, error: unknown): void {
  sink.error(
    file,
    1,
    1,
    'internal-error',
    `The content compiler failed unexpectedly here: ${error instanceof Error ? error.message : String(error)}.`,
    'This is a bug in the compiler, not in your text: please report it with this file.',
  );
}

function emptyLocale(locale: Locale): LocaleContent {
  return {
    locale,
    pages: [],
    tour: [],
    glossary: [],
    slotDefaults: { care_team_phone: '', after_hours_phone: '' },
    pronunciations: [],
    pictureLabels: {},
    recordings: {},
    staleRecordings: [],
  };
}

/** A card reported by the reader check, so the essentials can raise it to an error. */

type LocaleFiles = { pages: string[]; glossary: string | null; ladder: string | null };

async function compileLocale(
  files: FileMap,
  locale: Locale,
  entry: LocaleFiles,
  root: string,
  today: string,
  pictures: PictureRegistry,
  pictureUses: PictureUse[],
  sink: IssueSink,
): Promise<{ content: LocaleContent; shape: LocaleShape; ladder: Ladder | null }> {
  // Glossary first: pages link to it.
  let glossary: GlossaryEntry[] = [];
  // Unreadable glossary: already an error; skip the checks that would only echo it (undefined terms, parity).
  let glossaryOk = false;
  const glossaryFile = entry.glossary ? `${root}/${entry.glossary}` : null;
  if (entry.glossary && glossaryFile) {
    const text = decodeText(glossaryFile, files.get(entry.glossary) ?? new Uint8Array(), sink);
    const parsedGlossary = text === null ? null : parseGlossary(glossaryFile, text, sink);
    glossaryOk = parsedGlossary !== null;
    glossary = parsedGlossary ?? [];
  } else {
    sink.error(
      `${root}/${locale}/glossary.yaml`,
      1,
      1,
      'missing-glossary',
      `There is no glossary for "${locale}".`,
      `Create ${root}/${locale}/glossary.yaml (see ${root}/README.md, "Words to know").`,
    );
  }
  const linker = createTermLinker(glossary, locale);

  // The urgency ladder next: pages show its signs and are checked against it.
  let ladder: Ladder | null = null;
  const ladderFile = `${root}/${locale}/${LADDER_FILE}`;
  if (entry.ladder) {
    const text = decodeText(ladderFile, files.get(entry.ladder) ?? new Uint8Array(), sink);
    ladder = text === null ? null : parseLadder(ladderFile, text, sink);
  } else {
    sink.error(
      ladderFile,
      1,
      1,
      'missing-warning-signs',
      `There is no urgency ladder for "${locale}".`,
      `Create ${ladderFile}: every warning sign with its tier (see ${root}/README.md, "When to call").`,
    );
  }

  // Pass 1: read every page.
  const parsed: ParsedPage[] = [];
  const ids = new Map<string, string>();
  for (const rel of entry.pages) {
    const file = `${root}/${rel}`;
    try {
      const name = (rel.split('/').pop() as string).replace(/\.md$/, '');
      const id = stripPrefix(name);
      if (!ID_PATTERN.test(id)) {
        sink.error(
          file,
          1,
          1,
          'bad-page-id',
          `The file name gives the page id "${id}", which is not allowed.`,
          'Name files with small letters, digits and dashes after the number, e.g. `02-what-is-all.md`.',
        );
      }
      const firstFile = ids.get(id);
      if (firstFile) {
        sink.error(
          file,
          1,
          1,
          'duplicate-page-id',
          `The page id "${id}" is also used by ${firstFile}.`,
          'Rename one of the files; the part after the number must be unique in each language.',
        );
        continue;
      }
      ids.set(id, file);
      const text = decodeText(file, files.get(rel) ?? new Uint8Array(), sink);
      if (text === null) continue;
      const split = splitFrontMatter(file, text, sink);
      const meta = split.yaml ? validatePageMeta(file, split.yaml, locale, today, sink) : null;
      const cards = parseCards(file, split.body, split.bodyLine, sink);
      if (cards.length === 0 && split.yaml) {
        sink.error(
          file,
          split.bodyLine,
          1,
          'no-cards',
          'The page has no cards.',
          'Add at least one card: a line `## Heading {#id}` followed by its text.',
        );
      }
      parsed.push({
        rel: rel.slice(locale.length + 1),
        file,
        id,
        meta,
        cards,
        bodyLine: split.bodyLine,
        lines: text.split(/\r?\n/),
      });
    } catch (error) {
      internal(sink, file, error);
    }
  }

  // One call-now page and one questions page per locale.
  for (const kind of ['call-now', 'questions'] as const) {
    const found = parsed.filter((p) => p.meta?.kind === kind);
    if (found.length === 0) {
      sink.error(
        `${root}/${locale}`,
        1,
        1,
        `missing-${kind}-page`,
        `There is no page with \`kind: ${kind}\` in ${root}/${locale}/.`,
        `Exactly one page must have \`kind: ${kind}\`; add it or fix its kind.`,
      );
    }
    for (const extra of found.slice(1)) {
      sink.error(
        extra.file,
        extra.meta?.kindLine ?? 1,
        1,
        `duplicate-${kind}-page`,
        `Only one page may have \`kind: ${kind}\`; ${found[0]?.file} has it too.`,
        'Change the kind of one of them (usually to `reference`).',
      );
    }
  }

  const cardIds = new Map(parsed.map((p) => [p.id, new Set(p.cards.map((c) => c.id))]));
  const pages: Page[] = [];
  const shapes: PageShape[] = [];
  for (const p of parsed) {
    try {
      const page = await finishPage(
        p,
        locale,
        linker,
        ladder,
        cardIds,
        glossaryOk ? glossaryFile : null,
        { root, known: pictures.files, uses: pictureUses },
        sink,
      );
      if (page) pages.push(page);
      shapes.push({
        id: p.id,
        file: p.file,
        rel: p.rel,
        kind: p.meta?.kindKnown ? p.meta.kind : null,
        cards: p.cards.map((c) => ({ id: c.id, line: c.pos.line })),
        slots: [...new Set(p.cards.flatMap((c) => slotsIn(c.blocks)))],
        bodyLine: p.bodyLine,
      });
    } catch (error) {
      internal(sink, p.file, error);
    }
  }

  const collator = new Intl.Collator(locale);
  const glossaryOut: GlossaryTerm[] = glossary
    .map(({ id, term, definition }) => ({ id, term, definition }))
    .sort((a, b) => collator.compare(a.term, b.term));
  const callNow = parsed.find((p) => p.meta?.kind === 'call-now');
  const slotDefaults: Record<PhoneSlot, string> = { care_team_phone: '', after_hours_phone: '' };
  for (const s of PHONE_SLOTS) slotDefaults[s] = callNow?.meta?.slotDefaults?.[s] ?? '';

  return {
    content: {
      locale,
      pages,
      tour: pages.filter((p) => p.kind === 'guide').map((p) => p.id),
      glossary: glossaryOut,
      slotDefaults,
      pronunciations: readPronunciations(files, locale, root, sink),
      pictureLabels: {},
      recordings: {},
      staleRecordings: [],
    },
    shape: {
      locale,
      pages: shapes,
      glossaryFile: glossaryOk ? glossaryFile : null,
      glossary: glossary.map((g) => ({ id: g.id, line: g.line })),
    },
    ladder,
  };
}

async function finishPage(
  p: ParsedPage,
  locale: Locale,
  linker: ReturnType<typeof createTermLinker>,
  ladder: Ladder | null,
  cardIds: Map<string, Set<string>>,
  glossaryFile: string | null,
  pictures: { root: string; known: ReadonlyMap<string, string>; uses: PictureUse[] },
  sink: IssueSink,
): Promise<Page | null> {
  const { file, meta } = p;
  if (meta?.kind === 'side-effect') {
    const got = p.cards.map((c) => c.id);
    if (got.join() !== SIDE_EFFECT_SECTIONS.join()) {
      const missing = SIDE_EFFECT_SECTIONS.filter((s) => !got.includes(s));
      const firstWrong = p.cards.find((c, i) => c.id !== SIDE_EFFECT_SECTIONS[i]);
      sink.error(
        file,
        firstWrong?.pos.line ?? p.bodyLine,
        1,
        'side-effect-sections',
        `A side-effect page needs exactly the cards {#what}, {#why}, {#help}, {#call} in that order; this page has ${got.map((g) => `{#${g}}`).join(', ') || 'none'}${missing.length ? ` (missing ${missing.map((m) => `{#${m}}`).join(', ')})` : ''}.`,
        'Use four cards: `## What it is {#what}`, `## Why chemo causes it {#why}`, `## What can help {#help}`, `## Call your care team if {#call}`.',
      );
    }
  }

  const cards: Card[] = [];
  for (const raw of p.cards) {
    if (ladder) checkUrgency(file, p.lines, raw, ladder, sink);
    raw.blocks = expandSigns(file, raw.blocks, ladder, sink);
    const forced = linker.link(raw.blocks);
    for (const use of forced) {
      if (glossaryFile !== null && !linker.has(use.id)) {
        sink.error(
          file,
          use.pos.line,
          use.pos.column,
          'glossary-term-undefined',
          `The glossary word "${use.id}" is used but not defined.`,
          `Add an entry with \`id: ${use.id}\` to ${glossaryFile}, or fix the id in [[…]].`,
        );
      }
    }
    for (const link of linksIn(raw.blocks)) {
      const target = cardIds.get(link.page);
      if (!target) {
        sink.error(
          file,
          link.pos.line,
          link.pos.column,
          'broken-link',
          `The link goes to a page "${link.page}" that does not exist in ${locale}.`,
          'Use the id of an existing page: its file name without the number and ".md".',
        );
      } else if (link.card !== null && !target.has(link.card)) {
        sink.error(
          file,
          link.pos.line,
          link.pos.column,
          'broken-link',
          `The page "${link.page}" has no card {#${link.card}}.`,
          `Use one of its card ids: ${[...target].join(', ')}.`,
        );
      }
    }
    for (const b of raw.blocks)
      if (b.t === 'picture') {
        checkPicture(file, pictures.root, b, new Set(pictures.known.keys()), sink);
        pictures.uses.push({ picture: b.picture, file, line: b.targetPos.line, column: b.targetPos.column });
      }
    const variants = checkVariants(file, raw, locale, sink);
    checkReaderAddressed(
      file,
      raw,
      locale,
      variants,
      meta?.sameForEveryReader.some((c) => c.card === raw.id) ?? false,
      sink,
    );
    const body = cardBody(raw.blocks, locale, raw.id);
    const units = bodyUnits(body);
    const words = units.reduce((n, u) => n + wordsOf(u).length, 0);
    const card: Card = {
      id: raw.id,
      heading: raw.heading,
      headingForms: raw.headingForms,
      body,
      words,
      variants,
      grades: { fleschKincaid: null, colemanLiau: null, smog: null, fernandezHuerta: null, inflesz: null },
      newFact: meta?.newFacts.some((n) => n.card === raw.id) ?? false,
    };
    gradeCard(card, units, locale, file, raw, sink);
    cards.push(card);
  }
  if (!meta) return null;
  for (const same of meta.sameForEveryReader) {
    if (!p.cards.some((c) => c.id === same.card)) {
      sink.error(
        file,
        same.line,
        same.column,
        'same-for-every-reader-card',
        `\`same_for_every_reader\` names the card "${same.card}", which is not on this page.`,
        `Use ids of cards on this page: ${p.cards.map((c) => c.id).join(', ')}.`,
      );
    }
  }
  for (const n of meta.newFacts) {
    if (!p.cards.some((c) => c.id === n.card)) {
      sink.error(
        file,
        n.line,
        n.column,
        'new-fact-card',
        `\`new_since_2014\` names the card "${n.card}", which is not on this page.`,
        `Use the id of the card that holds the new fact: ${p.cards.map((c) => c.id).join(', ')}.`,
      );
    }
  }

  const sources: SourceRef[] = [];
  for (const s of meta.sources) {
    try {
      sources.push({
        publisher: s.publisher,
        title: s.title,
        url: s.url,
        date: s.date,
        lang: s.lang,
        qrSvg: await qrSvg(s.url),
      });
    } catch (error) {
      sink.error(
        file,
        s.line,
        1,
        'source-qr',
        `No QR code could be made for ${s.url}: ${error instanceof Error ? error.message : String(error)}.`,
        'Check the address; very long addresses do not fit in a QR code.',
      );
    }
  }
  return {
    id: p.id,
    locale,
    title: meta.title,
    shortTitle: meta.shortTitle,
    kind: meta.kind,
    icon: meta.icon,
    phases: meta.phases,
    cards,
    sources,
    factsChecked: meta.factsChecked,
    reviewDue: meta.reviewDue,
    newSince2014: meta.newFacts.map((n) => n.note),
    translation: meta.translation,
    clinicalReview: meta.clinicalReview,
    file,
  };
}

function gradeCard(
  card: Card,
  units: string[],
  locale: Locale,
  file: string,
  raw: RawCard,
  sink: IssueSink,
): void {
  const { line, column } = raw.pos;
  const result = GRADERS[LOCALE_PROFILES[locale].readability](units, `Card "${raw.heading || raw.id}"`);
  if (!result) return;
  Object.assign(card.grades, result.scores);
  for (const i of result.issues) {
    if (i.severity === 'error') sink.error(file, line, column, i.rule, i.message, i.hint);
    else sink.warn(file, line, column, i.rule, i.message, i.hint);
  }
}
