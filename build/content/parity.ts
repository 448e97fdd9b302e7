// Every locale must mirror English: the same pages, the same cards in the same order, the same slots and the
// same glossary ids, so a visitor who switches language lands on the same card. Errors name both files.
import { LOCALE_PROFILES } from './locale-registry.ts';
import type { Locale, PageKind, SlotName } from '../../electron/shared/content-types.ts';
import type { IssueSink } from './types.ts';

export type PageShape = {
  id: string;
  file: string;
  /** Path inside the locale folder (e.g. `01-guide/02-what-is-all.md`), to name the expected twin. */
  rel: string;
  /** Null when the page's kind is missing or invalid (already an error). */
  kind: PageKind | null;
  cards: { id: string; line: number }[];
  slots: SlotName[];
  bodyLine: number;
};

export type LocaleShape = {
  locale: Locale;
  pages: PageShape[];
  glossaryFile: string | null;
  glossary: { id: string; line: number }[];
};

export function checkParity(reference: LocaleShape, other: LocaleShape, root: string, sink: IssueSink): void {
  const ref = LOCALE_PROFILES[reference.locale].englishName;
  const lang = LOCALE_PROFILES[other.locale].englishName;
  const otherById = new Map(other.pages.map((p) => [p.id, p]));
  const refById = new Map(reference.pages.map((p) => [p.id, p]));
  for (const p of reference.pages) {
    const twin = otherById.get(p.id);
    if (!twin) {
      sink.error(
        `${root}/${other.locale}/${p.rel}`,
        1,
        1,
        'parity-missing-page',
        `The page "${p.id}" (${p.file}) has no ${lang} version.`,
        `Create ${root}/${other.locale}/${p.rel} with the same cards ({#ids}) as ${p.file}.`,
      );
      continue;
    }
    if (twin.kind !== null && p.kind !== null && twin.kind !== p.kind) {
      sink.error(
        twin.file,
        1,
        1,
        'parity-kind',
        `This page's kind is "${twin.kind}" but ${p.file} says "${p.kind}".`,
        `Use \`kind: ${p.kind}\` in both files.`,
      );
    }
    const a = p.cards.map((c) => c.id);
    const b = twin.cards.map((c) => c.id);
    const firstDiff = a.findIndex((id, i) => b[i] !== id);
    if (firstDiff !== -1 || a.length !== b.length) {
      const at = firstDiff === -1 ? a.length : firstDiff;
      const line = twin.cards[at]?.line ?? twin.cards[twin.cards.length - 1]?.line ?? twin.bodyLine;
      const missing = a.filter((id) => !b.includes(id));
      const extra = b.filter((id) => !a.includes(id));
      const detail = [
        missing.length ? `missing ${missing.map((x) => `{#${x}}`).join(', ')}` : '',
        extra.length ? `extra ${extra.map((x) => `{#${x}}`).join(', ')}` : '',
        !missing.length && !extra.length ? 'the same cards in a different order' : '',
      ]
        .filter(Boolean)
        .join('; ');
      sink.error(
        twin.file,
        line,
        1,
        'parity-cards',
        `The cards differ from ${p.file} (${detail}). ${ref}: ${a.join(', ') || '(none)'}; ${lang}: ${b.join(', ') || '(none)'}.`,
        'Give both files the same cards with the same {#ids}, in the same order.',
      );
    }
    const sa = [...p.slots].sort();
    const sb = [...twin.slots].sort();
    if (sa.join() !== sb.join()) {
      sink.error(
        twin.file,
        twin.bodyLine,
        1,
        'parity-slots',
        `Site values differ from ${p.file}: ${ref} uses ${sa.map((s) => `{{${s}}}`).join(', ') || 'none'}, ${lang} uses ${sb.map((s) => `{{${s}}}`).join(', ') || 'none'}.`,
        'Use the same {{…}} placeholders in both languages, so every site value shows in both.',
      );
    }
  }
  for (const p of other.pages) {
    if (!refById.has(p.id)) {
      sink.error(
        p.file,
        1,
        1,
        'parity-extra-page',
        `The page "${p.id}" has no ${ref} original (expected ${root}/${reference.locale}/${p.rel}).`,
        `Add the ${ref} page first, or rename this file to match an existing ${ref} page.`,
      );
    }
  }
  // Glossary ids.
  if (reference.glossaryFile && other.glossaryFile) {
    const otherIds = new Map(other.glossary.map((g) => [g.id, g.line]));
    const refIds = new Set(reference.glossary.map((g) => g.id));
    for (const g of reference.glossary) {
      if (!otherIds.has(g.id)) {
        sink.error(
          other.glossaryFile,
          1,
          1,
          'parity-missing-term',
          `The word "${g.id}" (${reference.glossaryFile}:${g.line}) is missing from this glossary.`,
          `Add an entry with \`id: ${g.id}\` and the ${lang} term and definition.`,
        );
      }
    }
    for (const g of other.glossary) {
      if (!refIds.has(g.id)) {
        sink.error(
          other.glossaryFile,
          g.line,
          1,
          'parity-extra-term',
          `The word "${g.id}" is not in ${reference.glossaryFile}.`,
          `Use the same ids as the ${ref} glossary, or add the word there first.`,
        );
      }
    }
  }
}
