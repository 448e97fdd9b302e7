// `npm run export:site`'s work: the compiled content (same compiler, same card tree) + the site's config →
// a static, script-free web copy, one HTML file per page per language, for the hospital to host.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KioskConfig } from '../../electron/shared/config-schema';
import type { Locale } from '../../electron/shared/content-types';
import type { PictureAsset } from '../../electron/shared/picture-types';
import { takeHomePath } from '../../electron/shared/take-home';
import { slotValues } from '../../renderer/lib/slots';
import type { ExportContext, ExportLocale } from './html';
import {
  QUESTIONS_SCRIPT,
  glossaryHtml,
  localeIndexHtml,
  pageHtml,
  pictureLayoutCss,
  rootIndexHtml,
} from './html';

const STYLE = join(dirname(fileURLToPath(import.meta.url)), 'style.css');

/** The CSP source that allows exactly the questions page's script and nothing else. */
export function scriptHash(script: string = QUESTIONS_SCRIPT): string {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

export type ExportResult = { files: string[] };

/** The compiled content as the export reads it (CompiledContent once cards carry their tree). */
export type ExportContent = {
  locales: Record<Locale, ExportLocale>;
  /** The sanitized drawings, for their label points (none: pictures show without labels). */
  pictures?: Readonly<Record<string, PictureAsset>>;
};

export function exportSite(options: {
  content: ExportContent;
  config: KioskConfig;
  outDir: string;
  /** Folder holding content pictures (`<id>.svg`), copied when a page uses them. */
  picturesDir?: string;
}): ExportResult {
  const { content, config, outDir } = options;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  const write = (rel: string, text: string): void => {
    const path = join(outDir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, 'utf8');
    files.push(rel);
  };
  const locales = config.locales.filter((l) => (content.locales[l]?.pages.length ?? 0) > 0);
  const pictures = new Set<string>();
  for (const locale of locales) {
    const local = content.locales[locale];
    const otherLocale = locales.find((l) => l !== locale) ?? null;
    const ctx: ExportContext = {
      locale,
      slots: slotValues(config, locale, local.slotDefaults),
      otherLocale:
        otherLocale === null
          ? null
          : { locale: otherLocale, pageIds: new Set(content.locales[otherLocale].pages.map((p) => p.id)) },
      scriptHash: scriptHash(),
      pictures: content.pictures ?? {},
      pictureLabels: local.pictureLabels,
    };
    for (const page of local.pages) {
      write(takeHomePath(locale, page.id), pageHtml(page, local, ctx));
      for (const card of page.cards)
        for (const block of card.body) if (block.type === 'picture') pictures.add(block.picture);
    }
    write(`${locale}/index.html`, localeIndexHtml(local, ctx));
    write(`${locale}/glossary.html`, glossaryHtml(local, ctx));
  }
  write('index.html', rootIndexHtml(locales));
  write('style.css', `${readFileSync(STYLE, 'utf8')}\n${pictureLayoutCss(content.pictures ?? {})}`);
  for (const picture of pictures) {
    const from = join(options.picturesDir ?? 'content/pictures', `${picture}.svg`);
    if (!existsSync(from))
      throw new Error(`${from}: a page shows picture "${picture}" but the file is missing`);
    mkdirSync(join(outDir, 'pictures'), { recursive: true });
    writeFileSync(join(outDir, 'pictures', `${picture}.svg`), paintedSvg(readFileSync(from, 'utf8')), 'utf8');
    files.push(`pictures/${picture}.svg`);
  }
  return { files };
}

/** The kiosk's picture paint rules (default theme), so a drawing shown as `<img>` paints as it does on screen. */
const PICTURE_CSS = new URL('../../renderer/styles/pictures.css', import.meta.url);
const DEFAULT_PICTURE_TOKENS =
  ':root{--surface:#ffffff;--text:#1b1b1b;--primary:#1d4f7a;--urgent:#8c2f0d;' +
  '--pic-bg:var(--surface);--pic-ink:var(--text);--pic-accent:var(--primary);--pic-warm:var(--urgent);' +
  '--pic-soft:#e6edf4;--pic-accent-soft:#cfe0f0;--pic-warm-soft:#f6dcd2;--pic-paper:var(--surface)}';

/**
 * An `<img>` is its own document: the page's stylesheet never reaches inside it. The drawing carries only theme
 * classes (the compiler allows no colours), so the paint rules go into the file itself.
 */
export function paintedSvg(svg: string): string {
  const css = readFileSync(PICTURE_CSS, 'utf8');
  const rules = css.slice(css.indexOf('/* Nothing paints'), css.indexOf('/* A card with a picture'));
  const style = `<style>${DEFAULT_PICTURE_TOKENS}${rules.replace(/\/\*[\s\S]*?\*\//g, '')}</style>`;
  return svg.replace(/<svg\b([^>]*)>/, (_m, attrs: string) => {
    const withClass = /\bclass="/.test(attrs)
      ? attrs.replace(/\bclass="/, 'class="picture-art ')
      : `${attrs} class="picture-art"`;
    return `<svg${withClass}>${style}`;
  });
}
