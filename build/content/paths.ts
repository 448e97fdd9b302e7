// content/paths.yaml: the short routes through the cards (the essentials, one path per stage of treatment,
// "Does this apply to me?"). Refs are `page#card` ids, equal in every locale, so one file serves all of them;
// every ref is checked in every locale, and the essentials' size limits are checked per locale.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import {
  AUDIENCES,
  STAGES,
  type CompiledPaths,
  type Locale,
  type Page,
  type PathStep,
  type Stage,
} from '../../electron/shared/content-types.ts';
import { parseYaml, type YamlSource } from './front-matter.ts';
import { PAGE_ID_PATTERN as ID_PATTERN } from '../../electron/shared/page-id.ts';
import { MapReader, rootAs } from './yaml-reader.ts';
import type { IssueSink } from './types.ts';

export const PATHS_FILE = 'paths.yaml';
export const ESSENTIALS_MAX_CARDS = 12;
export const ESSENTIALS_MAX_WORDS = 1000;

const ROOT_KEYS = ['essentials', 'stages', 'applies', 'audience_first'] as const;
const REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)#([a-z0-9]+(?:-[a-z0-9]+)*)$/;

function emptyPaths(): CompiledPaths {
  return { essentials: [], stages: [], applies: [], audienceFirst: {} };
}

type Ref = PathStep & { line: number; column: number };

/** Each locale's pages, to check refs against and to build the stage paths from their `phases` tags. */
export type PathLocales = Map<Locale, Page[]>;

/**
 * Reads and checks `paths.yaml` against every locale's pages. `text` is null when the file is missing: then
 * there are no paths (the kiosk offers the full guide and the topic list only).
 */
export function compilePaths(
  file: string,
  text: string | null,
  locales: PathLocales,
  sink: IssueSink,
): CompiledPaths {
  const out = emptyPaths();
  if (text === null) return out;
  const src = parseYaml(file, text, 1, sink, 'paths file');
  if (!src) return out;
  const root = rootAs(file, src, sink, isMap, {
    rule: 'paths-not-a-map',
    message: 'The paths file must start with `essentials:`, `stages:` and `applies:`.',
    hint: 'See content/README.md, "Paths", for the layout.',
  });
  if (!root) return out;
  const r = new MapReader(file, src, sink, root, 'the paths file', ROOT_KEYS);
  const checker = new RefChecker(file, src, locales, sink);

  const essentialsEntry = r.entries.get('essentials');
  if (essentialsEntry) {
    const refs = checker.refList(essentialsEntry.value, 'essentials');
    out.essentials = refs.map(({ page, card }) => ({ page, card }));
    const at = src.at(essentialsEntry.keyNode);
    if (refs.length > ESSENTIALS_MAX_CARDS) {
      sink.error(
        file,
        at.line,
        at.column,
        'essentials-too-long',
        `The essentials have ${refs.length} cards; the limit is ${ESSENTIALS_MAX_CARDS} (about 5 minutes).`,
        'Remove the cards a visitor can do without today; they stay in the full guide.',
      );
    }
    for (const [locale, pages] of locales) {
      const words = refs.reduce((n, ref) => n + (cardOf(pages, ref)?.words ?? 0), 0);
      if (words > ESSENTIALS_MAX_WORDS) {
        sink.error(
          file,
          at.line,
          at.column,
          'essentials-too-many-words',
          `The essentials have ${words} words in ${locale}; the limit is ${ESSENTIALS_MAX_WORDS} (about 5 minutes).`,
          'Pick shorter cards or fewer of them (each card shows its word count in `npm run content:check`).',
        );
      }
    }
  }

  const stagesEntry = r.entries.get('stages');
  if (stagesEntry) {
    if (!isMap(stagesEntry.value)) {
      r.wrong(
        stagesEntry,
        'a list of stages',
        'Write each stage on its own line: `induction: [questions#treatment]`.',
      );
    } else {
      const stages = new MapReader(file, src, sink, stagesEntry.value, '`stages`', STAGES);
      for (const stage of STAGES) {
        const entry = stages.entries.get(stage);
        if (!entry) continue;
        const extra = checker.refList(entry.value, `stages.${stage}`, true);
        const steps = stagePath(stage, locales, extra, file, src.at(entry.keyNode), sink);
        out.stages.push({ stage, steps });
      }
    }
  }

  const appliesEntry = r.entries.get('applies');
  if (appliesEntry) out.applies = checker.pageList(appliesEntry.value, 'applies');

  const firstEntry = r.entries.get('audience_first');
  if (firstEntry) {
    if (!isMap(firstEntry.value)) {
      r.wrong(firstEntry, 'a list of audiences', 'Write `child: [for-parents]`.');
    } else {
      const first = new MapReader(file, src, sink, firstEntry.value, '`audience_first`', AUDIENCES);
      for (const audience of AUDIENCES) {
        const entry = first.entries.get(audience);
        if (!entry) continue;
        const ids = checker.pageList(entry.value, `audience_first.${audience}`);
        for (const [i, id] of ids.entries()) {
          if (out.applies.includes(id)) continue;
          const at = src.at(isSeq(entry.value) ? (entry.value.items[i] as Node) : entry.value);
          sink.error(
            file,
            at.line,
            at.column,
            'audience-first-not-applies',
            `"${id}" is listed first for "${audience}" but is not in \`applies\`.`,
            `Add "${id}" to \`applies\` as well, or remove it here.`,
          );
        }
        out.audienceFirst[audience] = ids;
      }
    }
  }
  return out;
}

