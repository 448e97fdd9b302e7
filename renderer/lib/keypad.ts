// Keypad navigation over the DOM: the controls a touch can reach, in reading order, inside the open dialog
// when one is open (never behind it), and the words self-voicing says for the focused one.
const FOCUSABLE = 'button, [href], input, select, textarea, summary, [tabindex]';

/** The open modal dialog, if any: focus never leaves it. */
export function openModal(doc: Document = document): HTMLDialogElement | null {
  const dialogs = [...doc.querySelectorAll<HTMLDialogElement>('dialog[open]')];
  return dialogs.reverse().find((d) => d.matches(':modal')) ?? null;
}

function visible(element: HTMLElement): boolean {
  if (element.closest('[inert], [hidden], [aria-hidden="true"]')) return false;
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  const style = getComputedStyle(element);
  return style.visibility !== 'hidden' && style.display !== 'none';
}

/** Controls in document order, as a touch could reach them; headings that take focus only by script are left out. */
function focusables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => {
    if (element.matches(':disabled')) return false;
    if (element.getAttribute('tabindex') === '-1') return false;
    return visible(element);
  });
}

/** Moves focus one control on (1) or back (-1), wrapping round; returns the newly focused control. */
export function moveFocus(direction: 1 | -1, doc: Document = document): HTMLElement | null {
  const scope = openModal(doc) ?? doc.body;
  const list = focusables(scope);
  if (list.length === 0) return null;
  const active = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  let at = active ? list.indexOf(active) : -1;
  if (at === -1 && active && scope.contains(active)) {
    // Focus is on something not in the list (a heading): go on from where it sits in the page.
    const after = list.findIndex(
      (element) => active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    at = after === -1 ? list.length : after;
    if (direction === 1) at -= 1;
  }
  const next =
    at === -1 ? (direction === 1 ? 0 : list.length - 1) : (at + direction + list.length) % list.length;
  const target = list[next] ?? null;
  // Scrolled into view so the focus is never hidden behind the header or nav bar (WCAG 2.4.11).
  target?.focus({ preventScroll: true });
  target?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  return target;
}

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Visible text without parts hidden from assistive technology (icons, arrows). */
function spokenText(element: Element): string {
  let out = '';
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out += node.textContent ?? '';
    else if (node instanceof Element && node.getAttribute('aria-hidden') !== 'true') {
      out += ` ${spokenText(node)} `;
    }
  }
  return collapse(out);
}

export type SpokenWords = { button: string; pressed: string; notPressed: string };

/** What a screen reader would say for a control: its name, "button", and its state. */
export function describeElement(element: Element, words: SpokenWords): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  const byId = labelledBy
    ? labelledBy
        .split(/\s+/)
        .map((id) => element.ownerDocument.getElementById(id))
        .filter((e): e is HTMLElement => e !== null)
        .map(spokenText)
        .join(' ')
    : '';
  const name = collapse(element.getAttribute('aria-label')) || collapse(byId) || spokenText(element);
  const parts = [name];
  if (element instanceof HTMLButtonElement) {
    parts.push(words.button);
    const pressed = element.getAttribute('aria-pressed');
    if (pressed === 'true') parts.push(words.pressed);
    if (pressed === 'false') parts.push(words.notPressed);
  }
  return parts.filter((p) => p !== '').join(', ');
}
