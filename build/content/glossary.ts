// glossary.yaml: the words to know. Read with positions, validated, then used to link each term's first use
// in every card (longest form first, whole words, case-insensitive, never inside another button).
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { READER_FORMS, type Locale } from '../../electron/shared/content-types.ts';
import { parseYaml } from './front-matter.ts';
import { TERM_PLACEHOLDER, type Block, type Inline, type Pos } from './markdown.ts';
import { PAGE_ID_PATTERN as ID_PATTERN } from '../../electron/shared/page-id.ts';
import { MapReader, rootAs } from './yaml-reader.ts';
import type { IssueSink } from './types.ts';

export type GlossaryEntry = { id: string; term: string; also: string[]; definition: string; line: number };

const GLOSSARY_KEYS = ['id', 'term', 'also', 'definition'] as const;

/** The entries, or null when the file could not be read as a list at all (errors recorded). */
export function parseGlossary(file: string, text: string, sink: IssueSink): GlossaryEntry[] | null {
  const src = parseYaml(file, text, 1, sink, 'glossary');
  if (!src) return null;
  const root = rootAs(file, src, sink, isSeq, {
    rule: 'glossary-not-a-list',
    message: 'The glossary must be a list of words (each starting with "- id:").',
    hint: 'See content/README.md, "Words to know", for the layout.',
  });
  if (!root) return [];
  const out: GlossaryEntry[] = [];
  const ids = new Map<string, number>();
  const forms = new Map<string, { id: string; line: number }>();
  for (const item of root.items) {
    const node = item as Node;
    const at = src.at(node);
    if (!isMap(node)) {
      sink.error(
        file,
        at.line,
        at.column,
        'schema-type',
        'Each glossary entry needs id, term and definition.',
        'Write `- id: …` then `term: …` and `definition: …` indented under it.',
      );
      continue;
    }
    const r = new MapReader(file, src, sink, node, 'this glossary entry', GLOSSARY_KEYS);
    const id = r.string('id', 'Add `id:`, the same in every language (small letters, digits, dashes).');
    const term = r.string('term', 'Add `term:`, the word as shown in the A–Z list.');
    const definition = r.string('definition', 'Add `definition:`, one or two plain sentences.');
    const also: string[] = [];
    const alsoEntry = r.entries.get('also');
    if (alsoEntry) {
      if (!isSeq(alsoEntry.value))
        r.wrong(alsoEntry, 'a list, e.g. `also: [in remission]`', 'Write other forms of the word as a list.');
      else
        for (const a of alsoEntry.value.items) {
          const v = isScalar(a) ? a.value : undefined;
          if (typeof v === 'string' && v.trim() !== '') also.push(v.trim());
          else {
            const p = src.at(a as Node);
            sink.error(
              file,
              p.line,
              p.column,
              'schema-type',
              'Each `also` form must be text.',
              'Write other forms of the word as a list of words.',
            );
          }
        }
    }
    if (id !== null && !ID_PATTERN.test(id)) {
      const p = r.at(r.entries.get('id')?.value);
      sink.error(
        file,
        p.line,
        p.column,
        'bad-term-id',
        `The glossary id "${id}" is not allowed.`,
        'Ids use small letters, digits and dashes, e.g. `bone-marrow`.',
      );
    }
    if (id === null || term === null || definition === null) continue;
    const dup = ids.get(id);
    if (dup !== undefined) {
      sink.error(
        file,
        at.line,
        at.column,
        'duplicate-term-id',
        `The glossary id "${id}" is already used on line ${dup}.`,
        'Give each word its own id, or merge the two entries.',
      );
      continue;
    }
    ids.set(id, at.line);
    for (const form of [term, ...also]) {
      const key = form.toLocaleLowerCase();
      const other = forms.get(key);
      if (other && other.id !== id) {
        sink.error(
          file,
          at.line,
          at.column,
          'duplicate-term',
          `"${form}" is already a form of "${other.id}" (line ${other.line}).`,
          'Each word may belong to one glossary entry only; remove it from one of them.',
        );
      } else forms.set(key, { id, line: at.line });
    }
    out.push({ id, term, also, definition, line: at.line });
  }
  return out;
}