function cardOf(pages: Page[], ref: PathStep): Page['cards'][number] | undefined {
  return pages.find((p) => p.id === ref.page)?.cards.find((c) => c.id === ref.card);
}

/**
 * A stage's path: every card of the pages tagged with the stage (pages whose first tag it is come first, each
 * group in file order), then the file's extra cards, each card once. The same in every locale, never empty.
 */
function stagePath(
  stage: Stage,
  locales: PathLocales,
  extra: Ref[],
  file: string,
  at: { line: number; column: number },
  sink: IssueSink,
): PathStep[] {
  let reference: PathStep[] | null = null;
  let referenceLocale: Locale | null = null;
  for (const [locale, pages] of locales) {
    const tagged = pages.filter((p) => p.phases.includes(stage));
    const ordered = [
      ...tagged.filter((p) => p.phases[0] === stage),
      ...tagged.filter((p) => p.phases[0] !== stage),
    ];
    const steps: PathStep[] = [];
    const seen = new Set<string>();
    const add = (step: PathStep): void => {
      const key = `${step.page}#${step.card}`;
      if (seen.has(key)) return;
      seen.add(key);
      steps.push(step);
    };
    for (const page of ordered) for (const card of page.cards) add({ page: page.id, card: card.id });
    for (const ref of extra) if (cardOf(pages, ref)) add({ page: ref.page, card: ref.card });
    if (steps.length === 0) {
      sink.error(
        file,
        at.line,
        at.column,
        'stage-path-empty',
        `The stage "${stage}" has no cards in ${locale}: no page has \`${stage}\` in its \`phases\`.`,
        `Add \`${stage}\` to the \`phases\` of the pages about it, or list cards here: \`${stage}: [page#card]\`.`,
      );
    }
    const keys = steps.map((s) => `${s.page}#${s.card}`).join(' ');
    if (reference === null) {
      reference = steps;
      referenceLocale = locale;
    } else if (keys !== reference.map((s) => `${s.page}#${s.card}`).join(' ')) {
      const differs = [...new Set([...tagged.map((p) => p.file)])];
      sink.error(
        file,
        at.line,
        at.column,
        'stage-path-parity',
        `The stage "${stage}" has different cards in ${locale} than in ${referenceLocale ?? 'English'}.`,
        `Give the pages the same \`phases\` in every language (check ${differs.join(', ') || 'the pages tagged with it'}).`,
      );
    }
  }
  return reference ?? [];
}

class RefChecker {
  constructor(
    readonly file: string,
    readonly src: YamlSource,
    readonly locales: PathLocales,
    readonly sink: IssueSink,
  ) {}

