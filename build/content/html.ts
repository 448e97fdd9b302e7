// Cards → allowlisted HTML (the only forms in content-types.ts's Card.html doc) and → plain text units for
// grading. Every piece of educator text goes through escapeHtml; nothing is passed through raw.
import { ALLOWED_HTML_ELEMENTS, type SlotName } from '../../electron/shared/content-types.ts';
import type { Block, Inline } from './markdown.ts';

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

function inlineHtml(nodes: Inline[]): string {
  let out = '';
  for (const n of nodes) {
    switch (n.t) {
      case 'text':
        out += escapeHtml(n.v);
        break;
      case 'strong':
        out += `<strong>${inlineHtml(n.c)}</strong>`;
        break;
      case 'em':
        out += `<em>${inlineHtml(n.c)}</em>`;
        break;
      case 'br':
        out += '<br>';
        break;
      case 'signs':
        // Replaced by the ladder's own blocks before HTML is made (warning-signs.ts); never emitted.
        break;
      case 'slot':
        out += `<span class="slot" data-slot="${escapeHtml(n.name)}"></span>`;
        break;
      case 'term':
        out += `<button type="button" class="term" data-term="${escapeHtml(n.id)}">${escapeHtml(n.text)}</button>`;
        break;
      case 'link': {
        const card = n.card ? ` data-card="${escapeHtml(n.card)}"` : '';
        out += `<button type="button" class="page-link" data-page="${escapeHtml(n.page)}"${card}>${escapeHtml(n.text)}</button>`;
        break;
      }
    }
  }
  return out;
}

export function blocksHtml(blocks: Block[]): string {
  return blocks
    .map((b) =>
      b.t === 'p'
        ? `<p>${inlineHtml(b.c)}</p>`
        : `<${b.t}>${b.items.map((it) => `<li>${inlineHtml(it.c)}</li>`).join('')}</${b.t}>`,
    )
    .join('');
}

/** Elements used in an HTML string, for the closed-allowlist self-check. */
export function elementsIn(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1].toLowerCase());
}

export function onlyAllowedElements(html: string): boolean {
  return elementsIn(html).every((e) => (ALLOWED_HTML_ELEMENTS as readonly string[]).includes(e));
}

/** What a slot is read as when grading: one short word (its value is a number or a short phrase). */
const SLOT_READ_AS: Record<SlotName, string> = {
  fever_f: '100',
  fever_c: '38',
  care_team_phone: 'phone',
  after_hours_phone: 'phone',
};

function inlineText(nodes: Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.t) {
        case 'text':
          return n.v;
        case 'strong':
        case 'em':
          return inlineText(n.c);
        case 'br':
        case 'signs':
          return ' ';
        case 'slot':
          return SLOT_READ_AS[n.name];
        case 'term':
        case 'link':
          return n.text;
      }
      return '';
    })
    .join('');
}

/** Paragraphs and list items as plain text, each a unit for sentence counting. */
export function blocksText(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.t === 'p' ? [inlineText(b.c)] : b.items.map((it) => inlineText(it.c))));
}

export function slotsIn(blocks: Block[]): SlotName[] {
  const out = new Set<SlotName>();
  const visit = (nodes: Inline[]): void => {
    for (const n of nodes) {
      if (n.t === 'slot') out.add(n.name);
      else if (n.t === 'strong' || n.t === 'em') visit(n.c);
    }
  };
  for (const b of blocks) {
    if (b.t === 'p') visit(b.c);
    else for (const it of b.items) visit(it.c);
  }
  return [...out];
}

export function linksIn(blocks: Block[]): Extract<Inline, { t: 'link' }>[] {
  const out: Extract<Inline, { t: 'link' }>[] = [];
  const visit = (nodes: Inline[]): void => {
    for (const n of nodes) {
      if (n.t === 'link') out.push(n);
      else if (n.t === 'strong' || n.t === 'em') visit(n.c);
    }
  };
  for (const b of blocks) {
    if (b.t === 'p') visit(b.c);
    else for (const it of b.items) visit(it.c);
  }
  return out;
}
