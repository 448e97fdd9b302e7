// Test helpers for the card tree: a compact, readable view of a card body for exact assertions, and the
// invariants every compiled tree must hold (used by the compile tests and the content fuzz test).
import {
  READER_FORMS,
  SLOT_NAMES,
  type BlockNode,
  type CompiledContent,
  type InlineNode,
  type SentenceNode,
} from '../../../../electron/shared/content-types.ts';
import { ALT_MAX_CHARS } from '../../../../build/content/pictures.ts';

function showInline(nodes: InlineNode[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return n.value;
        case 'strong':
          return `<strong>${showInline(n.children)}</strong>`;
        case 'em':
          return `<em>${showInline(n.children)}</em>`;
        case 'term':
          return `<term ${n.term}>${n.text}</term>`;
        case 'page-link':
          return `<link ${n.page}${n.card ? `#${n.card}` : ''}>${n.text}</link>`;
        case 'slot':
          return `{${n.name}}`;
        case 'break':
          return '<br>';
        case 'variant':
          return `{${showInline(n.forms.you)}|${showInline(n.forms.child)}}`;
      }
    })
    .join('');
}

function showSentences(sentences: SentenceNode[]): string {
  return sentences
    .map((s) => `[${s.id.slice(s.id.lastIndexOf('.') + 1)}]${showInline(s.children)}`)
    .join(' ');
}

/**
 * One line per card body: `<p>[1]First sentence. [2]Second.</p><ul><li>[3]Item</li></ul>`. Text is shown as
 * it is (not escaped): in the tree it is only ever text.
 */
export function show(body: BlockNode[]): string {
  return body
    .map((b) => {
      if (b.type === 'paragraph') return `<p>${showSentences(b.children)}</p>`;
      if (b.type === 'picture') return `<picture ${b.picture}>${b.alt}</picture>`;
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((it) => `<li>${showSentences(it.children)}</li>`).join('')}</${tag}>`;
    })
    .join('');
}

const KEYS: Record<string, string[]> = {
  paragraph: ['type', 'children'],
  list: ['type', 'ordered', 'items'],
  'list-item': ['type', 'children'],
  picture: ['type', 'picture', 'alt'],
  sentence: ['type', 'id', 'children'],
  text: ['type', 'value'],
  strong: ['type', 'children'],
  em: ['type', 'children'],
  term: ['type', 'term', 'text'],
  'page-link': ['type', 'page', 'card', 'text'],
  slot: ['type', 'name'],
  variant: ['type', 'forms'],
  break: ['type'],
};

// Markup that must never survive into a text value: tags, character codes, code marks, and (below) the NUL
// that starts the compiler's term placeholder.
const MARKUP_PATTERN = /<[A-Za-z/!?]|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);|`/i;
const MARKUP = { test: (s: string): boolean => MARKUP_PATTERN.test(s) || s.includes(String.fromCharCode(0)) };

function shapeProblem(node: { type: string }, where: string): string | null {
  const want = KEYS[node.type];
  if (!want) return `unknown node type "${node.type}" in ${where}`;
  const got = Object.keys(node).sort().join();
  if (got !== [...want].sort().join()) return `node ${node.type} has keys ${got} in ${where}`;
  return null;
}

/** The first broken invariant of a compiled content tree, or null when all hold. */
export function treeProblem(content: CompiledContent): string | null {
  for (const loc of Object.values(content.locales)) {
    const terms = new Set(loc.glossary.map((g) => g.id));
    const cardsOf = new Map(loc.pages.map((p) => [p.id, new Set(p.cards.map((c) => c.id))]));
    for (const p of loc.pages)
      for (const c of p.cards) {
        const where = `${loc.locale}/${p.id}#${c.id}`;
        let n = 0;
        let problem: string | null = null;
        const inline = (nodes: InlineNode[], edge: { first: boolean; last: boolean }): void => {
          nodes.forEach((node, i) => {
            if (problem) return;
            problem = shapeProblem(node, where);
            if (problem) return;
            const prev = nodes[i - 1];
            if (node.type === 'text') {
              if (node.value === '') problem = `empty text in ${where}`;
              else if (MARKUP.test(node.value)) problem = `markup in text "${node.value}" in ${where}`;
              else if (prev?.type === 'text') problem = `two text nodes side by side in ${where}`;
              else if (edge.first && i === 0 && /^\s/.test(node.value))
                problem = `sentence starts with a space in ${where}`;
              else if (edge.last && i === nodes.length - 1 && /\s$/.test(node.value))
                problem = `sentence ends with a space in ${where}`;
            } else if (node.type === 'strong' || node.type === 'em') {
              if (node.children.length === 0) problem = `empty ${node.type} in ${where}`;
              inline(node.children, {
                first: edge.first && i === 0,
                last: edge.last && i === nodes.length - 1,
              });
            } else if (node.type === 'term') {
              if (!terms.has(node.term)) problem = `term "${node.term}" not in the glossary, in ${where}`;
              if (node.text.trim() === '' || MARKUP.test(node.text)) problem = `bad term text in ${where}`;
            } else if (node.type === 'page-link') {
              const target = cardsOf.get(node.page);
              if (!target || (node.card !== null && !target.has(node.card)))
                problem = `broken link ${node.page}#${node.card ?? ''} in ${where}`;
              if (node.text.trim() === '' || MARKUP.test(node.text)) problem = `bad link text in ${where}`;
            } else if (node.type === 'slot') {
              if (!(SLOT_NAMES as readonly string[]).includes(node.name)) problem = `bad slot in ${where}`;
            } else if (node.type === 'variant') {
              if (Object.keys(node.forms).sort().join() !== [...READER_FORMS].sort().join())
                problem = `variant forms ${Object.keys(node.forms).join()} in ${where}`;
              for (const f of READER_FORMS) {
                const form = node.forms[f] as InlineNode[] | undefined;
                if (problem) return;
                if (!form || form.length === 0) problem = `empty "${f}" form in ${where}`;
                else if (form.some((x) => x.type === 'variant')) problem = `nested variant in ${where}`;
                else
                  inline(form, { first: edge.first && i === 0, last: edge.last && i === nodes.length - 1 });
              }
            }
          });
        };
        const sentences = (list: SentenceNode[]): void => {
          if (list.length === 0) problem ??= `a block without sentences in ${where}`;
          for (const s of list) {
            if (problem) return;
            problem = shapeProblem(s, where);
            n++;
            if (s.id !== `${c.id}.${n}`)
              problem ??= `sentence id ${s.id}, expected ${c.id}.${n}, in ${where}`;
            if (s.children.length === 0) problem ??= `empty sentence ${s.id}`;
            inline(s.children, { first: true, last: true });
          }
        };
        if (c.body.length === 0) return `empty card body in ${where}`;
        for (const b of c.body) {
          problem ??= shapeProblem(b, where);
          if (b.type === 'paragraph') sentences(b.children);
          else if (b.type === 'list') {
            if (b.items.length === 0) problem ??= `empty list in ${where}`;
            for (const it of b.items) {
              problem ??= shapeProblem(it, where);
              sentences(it.children);
            }
          } else if (b.type === 'picture') {
            if (b.alt.trim() === '' || [...b.alt].length > ALT_MAX_CHARS || MARKUP.test(b.alt))
              problem ??= `bad picture words in ${where}`;
          }
          if (problem) return problem;
        }
        if (problem) return problem;
      }
  }
  return null;
}
