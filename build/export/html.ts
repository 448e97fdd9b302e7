// The take-home web copy as HTML text, from the same card tree the kiosk renders. Pure (no fs): site.ts
// writes the files. Every value from content or config is escaped here; nothing is passed through as markup.
import type {
  BlockNode,
  GlossaryTerm,
  InlineNode,
  Locale,
  LocaleContent,
  Page,
  SentenceNode,
  SlotName,
} from '../../electron/shared/content-types';
import { LOCALE_NAMES } from '../../electron/shared/content-types';
import type { PictureAnchor, PictureAsset, PictureLabels } from '../../electron/shared/picture-types';
import { uiStrings } from '../../renderer/i18n/locales';
import { formatIsoDate } from '../../renderer/lib/format';
import { EXPORT_STRINGS } from './strings';

/** What the export reads of a card and a page: the card tree and the page's facts (Card and Page satisfy these). */
type ExportCard = { id: string; heading: string; body: readonly BlockNode[] };
export type ExportPage = Omit<Page, 'cards'> & { cards: readonly ExportCard[] };
export type ExportLocale = Omit<LocaleContent, 'pages'> & { pages: readonly ExportPage[] };

export type ExportContext = {
  locale: Locale;
  /** Site values for slots (fever threshold, phone numbers), already in words for this locale. */
  slots: Record<SlotName, string>;
  /** Page ids that exist in the other locale, for the language link. */
  otherLocale: { locale: Locale; pageIds: ReadonlySet<string> } | null;
  /** CSP source for the questions page's one inline script ('sha256-…'), or null for every other page. */
  scriptHash?: string | null;
  /** The sanitized drawings (for their label points) and this locale's label words. */
  pictures?: Readonly<Record<string, PictureAsset>>;
  pictureLabels?: PictureLabels;
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** The file of `pageId` relative to another page of the same locale. */
function pageHref(pageId: string, card: string | null = null): string {
  return `${escapeHtml(pageId)}.html${card === null ? '' : `#${escapeHtml(card)}`}`;
}

function inlineHtml(nodes: readonly InlineNode[], ctx: ExportContext): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeHtml(node.value);
        case 'strong':
          return `<strong>${inlineHtml(node.children, ctx)}</strong>`;
        case 'em':
          return `<em>${inlineHtml(node.children, ctx)}</em>`;
        case 'term':
          return `<a class="term" href="glossary.html#term-${escapeHtml(node.term)}">${escapeHtml(node.text)}</a>`;
        case 'page-link':
          return `<a href="${pageHref(node.page, node.card)}">${escapeHtml(node.text)}</a>`;
        case 'slot':
          return `<strong class="slot">${escapeHtml(ctx.slots[node.name])}</strong>`;
        case 'break':
          return '<br>';
        case 'variant':
          // The take-home pages are one file per page for every reader: they carry the default ("you") form.
          return inlineHtml(node.forms.you, ctx);
      }
    })
    .join('');
}

/**
 * A drawing with its labels as live text, in the page's language: the kiosk's own words over the picture (placed
 * by the rules `pictureLayoutCss` writes into style.css — the CSP allows no style attributes), so they scale,
 * print, translate and read aloud; on a narrow phone screen they flow as a list under it.
 */
export function pictureHtml(picture: string, alt: string, ctx: ExportContext): string {
  const id = escapeHtml(picture);
  const img = `<img class="picture-img" src="../pictures/${id}.svg" alt="${escapeHtml(alt)}">`;
  const anchors = ctx.pictures?.[picture]?.anchors ?? [];
  const labels = ctx.pictureLabels?.[picture] ?? {};
  const items = anchors.flatMap((anchor) => {
    const parts = labels[anchor.id];
    if (!parts) return [];
    const words = parts.map((p) => (p.type === 'text' ? p.value : ctx.slots[p.name])).join('');
    return [
      `<li class="picture-label side-${anchor.side}" data-label="${escapeHtml(anchor.id)}">${escapeHtml(words)}</li>`,
    ];
  });
  const list = items.length === 0 ? '' : `<ul class="picture-labels">${items.join('')}</ul>`;
  return `<figure class="picture" data-picture="${id}">${img}${list}</figure>`;
}

/** Room for a label's words beside its point, in percent of the picture's width. */
function labelRoom(anchor: PictureAnchor): number {
  if (anchor.side === 'left') return anchor.x;
  if (anchor.side === 'right') return 100 - anchor.x;
  return 46;
}

const cssNumber = (n: number): string => String(Math.round(n * 100) / 100);

/** Each picture's shape and each label's place, as stylesheet rules (numbers only; ids are checked at build). */
export function pictureLayoutCss(pictures: Readonly<Record<string, PictureAsset>>): string {
  const rules: string[] = [];
  for (const asset of Object.values(pictures)) {
    if (!/^[a-z0-9-]+$/.test(asset.id)) continue;
    const sel = `.picture[data-picture='${asset.id}']`;
    rules.push(`${sel}{--aspect:${cssNumber(asset.aspect)}}`);
    for (const a of asset.anchors) {
      if (!/^[a-z0-9-]+$/.test(a.id)) continue;
      rules.push(
        `${sel} [data-label='${a.id}']{left:${cssNumber(a.x)}%;top:${cssNumber(a.y)}%;--room:${cssNumber(labelRoom(a))}%}`,
      );
    }
  }
  return `/* Generated by the export from content/pictures: each picture's shape and where its labels sit. */\n${rules.join('\n')}\n`;
}

