// 6. Touch targets on every screen: the bounding boxes of every rendered button, link, [role=button] and form
// control (scrolled out of view or not), the smallest of them (and where), and the smallest gap between the
// visible parts of two targets on the same screen (clipped by scroll areas and the viewport, as a finger meets
// them).
// Glossary words inside sentences are real <button>s but sit in running text, where WCAG 2.5.8 exempts inline
// targets; the table reports the smallest target both with and without them, never hiding them.
import type { Browser, Page } from '@playwright/test';
import { openPage, waitForBoot, waitForStart } from './browser';

type Target = { screen: string; name: string; width: number; height: number; inline: boolean };
type Gap = { screen: string; a: string; b: string; gap: number };
export type TargetResult = {
  viewport: { width: number; height: number };
  screens: string[];
  count: number;
  smallest: Target;
  smallestNonInline: Target;
  smallestGap: Gap;
  smallestGapNonInline: Gap;
};

/** x/y/w/h: the whole box (its size once scrolled into view); v*: the part visible now (clipped by scrollers). */
type Box = {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
  vx: number;
  vy: number;
  vw: number;
  vh: number;
  inline: boolean;
};

/** Runs in the page: every visible interactive element's box, in page coordinates. */
function collectBoxes(): Box[] {
  const selector =
    'button, a[href], [role="button"], [role="link"], [role="tab"], [role="switch"], [role="checkbox"], ' +
    '[role="radio"], input, select, textarea, summary';
  const boxes: Box[] = [];
  for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
    const dialog = el.closest('dialog');
    if (dialog && !dialog.open) continue;
    if (el.closest('[inert], [hidden], [aria-hidden="true"]')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    // What a finger can reach now: the box cut by every clipping ancestor and by the viewport.
    let [l, t, rr, b] = [r.left, r.top, r.right, r.bottom];
    for (let p = el.parentElement; p; p = p.parentElement) {
      const ps = getComputedStyle(p);
      if (ps.overflowX === 'visible' && ps.overflowY === 'visible') continue;
      const pr = p.getBoundingClientRect();
      [l, t, rr, b] = [
        Math.max(l, pr.left),
        Math.max(t, pr.top),
        Math.min(rr, pr.right),
        Math.min(b, pr.bottom),
      ];
    }
    [l, t, rr, b] = [Math.max(l, 0), Math.max(t, 0), Math.min(rr, innerWidth), Math.min(b, innerHeight)];
    boxes.push({
      name: `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} "${label.slice(0, 40)}"`,
      x: r.left + window.scrollX,
      y: r.top + window.scrollY,
      w: r.width,
      h: r.height,
      vx: l,
      vy: t,
      vw: Math.max(0, rr - l),
      vh: Math.max(0, b - t),
      inline: style.display === 'inline' || !!el.closest('.card-body p, .card-body li'),
    });
  }
  return boxes;
}

/** The distance between the visible parts of two targets (0 when they touch or overlap). */
function gapBetween(a: Box, b: Box): number {
  const dx = Math.max(0, Math.max(a.vx, b.vx) - Math.min(a.vx + a.vw, b.vx + b.vw));
  const dy = Math.max(0, Math.max(a.vy, b.vy) - Math.min(a.vy + a.vh, b.vy + b.vh));
  return Math.hypot(dx, dy);
}

const contains = (a: Box, b: Box): boolean =>
  a.vx <= b.vx && a.vy <= b.vy && a.vx + a.vw >= b.vx + b.vw && a.vy + a.vh >= b.vy + b.vh;
const visible = (a: Box): boolean => a.vw >= 1 && a.vh >= 1;

async function clickButton(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('button', { name }).first().click();
}