export type TermUse = { id: string; pos: Pos };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds the matcher once per locale; link() marks the first use of each term in one card. */
export function createTermLinker(
  entries: GlossaryEntry[],
  locale: Locale,
): {
  link(blocks: Block[]): TermUse[];
  has(id: string): boolean;
} {
  const byForm = new Map<string, string>();
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const e of entries) for (const f of [e.term, ...e.also]) byForm.set(f.toLocaleLowerCase(locale), e.id);
  const formsLongestFirst = [...byForm.keys()].sort((a, b) => b.length - a.length);
  // Whole words: no letter or digit on either side (Unicode-aware, so "médula" works in Spanish).
  const re =
    formsLongestFirst.length > 0
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${formsLongestFirst.map((f) => escapeRegExp(f).replace(/ +/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
          'giu',
        )
      : null;

  const link = (blocks: Block[]): TermUse[] => {
    const forced: TermUse[] = [];
    const used = new Set<string>();
    const visitForced = (nodes: Inline[]): void => {
      for (const n of nodes) {
        if (n.t === 'term') {
          forced.push({ id: n.id, pos: n.pos });
          used.add(n.id);
          if (n.text.startsWith(TERM_PLACEHOLDER)) n.text = byId.get(n.id)?.term ?? n.id;
        } else if (n.t === 'strong' || n.t === 'em') visitForced(n.c);
        else if (n.t === 'variant') for (const f of READER_FORMS) visitForced(n.forms[f]);
      }
    };
    const visitAuto = (nodes: Inline[]): Inline[] => {
      const out: Inline[] = [];
      for (const n of nodes) {
        if (n.t === 'strong' || n.t === 'em') out.push({ ...n, c: visitAuto(n.c) });
        else if (n.t === 'variant') {
          // Only one form shows, so each form links its own first use; afterwards every form's uses count.
          const before = new Set(used);
          const after = new Set(used);
          const forms = { ...n.forms };
          for (const f of READER_FORMS) {
            used.clear();
            for (const id of before) used.add(id);
            forms[f] = visitAuto(n.forms[f]);
            for (const id of used) after.add(id);
          }
          used.clear();
          for (const id of after) used.add(id);
          out.push({ ...n, forms });
        } else if (n.t === 'text' && re) out.push(...splitText(n));
        else out.push(n);
      }
      return out;
    };
    const splitText = (n: { t: 'text'; v: string; pos: Pos }): Inline[] => {
      if (!re) return [n];
      const out: Inline[] = [];
      let last = 0;
      re.lastIndex = 0;
      for (let m = re.exec(n.v); m; m = re.exec(n.v)) {
        const id = byForm.get(m[0].replace(/\s+/g, ' ').toLocaleLowerCase(locale));
        if (id === undefined || used.has(id)) continue;
        used.add(id);
        if (m.index > last) out.push({ t: 'text', v: n.v.slice(last, m.index), pos: n.pos });
        out.push({
          t: 'term',
          id,
          text: m[0],
          pos: { line: n.pos.line, column: n.pos.column + m.index },
          forced: false,
        });
        last = m.index + m[0].length;
      }
      if (last === 0) return [n];
      if (last < n.v.length) out.push({ t: 'text', v: n.v.slice(last), pos: n.pos });
      return out;
    };
    for (const b of blocks) {
      if (b.t === 'p') visitForced(b.c);
      else if (b.t !== 'picture') for (const it of b.items) visitForced(it.c);
    }
    for (const b of blocks) {
      if (b.t === 'p') b.c = visitAuto(b.c);
      else if (b.t !== 'picture') for (const it of b.items) it.c = visitAuto(it.c);
    }
    return forced;
  };
  return { link, has: (id) => byId.has(id) };
}