function sentencesHtml(sentences: readonly SentenceNode[], ctx: ExportContext): string {
  return sentences.map((s) => inlineHtml(s.children, ctx)).join(' ');
}

/** A card's blocks. On the questions page each list item carries its question id, for the `#q=` list. */
export function blocksHtml(blocks: readonly BlockNode[], ctx: ExportContext, questions = false): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return `<p>${sentencesHtml(block.children, ctx)}</p>`;
        case 'list': {
          const tag = block.ordered ? 'ol' : 'ul';
          const items = block.items.map((item) => {
            const id = questions && item.children[0] ? ` id="q-${escapeHtml(item.children[0].id)}"` : '';
            return `<li${id}>${sentencesHtml(item.children, ctx)}</li>`;
          });
          return `<${tag}>${items.join('')}</${tag}>`;
        }
        case 'picture':
          return pictureHtml(block.picture, block.alt, ctx);
      }
    })
    .join('\n');
}

function csp(scriptHash: string | null): string {
  const script = scriptHash === null ? "script-src 'none'" : `script-src '${scriptHash}'`;
  return `default-src 'none'; style-src 'self'; img-src 'self'; ${script}; base-uri 'none'; form-action 'none'`;
}

function layout(options: {
  locale: Locale;
  title: string;
  depth: 0 | 1;
  nav: string;
  main: string;
  scriptHash?: string | null;
  script?: string | null;
}): string {
  const root = options.depth === 0 ? '' : '../';
  const strings = EXPORT_STRINGS[options.locale];
  return `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp(options.scriptHash ?? null)}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="${root}style.css">
</head>
<body>
<a class="skip" href="#main">${escapeHtml(strings.skip)}</a>
<header>${options.nav}</header>
<main id="main">
${options.main}
</main>
<footer><p>${escapeHtml(strings.copyNote)}</p></footer>
${options.script ? `<script>${options.script}</script>\n` : ''}</body>
</html>
`;
}

function pageNav(ctx: ExportContext, pageId: string | null, callNowId: string | null): string {
  const strings = EXPORT_STRINGS[ctx.locale];
  const ui = uiStrings(ctx.locale);
  const links = [`<a href="index.html">${escapeHtml(strings.allPages)}</a>`];
  if (callNowId !== null && callNowId !== pageId)
    links.push(`<a href="${pageHref(callNowId)}">${escapeHtml(ui.callNow)}</a>`);
  if (ctx.otherLocale !== null) {
    const other = ctx.otherLocale.locale;
    const target = pageId !== null && ctx.otherLocale.pageIds.has(pageId) ? `${pageId}.html` : 'index.html';
    links.push(
      `<a href="../${other}/${escapeHtml(target)}" lang="${other}" hreflang="${other}">${escapeHtml(LOCALE_NAMES[other])}</a>`,
    );
  }
  return `<nav aria-label="${escapeHtml(ui.appTitle)}"><ul>${links.map((l) => `<li>${l}</li>`).join('')}</ul></nav>`;
}

/** The questions page's one script: shows the questions named in `#q=` by copying their own text. */
export const QUESTIONS_SCRIPT =
  "(function(){var s=document.getElementById('my-questions'),l=document.getElementById('my-questions-list'),e=document.getElementById('my-questions-empty');function show(){var m=/^#q=([^#]{1,4000})$/.exec(location.hash);l.textContent='';if(!m){s.hidden=true;return;}var n=0;m[1].split(',').forEach(function(id){if(!/^[a-z0-9-]+\\.[0-9]+$/.test(id))return;var q=document.getElementById('q-'+id);if(!q)return;var li=document.createElement('li');li.textContent=q.textContent;l.appendChild(li);n++;});s.hidden=false;e.hidden=n>0;l.hidden=n===0;}show();window.addEventListener('hashchange',show);})();";

