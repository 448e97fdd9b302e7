// Layout measurements for the matrix spec, run inside the page: how much of the screen the reading area
// gets, words split across lines or lines that start with punctuation (found by measuring every glyph's box,
// not by eye), controls outside the viewport, and the characters per line of the card text.
import type { Page } from '@playwright/test';

export type LineReport = {
  /** "word split" or "punctuation starts a line", with the text around it. */
  breaks: string[];
  /** Controls (buttons) that lie partly outside the viewport (inside a scroller: outside it sideways). */
  outside: string[];
  /** The reading area's height as a share of the viewport height, or null on a screen without one. */
  readingShare: number | null;
  /** Characters on the longest and on the median full line of the card text (null without a card). */
  longestLine: number | null;
  medianLine: number | null;
  bodyPx: number | null;
};

export async function measureLayout(page: Page): Promise<LineReport> {
  return page.evaluate(() => {
    const breaks: string[] = [];
    const isBlock = (el: Element): boolean => {
      const d = getComputedStyle(el).display;
      return !d.startsWith('inline') && d !== 'contents';
    };
    const blockOf = (node: Node): Element | null => {
      let el = node.parentElement;
      while (el && !isBlock(el)) el = el.parentElement;
      return el;
    };
    const hidden = (el: Element | null): boolean =>
      !el ||
      el.closest('.visually-hidden, dialog:not([open]), [hidden]') !== null ||
      el.getClientRects().length === 0;
    type Glyph = { ch: string; top: number; bottom: number; block: Element; spaceBefore: boolean };
    const glyphs: Glyph[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let space = true;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!text.trim()) {
        space = true;
        continue;
      }
      if (hidden(node.parentElement)) continue;
      const block = blockOf(node);
      if (!block) continue;
      for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (/\s/.test(ch)) {
          space = true;
          continue;
        }
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getClientRects()[0];
        if (!r || r.width === 0) continue;
        glyphs.push({ ch, top: r.top, bottom: r.bottom, block, spaceBefore: space });
        space = false;
      }
    }
    const around = (i: number): string =>
      glyphs
        .slice(Math.max(0, i - 12), i + 6)
        .map((g, k) => (g.spaceBefore && k > 0 ? ' ' : '') + g.ch)
        .join('');
    for (let i = 1; i < glyphs.length; i++) {
      const a = glyphs[i - 1];
      const b = glyphs[i];
      if (a.block !== b.block) continue;
      const newLine = b.top >= a.bottom - (a.bottom - a.top) / 2;
      if (!newLine) continue;
      if (/^[.,;:!?)\]}»”’%…]$/.test(b.ch)) breaks.push(`punctuation starts a line: "${around(i)}"`);
      else if (!b.spaceBefore && !/[-–—/]/.test(a.ch)) breaks.push(`word split: "${around(i)}"`);
    }

    const outside: string[] = [];
    for (const el of Array.from(document.querySelectorAll('button'))) {
      if (hidden(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
      const sideways = r.left < -1 || r.right > innerWidth + 1;
      const inScroller = el.closest('.scroller') !== null;
      if (sideways || (!inScroller && (r.top < -1 || r.bottom > innerHeight + 1))) {
        outside.push(
          `${name}: ${Math.round(r.left)},${Math.round(r.top)}..${Math.round(r.right)},${Math.round(r.bottom)}`,
        );
      }
    }

    const scroller = document.querySelector('.scroller');
    const readingShare = scroller ? scroller.getBoundingClientRect().height / innerHeight : null;

    // Characters per full line of card paragraphs (the last line of each paragraph is not full).
    const lengths: number[] = [];
    const body = document.querySelector('.card-body');
    for (const p of Array.from(document.querySelectorAll('.card-body p, .card-body li'))) {
      const own = glyphs.filter((g) => g.block === p);
      const lines: number[] = [];
      let top = Number.NaN;
      for (const g of own) {
        if (Number.isNaN(top) || g.top >= top + (g.bottom - g.top) / 2) {
          lines.push(0);
          top = g.top;
        }
        lines[lines.length - 1] += 1 + (g.spaceBefore ? 1 : 0);
      }
      lengths.push(...lines.slice(0, -1));
    }
    lengths.sort((x, y) => x - y);
    return {
      breaks,
      outside,
      readingShare,
      longestLine: lengths.length ? lengths[lengths.length - 1] : null,
      medianLine: lengths.length ? lengths[Math.floor(lengths.length / 2)] : null,
      bodyPx: body ? parseFloat(getComputedStyle(body).fontSize) : null,
    };
  });
}