/** The walk: each entry gets to a screen from the start screen (or stays on the boot screen) and names it. */
const WALK: { screen: string; go: (page: Page) => Promise<void>; atBoot?: true }[] = [
  { screen: 'attract (boot)', go: async () => {}, atBoot: true },
  { screen: 'start', go: async () => {} },
  { screen: 'topics', go: (p) => clickButton(p, /^Choose a topic/) },
  {
    screen: 'phases',
    go: async (p) => {
      await clickButton(p, /^Choose a topic/);
      await clickButton(p, /^Chapters of the guide/);
    },
  },
  {
    screen: 'page (treatment step)',
    go: async (p) => {
      await clickButton(p, /^Choose a topic/);
      await clickButton(p, /^Chapters of the guide/);
      await p.locator('button.tile').first().click();
    },
  },
  {
    screen: 'side-effects',
    go: async (p) => {
      await clickButton(p, /^Choose a topic/);
      await clickButton(p, /^Side effects/);
    },
  },
  {
    screen: 'page (side effect, last card)',
    go: async (p) => {
      await clickButton(p, /^Choose a topic/);
      await clickButton(p, /^Side effects/);
      await p.locator('button.tile').first().click();
      // The last card shows the page's sources too.
      while ((await p.locator('[data-testid="next"]').textContent())?.trim() === 'Next') {
        await p.locator('[data-testid="next"]').click();
      }
    },
  },
  {
    screen: 'glossary',
    go: async (p) => {
      await clickButton(p, /^Choose a topic/);
      await clickButton(p, /^Words to know/);
    },
  },
  {
    screen: 'sources',
    go: async (p) => {
      await clickButton(p, /^Choose a topic/);
      await clickButton(p, /^Sources/);
    },
  },
  { screen: 'guide (first card)', go: (p) => clickButton(p, /^Start the guide/) },
  {
    screen: 'glossary panel (open)',
    go: async (p) => {
      await clickButton(p, /^Start the guide/);
      // The first card of the guide with a glossary word.
      while ((await p.locator('article.card button.term').count()) === 0) {
        await p.locator('[data-testid="next"]').click();
      }
      await p.locator('article.card button.term').first().click();
      await p.locator('dialog[open]').waitFor();
    },
  },
  {
    screen: 'guide-end',
    go: async (p) => {
      await clickButton(p, /^Start the guide/);
      await p.evaluate(async () => {
        // Next has a short press guard (a second press right after one is ignored), so the walk is bounded by
        // steps, not by a count of presses.
        for (let i = 0; i < 20_000 && !document.querySelector('.app[data-screen="guide-end"]'); i++) {
          document.querySelector<HTMLElement>('[data-testid="next"]')?.click();
          await new Promise<void>((r) => requestAnimationFrame(() => r()));
        }
      });
      await p.locator('.app[data-screen="guide-end"]').waitFor({ timeout: 120_000 });
    },
  },
];

export async function measureTargets(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
): Promise<TargetResult> {
  const targets: Target[] = [];
  const gaps: Gap[] = [];
  const gapsNonInline: Gap[] = [];
  for (const step of WALK) {
    const { context, page } = await openPage(browser, { viewport });
    try {
      await page.goto(url);
      if (step.atBoot) await waitForBoot(page);
      else await waitForStart(page);
      await step.go(page);
      await page.evaluate(
        () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
      );
      const boxes = await page.evaluate(collectBoxes);
      if (boxes.length === 0) throw new Error(`No touch targets found on ${step.screen}.`);
      for (const b of boxes) {
        targets.push({ screen: step.screen, name: b.name, width: b.w, height: b.h, inline: b.inline });
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          // Gaps count between targets a finger can reach at the same time (both at least partly visible).
          if (!visible(a) || !visible(b) || contains(a, b) || contains(b, a)) continue;
          const gap = { screen: step.screen, a: a.name, b: b.name, gap: gapBetween(a, b) };
          gaps.push(gap);
          if (!a.inline && !b.inline) gapsNonInline.push(gap);
        }
      }
    } finally {
      await context.close();
    }
  }
  const smallestOf = (list: Target[]): Target =>
    list.reduce((min, t) => (Math.min(t.width, t.height) < Math.min(min.width, min.height) ? t : min));
  const minGap = (list: Gap[]): Gap => list.reduce((min, g) => (g.gap < min.gap ? g : min));
  return {
    viewport,
    screens: WALK.map((s) => s.screen),
    count: targets.length,
    smallest: smallestOf(targets),
    smallestNonInline: smallestOf(targets.filter((t) => !t.inline)),
    smallestGap: minGap(gaps),
    smallestGapNonInline: minGap(gapsNonInline),
  };
}