export function pageHtml(page: ExportPage, content: ExportLocale, ctx: ExportContext): string {
  const strings = EXPORT_STRINGS[ctx.locale];
  const ui = uiStrings(ctx.locale);
  const questions = page.kind === 'questions';
  const callNow = content.pages.find((p) => p.kind === 'call-now')?.id ?? null;
  const cards = page.cards
    .map((card) => {
      const heading =
        card.heading === page.title
          ? ''
          : `<h2 id="h-${escapeHtml(card.id)}">${escapeHtml(card.heading)}</h2>\n`;
      const labelled = heading === '' ? '' : ` aria-labelledby="h-${escapeHtml(card.id)}"`;
      return `<section class="card" id="${escapeHtml(card.id)}"${labelled}>\n${heading}${blocksHtml(card.body, ctx, questions)}\n</section>`;
    })
    .join('\n');
  const mine = questions
    ? `<section id="my-questions" class="my-questions" aria-labelledby="my-questions-title" hidden>
<h2 id="my-questions-title">${escapeHtml(strings.myQuestions)}</h2>
<ol id="my-questions-list"></ol>
<p id="my-questions-empty" hidden>${escapeHtml(strings.myQuestionsEmpty)}</p>
<p class="print-hint">${escapeHtml(strings.printHint)}</p>
</section>\n`
    : '';
  const sources = page.sources
    .map(
      (source) =>
        `<li>${escapeHtml(source.publisher)}: <a href="${escapeHtml(source.url)}" rel="noreferrer">${escapeHtml(source.title)}</a>${source.lang && source.lang !== ctx.locale ? ` ${escapeHtml(ui.sourceInLanguage(source.lang))}` : ''} (${escapeHtml(ui.sourceUpdated(formatIsoDate(source.date, ctx.locale)))})</li>`,
    )
    .join('');
  const reviewed = strings.reviewed(
    formatIsoDate(page.factsChecked, ctx.locale),
    formatIsoDate(page.reviewDue, ctx.locale),
  );
  const main = `<h1>${escapeHtml(page.title)}</h1>
${mine}${cards}
<section class="sources" aria-labelledby="sources-title">
<h2 id="sources-title">${escapeHtml(strings.sources)}</h2>
${sources === '' ? '' : `<ul>${sources}</ul>`}
<p class="reviewed" data-review-due="${escapeHtml(page.reviewDue)}">${escapeHtml(reviewed)}</p>
</section>`;
  return layout({
    locale: ctx.locale,
    title: `${page.title} | ${ui.appTitle}`,
    depth: 1,
    nav: pageNav(ctx, page.id, callNow),
    main,
    scriptHash: questions ? (ctx.scriptHash ?? null) : null,
    script: questions && ctx.scriptHash ? QUESTIONS_SCRIPT : null,
  });
}

function pageList(pages: readonly ExportPage[]): string {
  return `<ul class="page-list">${pages.map((p) => `<li><a href="${pageHref(p.id)}">${escapeHtml(p.title)}</a></li>`).join('')}</ul>`;
}

export function localeIndexHtml(content: ExportLocale, ctx: ExportContext): string {
  const ui = uiStrings(ctx.locale);
  const strings = EXPORT_STRINGS[ctx.locale];
  const byId = new Map(content.pages.map((p) => [p.id, p]));
  const tour = content.tour.flatMap((id) => byId.get(id) ?? []);
  const sideEffects = content.pages.filter((p) => p.kind === 'side-effect');
  const other = content.pages.filter((p) => p.kind !== 'side-effect' && !content.tour.includes(p.id));
  const callNow = content.pages.find((p) => p.kind === 'call-now')?.id ?? null;
  const main = `<h1>${escapeHtml(ui.appTitle)}</h1>
<p>${escapeHtml(ui.appIntro)}</p>
<h2>${escapeHtml(strings.contents)}</h2>
${pageList(tour)}
${sideEffects.length > 0 ? `<h2>${escapeHtml(ui.sideEffectsTitle)}</h2>\n${pageList(sideEffects)}` : ''}
${other.length > 0 ? `<h2>${escapeHtml(strings.moreTopics)}</h2>\n${pageList(other)}` : ''}
<p><a href="glossary.html">${escapeHtml(strings.glossary)}</a></p>`;
  return layout({ locale: ctx.locale, title: ui.appTitle, depth: 1, nav: pageNav(ctx, null, callNow), main });
}

export function glossaryHtml(content: ExportLocale, ctx: ExportContext): string {
  const strings = EXPORT_STRINGS[ctx.locale];
  const ui = uiStrings(ctx.locale);
  const callNow = content.pages.find((p) => p.kind === 'call-now')?.id ?? null;
  const terms = content.glossary
    .map(
      (term: GlossaryTerm) =>
        `<dt id="term-${escapeHtml(term.id)}">${escapeHtml(term.term)}</dt><dd>${escapeHtml(term.definition)}</dd>`,
    )
    .join('\n');
  const main = `<h1>${escapeHtml(strings.glossary)}</h1>\n<dl class="glossary">\n${terms}\n</dl>`;
  return layout({
    locale: ctx.locale,
    title: `${strings.glossary} | ${ui.appTitle}`,
    depth: 1,
    nav: pageNav(ctx, 'glossary', callNow),
    main,
  });
}

export function rootIndexHtml(locales: readonly Locale[]): string {
  const first = locales[0] ?? 'en';
  const links = locales
    .map(
      (l) =>
        `<li><a href="${l}/index.html" lang="${l}" hreflang="${l}">${escapeHtml(uiStrings(l).appTitle)} (${escapeHtml(LOCALE_NAMES[l])})</a></li>`,
    )
    .join('');
  const main = `<h1>${escapeHtml(uiStrings(first).appTitle)}</h1>\n<h2>${escapeHtml(EXPORT_STRINGS[first].chooseLanguage)}</h2>\n<ul class="page-list">${links}</ul>`;
  return layout({ locale: first, title: uiStrings(first).appTitle, depth: 0, nav: '', main });
}
