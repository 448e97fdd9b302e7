// A glossary word or page link is a button, and the browser may break a line right after a button, leaving
// a lone "." or ")" at the start of the next line. Wrapping the button and the punctuation that follows it
// in a no-wrap span keeps them together. DOM only: runs on the card's rendered body, parses no HTML.

const LEADING_PUNCTUATION = /^[.,;:!?)\]}»”’%…]+/;

/** Glues each inline button in `root` to the punctuation right after it; returns how many it glued. */
export function gluePunctuation(root: HTMLElement): number {
  let glued = 0;
  for (const button of Array.from(root.querySelectorAll('button.term, button.page-link'))) {
    const parent = button.parentElement;
    const next = button.nextSibling;
    // Only inside a paragraph or list item: the top-level nodes belong to the renderer and stay put.
    if (!parent || parent === root || parent.classList.contains('glued')) continue;
    if (!(next instanceof Text)) continue;
    const match = LEADING_PUNCTUATION.exec(next.data);
    if (!match) continue;
    const rest = next.splitText(match[0].length);
    const span = document.createElement('span');
    span.className = 'glued';
    parent.insertBefore(span, button);
    span.append(button, next);
    void rest;
    glued++;
  }
  return glued;
}
