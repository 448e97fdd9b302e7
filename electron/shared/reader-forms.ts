// Choosing a card's words for the reader: a variant node becomes the chosen form's nodes, so every consumer
// (screen, voice, take-home) walks a tree without variants and the sentence ids stay the same.
import {
  FORM_FOR_AUDIENCE,
  type Audience,
  type BlockNode,
  type InlineNode,
  type ReaderForm,
  type SentenceNode,
} from './content-types';

/** The form a visit reads: the default `you` until someone taps "My child". */
export function readerForm(audience: Audience | null): ReaderForm {
  return audience === null ? 'you' : FORM_FOR_AUDIENCE[audience];
}

/** Appends an inline node, joining it to a text node just before it (the tree never holds two texts in a row). */
export function appendInline(out: InlineNode[], n: InlineNode): void {
  const last = out[out.length - 1];
  if (n.type === 'text' && last?.type === 'text')
    out[out.length - 1] = { type: 'text', value: last.value + n.value };
  else out.push(n);
}

/** Inline nodes with every variant replaced by its `form` children (adjacent text joined). */
export function chooseForm(nodes: readonly InlineNode[], form: ReaderForm): InlineNode[] {
  const out: InlineNode[] = [];
  const push = (n: InlineNode): void => appendInline(out, n);
  for (const n of nodes) {
    if (n.type === 'variant') for (const c of chooseForm(n.forms[form], form)) push(c);
    else if (n.type === 'strong' || n.type === 'em')
      push({ type: n.type, children: chooseForm(n.children, form) });
    else push(n);
  }
  return out;
}

function chooseSentences(sentences: readonly SentenceNode[], form: ReaderForm): SentenceNode[] {
  return sentences.map((s) => ({ ...s, children: chooseForm(s.children, form) }));
}

/** A card body in one reader form: the same blocks and sentence ids, no variant nodes. */
export function chooseBodyForm(body: readonly BlockNode[], form: ReaderForm): BlockNode[] {
  return body.map((b) =>
    b.type === 'paragraph'
      ? { ...b, children: chooseSentences(b.children, form) }
      : b.type === 'list'
        ? { ...b, items: b.items.map((it) => ({ ...it, children: chooseSentences(it.children, form) })) }
        : b,
  );
}
