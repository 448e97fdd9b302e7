// The bench's anchors: what the same work costs without the app, measured in the same run on the same server.
// - boot.html: the screen the kiosk boots into (attract) as the app rendered it (same markup, same stylesheet,
//   same <html> attributes), frozen into a static page with no script at all: the physical limit for painting
//   that screen. blank.html: an empty page, to start a renderer process before a measured load.
// - taps.html + taps.js: a plain JavaScript page with a Next button that swaps a card's heading and text, fed
//   with the very card texts the app showed during the tap run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type ScreenSnapshot = {
  /** Attributes of <html> (lang, data-text-size, data-theme…), which the stylesheet keys on. */
  htmlAttributes: Record<string, string>;
  title: string;
  /** `#app`'s innerHTML after the screen painted. */
  appHtml: string;
  /** Stylesheet URLs the app's index.html links, absolute paths on the origin. */
  stylesheets: string[];
};

export type CardText = { heading: string; paragraphs: string[] };

const escapeAttr = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Reads what the static anchor needs from a page showing one of the app's screens (runs in the page). */
export function snapshotScreen(): ScreenSnapshot {
  const htmlAttributes: Record<string, string> = {};
  for (const attr of Array.from(document.documentElement.attributes)) htmlAttributes[attr.name] = attr.value;
  const app = document.getElementById('app');
  return {
    htmlAttributes,
    title: document.title,
    appHtml: app ? app.innerHTML : '',
    stylesheets: Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).map(
      (link) => new URL(link.href).pathname,
    ),
  };
}

export function writeBootAnchor(dir: string, snapshot: ScreenSnapshot): void {
  mkdirSync(dir, { recursive: true });
  const attrs = Object.entries(snapshot.htmlAttributes)
    .map(([name, value]) => ` ${name}="${escapeAttr(value)}"`)
    .join('');
  const links = snapshot.stylesheets
    .map((href) => `    <link rel="stylesheet" href="${escapeAttr(href)}">\n`)
    .join('');
  const html =
    `<!doctype html>\n<html${attrs}>\n  <head>\n    <meta charset="utf-8" />\n` +
    `    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no" />\n` +
    `    <title>${escapeText(snapshot.title)}</title>\n${links}  </head>\n  <body>\n` +
    `    <div id="app">${snapshot.appHtml}</div>\n  </body>\n</html>\n`;
  writeFileSync(join(dir, 'boot.html'), html);
  writeFileSync(join(dir, 'blank.html'), '<!doctype html><title>blank</title>\n');
}

/**
 * The plain page's script (serialized into taps.js; the CSP forbids inline script). A click on Next replaces
 * the card's heading and paragraphs with the next card's, the same DOM swap the app does, and nothing else.
 */
function plainPage(cards: CardText[]): void {
  let index = 0;
  const heading = document.getElementById('card-heading');
  const body = document.getElementById('card-body');
  const step = document.getElementById('step');
  const show = (): void => {
    const card = cards[index % cards.length];
    if (heading) heading.textContent = card.heading;
    if (step) step.textContent = `Step ${(index % cards.length) + 1} of ${cards.length}`;
    if (body) {
      body.replaceChildren(
        ...card.paragraphs.map((text) => {
          const p = document.createElement('p');
          p.textContent = text;
          return p;
        }),
      );
    }
  };
  document.getElementById('next')?.addEventListener('click', () => {
    index += 1;
    show();
  });
  show();
}

export function writeTapAnchor(dir: string, cards: CardText[], stylesheets: string[]): void {
  mkdirSync(dir, { recursive: true });
  const links = stylesheets
    .map((href) => `    <link rel="stylesheet" href="${escapeAttr(href)}">\n`)
    .join('');
  writeFileSync(
    join(dir, 'taps.html'),
    `<!doctype html>\n<html lang="en" data-text-size="100" data-theme="default" data-calm="false">\n  <head>\n` +
      `    <meta charset="utf-8" />\n    <meta name="viewport" content="width=device-width, initial-scale=1" />\n` +
      `    <title>Plain page</title>\n${links}    <script type="module" src="./taps.js"></script>\n  </head>\n` +
      `  <body>\n    <main id="main">\n      <p id="step"></p>\n      <article class="card">\n` +
      `        <h2 id="card-heading"></h2>\n        <div id="card-body"></div>\n      </article>\n    </main>\n` +
      `    <nav><button type="button" id="next" data-testid="next">Next</button></nav>\n  </body>\n</html>\n`,
  );
  // tsx (esbuild keepNames) wraps nested functions in __name(); the page needs a no-op of it.
  writeFileSync(
    join(dir, 'taps.js'),
    `const __name = (f) => f;\n(${plainPage.toString()})(${JSON.stringify(cards)});\n`,
  );
}
