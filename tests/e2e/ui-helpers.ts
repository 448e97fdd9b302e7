// Shared helpers for the UI specs: viewports, getting to each screen by taps, and measurements of overflow,
// clipping and touch targets that run inside the page.
import { mkdirSync } from 'node:fs';
import { type Locator, type Page, type TestInfo, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import type { KioskConfig } from '../../electron/shared/config-schema';

export const VIEWPORTS = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1080x1920', width: 1080, height: 1920 },
  { name: '1280x800', width: 1280, height: 800 },
  { name: '800x1280', width: 800, height: 1280 },
] as const;

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Opens the start screen, optionally with a test config (read only by lib/kiosk.ts's browser fallback). */
export async function openStart(page: Page, config?: Partial<KioskConfig>): Promise<void> {
  if (config) {
    await page.addInitScript((value) => {
      (window as Window & { __KIOSK_TEST_CONFIG__?: unknown }).__KIOSK_TEST_CONFIG__ = value;
    }, config);
  }
  await page.goto('/');
  // A fresh kiosk shows the attract screen; a visit begins with a touch anywhere.
  const attract = page.getByTestId('attract-touch');
  const startTitle = page.locator('.app[data-screen="start"] h1');
  await expect(attract.or(startTitle)).toBeVisible();
  if (await attract.isVisible()) await attract.tap();
  await expect(startTitle).toBeVisible();
  await expect(page.getByRole('button', { name: /Start the guide|Empezar la guía/ })).toBeVisible();
}

function screen(page: Page): Locator {
  return page.locator('.app');
}

export async function expectScreen(page: Page, kind: string): Promise<void> {
  await expect(screen(page)).toHaveAttribute('data-screen', kind);
}

export async function setTextSize(page: Page, step: 100 | 125 | 150 | 200): Promise<void> {
  await page.getByTestId(`text-size-${step}`).tap();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', String(step));
}

export async function setHighContrast(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'High contrast' }).tap();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
}

/** Home is not on the start screen itself (it has nowhere to go; "I'm done" takes its slot), so only tap it from elsewhere. */
export async function goHome(page: Page): Promise<void> {
  if ((await screen(page).getAttribute('data-screen')) !== 'start') await page.getByTestId('home').tap();
  await expectScreen(page, 'start');
}

export async function goTopics(page: Page): Promise<void> {
  await goHome(page);
  await page.getByRole('button', { name: /Choose a topic/ }).tap();
  await expectScreen(page, 'topics');
}

/** The call-now button's box, to prove it sits in the same place on every screen. */
export async function callNowBox(
  page: Page,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.getByTestId('call-now').boundingBox();
  if (!box) throw new Error('The call-now button is not visible.');
  return box;
}

export type LayoutProblem = { kind: string; element: string; detail: string };

/**
 * Horizontal overflow and clipped text: the document must not scroll sideways, no element may stick out of
 * the viewport horizontally, and no block with text may be narrower than its content (or shorter, for
 * buttons, whose text would otherwise be cut off).
 */
export async function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const problems: { kind: string; element: string; detail: string }[] = [];
    const describe = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    // An inline glossary word or page link at the end of a line lets its invisible ::before hit area reach past
    // the paragraph, which counts in scrollWidth; there, the text's own line boxes decide.
    const textOverflows = (el: HTMLElement): boolean => {
      if (!el.querySelector('button.term, button.page-link')) return true;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
      const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
      const range = document.createRange();
      range.selectNodeContents(el);
      return Array.from(range.getClientRects()).some((r) => r.right > right + 1 || r.left < left - 1);
    };
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > window.innerWidth) {
      problems.push({
        kind: 'page-scrolls-sideways',
        element: 'html',
        detail: `${root.scrollWidth} > ${window.innerWidth}`,
      });
    }
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (!(el instanceof HTMLElement) && !(el instanceof SVGElement)) continue;
      if (el.closest('.visually-hidden, dialog:not([open])')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.right > window.innerWidth + 1 || rect.left < -1) {
        problems.push({
          kind: 'outside-viewport',
          element: describe(el),
          detail: `${rect.left}..${rect.right}`,
        });
      }
      if (!(el instanceof HTMLElement)) continue;
      const style = getComputedStyle(el);
      if (style.display === 'inline' || el.clientWidth === 0) continue;
      // Glossary words and page links carry an invisible ::before hit area wider and taller than the word; it
      // counts as scrollable overflow but is not text. Their words are checked by the viewport test above.
      if (el.matches('button.term, button.page-link')) continue;
      const hasText = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
      );
      if (!hasText) continue;
      if (el.scrollWidth > el.clientWidth + 1 && textOverflows(el)) {
        problems.push({
          kind: 'text-clipped-x',
          element: describe(el),
          detail: `${el.scrollWidth} > ${el.clientWidth}`,
        });
      }
      if (el.tagName === 'BUTTON' && el.scrollHeight > el.clientHeight + 1) {
        problems.push({
          kind: 'text-clipped-y',
          element: describe(el),
          detail: `${el.scrollHeight} > ${el.clientHeight}`,
        });
      }
    }
    return problems;
  });
}