  /** A list of `page#card` refs, each checked in every locale; bad ones are reported and left out. */
  refList(node: Node | null, where: string, allowEmpty = false): Ref[] {
    const items = this.items(
      node,
      where,
      'page#card refs',
      '`[what-is-all#what, call-now#fever]`',
      allowEmpty,
    );
    const refs: Ref[] = [];
    const seen = new Set<string>();
    for (const item of items) {
      const at = this.src.at(item);
      const value = isScalar(item) ? item.value : undefined;
      const match = typeof value === 'string' ? REF.exec(value.trim()) : null;
      if (!match) {
        this.sink.error(
          this.file,
          at.line,
          at.column,
          'path-ref',
          `"${String(value)}" in \`${where}\` is not a card ref.`,
          'Write the page id, `#`, then the card id: `nausea#help`.',
        );
        continue;
      }
      const ref: Ref = { page: match[1], card: match[2], ...at };
      const key = `${ref.page}#${ref.card}`;
      if (seen.has(key)) {
        this.sink.error(
          this.file,
          at.line,
          at.column,
          'path-ref-duplicate',
          `"${key}" is listed twice in \`${where}\`.`,
          'Keep one of them.',
        );
        continue;
      }
      seen.add(key);
      if (this.exists(ref, at)) refs.push(ref);
    }
    return refs;
  }

  /** A list of page ids, each checked in every locale. */
  pageList(node: Node | null, where: string): string[] {
    const ids: string[] = [];
    for (const item of this.items(node, where, 'page ids', '`[targeted-therapy, immune-treatments]`', true)) {
      const at = this.src.at(item);
      const value = isScalar(item) ? item.value : undefined;
      if (typeof value !== 'string' || !ID_PATTERN.test(value.trim())) {
        this.sink.error(
          this.file,
          at.line,
          at.column,
          'path-page',
          `"${String(value)}" in \`${where}\` is not a page id.`,
          'Write the page id: its file name without the number and ".md", e.g. `targeted-therapy`.',
        );
        continue;
      }
      const id = value.trim();
      let ok = true;
      for (const [locale, pages] of this.locales) {
        if (pages.some((p) => p.id === id)) continue;
        ok = false;
        this.sink.error(
          this.file,
          at.line,
          at.column,
          'path-page-missing',
          `\`${where}\` names the page "${id}", which does not exist in ${locale}.`,
          `Add the page to content/${locale}/ first, or remove "${id}" here.`,
        );
      }
      if (ok && !ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  private exists(ref: Ref, at: { line: number; column: number }): boolean {
    let ok = true;
    for (const [locale, pages] of this.locales) {
      const page = pages.find((p) => p.id === ref.page);
      if (!page) {
        ok = false;
        this.sink.error(
          this.file,
          at.line,
          at.column,
          'path-ref-missing',
          `"${ref.page}#${ref.card}": there is no page "${ref.page}" in ${locale}.`,
          `Add the page to content/${locale}/ first, or remove this line.`,
        );
      } else if (!page.cards.some((c) => c.id === ref.card)) {
        ok = false;
        this.sink.error(
          this.file,
          at.line,
          at.column,
          'path-ref-missing',
          `"${ref.page}#${ref.card}": the page "${ref.page}" (${page.file}) has no card {#${ref.card}}.`,
          `Use one of its card ids: ${page.cards.map((c) => c.id).join(', ')}.`,
        );
      }
    }
    return ok;
  }

  private items(
    node: Node | null,
    where: string,
    what: string,
    example: string,
    allowEmpty: boolean,
  ): Node[] {
    if (node === null || (isScalar(node) && node.value === null)) {
      if (!allowEmpty) this.emptyError(node, where, example);
      return [];
    }
    if (!isSeq(node)) {
      const at = this.src.at(node);
      this.sink.error(
        this.file,
        at.line,
        at.column,
        'schema-type',
        `\`${where}\` must be a list of ${what}.`,
        `Write one per line starting with "- ", or ${example}.`,
      );
      return [];
    }
    if (node.items.length === 0 && !allowEmpty) this.emptyError(node, where, example);
    return node.items as Node[];
  }

  private emptyError(node: Node | null, where: string, example: string): void {
    const at = this.src.at(node);
    this.sink.error(
      this.file,
      at.line,
      at.column,
      'schema-empty',
      `\`${where}\` is empty.`,
      `List cards, e.g. ${example}.`,
    );
  }
}