export type TargetReport = {
  smallest: { element: string; width: number; height: number } | null;
  tooSmall: string[];
  tooClose: string[];
  count: number;
};

/**
 * Every control a finger can hit right now (its centre is on top), measured: at least 64×64 CSS px and at
 * least 8 px from every other control. Inline glossary words and page links are measured apart (see
 * `inlineTargetReport`).
 */
export async function targetReport(page: Page): Promise<TargetReport> {
  return page.evaluate(() => {
    const describe = (el: Element): string =>
      `${el.tagName.toLowerCase()}[${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}]`;
    const hittable = Array.from(document.querySelectorAll('button')).filter((el) => {
      if (el.matches('button.term, button.page-link')) return false;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit !== null && (hit === el || el.contains(hit));
    });
    // A control half scrolled out of its reading area can only be touched where it shows: clip to the area.
    const visibleRect = (el: Element): DOMRect => {
      const r = el.getBoundingClientRect();
      const area = el.closest('.scroller')?.getBoundingClientRect();
      if (!area) return r;
      const top = Math.max(r.top, area.top);
      const bottom = Math.min(r.bottom, area.bottom);
      return new DOMRect(r.left, top, r.width, Math.max(0, bottom - top));
    };
    const rects = hittable.map((el) => ({ el, r: visibleRect(el), full: el.getBoundingClientRect() }));
    let smallest: { element: string; width: number; height: number } | null = null;
    const tooSmall: string[] = [];
    const tooClose: string[] = [];
    for (const { el, full: r } of rects) {
      if (!smallest || Math.min(r.width, r.height) < Math.min(smallest.width, smallest.height)) {
        smallest = { element: describe(el), width: r.width, height: r.height };
      }
      if (r.width < 63.5 || r.height < 63.5) tooSmall.push(`${describe(el)} ${r.width}×${r.height}`);
    }
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i].r;
        const b = rects[j].r;
        const gapX = Math.max(b.left - a.right, a.left - b.right);
        const gapY = Math.max(b.top - a.bottom, a.top - b.bottom);
        const gap = Math.max(gapX, gapY);
        if (gap < 7.5)
          tooClose.push(`${describe(rects[i].el)} / ${describe(rects[j].el)}: ${gap.toFixed(1)}px`);
      }
    }
    return { smallest, tooSmall, tooClose, count: rects.length };
  });
}

/** Inline glossary words and page links: the hit area is probed with elementFromPoint around each word. */
export async function inlineTargetReport(
  page: Page,
): Promise<{ count: number; minHitHeight: number; minHitWidth: number }> {
  return page.evaluate(() => {
    const buttons = Array.from(
      document.querySelectorAll<HTMLElement>('button.term, button.page-link'),
    ).filter((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0) return false;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit === el || (hit !== null && el.contains(hit));
    });
    let minHitHeight = Infinity;
    let minHitWidth = Infinity;
    for (const el of buttons) {
      const r = el.getBoundingClientRect();
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const reaches = (x: number, y: number): boolean => {
        const hit = document.elementFromPoint(x, y);
        return hit === el || (hit !== null && el.contains(hit));
      };
      let up = 0;
      while (up < 60 && reaches(cx, cy - up - 1)) up++;
      let down = 0;
      while (down < 60 && reaches(cx, cy + down + 1)) down++;
      let left = 0;
      while (left < 60 && reaches(cx - left - 1, cy)) left++;
      let right = 0;
      while (right < 60 && reaches(cx + right + 1, cy)) right++;
      minHitHeight = Math.min(minHitHeight, up + down + 1);
      minHitWidth = Math.min(minHitWidth, left + right + 1);
    }
    return { count: buttons.length, minHitHeight, minHitWidth };
  });
}

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  // Colours mid-transition (a button's fill just after a theme or toggle change) are not what a visitor sees.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Keeps a screenshot as a test artifact (attached to the report and written under test-results/screenshots). */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const dir = 'test-results/screenshots';
  mkdirSync(dir, { recursive: true });
  const body = await page.screenshot({ path: `${dir}/${name}.png` });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

/** Taps Next on every section but the last (`n` counts from 0). */
export async function tapNextUnlessLast(page: Page, n: number, last: number): Promise<void> {
  if (n < last) await page.getByTestId('next').tap();
}

/** Presses Tab until `focused()` matches `pattern`, at most `maxPresses` times; the caller asserts the focus. */
export async function tabUntil(
  page: Page,
  focused: () => Promise<string>,
  pattern: RegExp,
  maxPresses: number,
): Promise<void> {
  for (let i = 0; i < maxPresses && !pattern.test(await focused()); i++) await page.keyboard.press('Tab');
}
