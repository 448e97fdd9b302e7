import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkPictureLinks,
  checkPictureUse,
  compilePictureLabels,
  compilePictures,
  formatPictureSizes,
  parseLabel,
  sanitizePicture,
  serializePicture,
} from '../../../../build/content/pictures.ts';
import { createSink, type ContentIssue, type FileMap } from '../../../../build/content/types.ts';
import { formatIssue } from '../../../../build/content/format-errors.ts';
import {
  PICTURE_BUDGET_EACH,
  PICTURE_BUDGET_TOTAL,
  PICTURE_CLASSES,
  type PictureElement,
} from '../../../../electron/shared/picture-types.ts';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/pictures', import.meta.url));
const read = (rel: string): string => readFileSync(`${FIXTURES}/${rel}`, 'utf8');
const enc = new TextEncoder();

function sanitize(text: string): { asset: ReturnType<typeof sanitizePicture>; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const asset = sanitizePicture('x', 'content/pictures/x.svg', text, createSink(issues));
  return { asset, issues };
}

/** Every tag and attribute name anywhere in a tree, to prove nothing outside the allowlist got through. */
function names(els: PictureElement[]): string[] {
  return els.flatMap((e) => [e.tag, ...Object.keys(e.attrs), ...names(e.children)]);
}

// Each hostile file and the rule that must refuse it.
const HOSTILE: Record<string, string> = {
  'script.svg': 'picture-element',
  'prefixed-script.svg': 'picture-element',
  'foreign-object.svg': 'picture-element',
  'event-attribute.svg': 'picture-event',
  'event-attribute-upper.svg': 'picture-event',
  'external-href.svg': 'picture-attribute',
  'href-on-shape.svg': 'picture-href',
  'image.svg': 'picture-element',
  'link.svg': 'picture-element',
  'animate.svg': 'picture-element',
  'style-element.svg': 'picture-element',
  'style-url.svg': 'picture-attribute',
  'style-colour.svg': 'picture-attribute',
  'style-expression.svg': 'picture-attribute',
  'fixed-fill.svg': 'picture-colour',
  'fill-url.svg': 'picture-colour',
  'doctype-entities.svg': 'picture-doctype',
  'stylesheet-instruction.svg': 'picture-instruction',
  'cdata.svg': 'picture-cdata',
  'words.svg': 'picture-words',
  'text-element.svg': 'picture-element',
  'title.svg': 'picture-words',
  'malformed.svg': 'picture-xml',
  'unknown-class.svg': 'picture-attribute',
  'transform-injection.svg': 'picture-attribute',
  'no-viewbox.svg': 'picture-viewbox',
  'only-soft.svg': 'picture-no-ink',
  'id-attribute.svg': 'picture-attribute',
  'wrong-namespace.svg': 'picture-namespace',
};

describe('sanitizePicture: hostile SVG', () => {
  it('has a fixture for every case and a case for every fixture', () => {
    expect(readdirSync(`${FIXTURES}/hostile`).sort()).toEqual(Object.keys(HOSTILE).sort());
  });

  for (const [file, rule] of Object.entries(HOSTILE)) {
    it(`refuses ${file} (${rule}) with a line, a column and a fix`, () => {
      const { asset, issues } = sanitize(read(`hostile/${file}`));
      expect(asset).toBeNull();
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.map((i) => i.rule)).toContain(rule);
      for (const i of issues) {
        expect(i.severity).toBe('error');
        expect(i.line).toBeGreaterThanOrEqual(1);
        expect(i.hint.length).toBeGreaterThan(10);
        expect(formatIssue(i)).toMatch(/^content\/pictures\/x\.svg:\d+:\d+ error picture-/);
      }
    });
  }

  it('names the line of the offending tag', () => {
    const { issues } = sanitize(read('hostile/malformed.svg'));
    expect(issues[0]?.line).toBeGreaterThanOrEqual(4);
    const onload = sanitize(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1">\n\n<path class="line" d="M0 0" onclick="x()"/></svg>',
    );
    expect(onload.issues[0]).toMatchObject({ line: 3, rule: 'picture-event' });
  });

  it('never expands entities: a billion-laughs file is refused before any expansion', () => {
    const laughs =
      '<!DOCTYPE svg [<!ENTITY a "xxxxxxxxxx"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><path class="line" d="M0 0"/>&b;</svg>';
    const { asset, issues } = sanitize(laughs);
    expect(asset).toBeNull();
    expect(issues.map((i) => i.rule)).toContain('picture-doctype');
  });
});

describe('sanitizePicture: a good file', () => {
  const { asset, issues } = sanitize(read('good/labelled.svg'));

  it('keeps only allowlisted tags and attributes and drops comments', () => {
    expect(issues).toEqual([]);
    expect(asset).not.toBeNull();
    const all = names(asset?.children ?? []);
    expect(all).toEqual(expect.arrayContaining(['g', 'rect', 'path', 'circle', 'class', 'd']));
    expect(all).not.toContain('data-label');
    expect(asset?.viewBox).toBe('0 0 200 100');
    expect(asset?.aspect).toBe(2);
  });

  it('turns label points into anchors in percent and removes them from the drawing', () => {
    expect(asset?.anchors).toEqual([
      { id: 'box', x: 50, y: 50, side: 'right' },
      { id: 'top', x: 25, y: 0, side: 'above' },
    ]);
    expect(asset?.children.filter((c) => c.tag === 'circle')).toEqual([]);
  });

  it('measures the serialized drawing, raw and gzip', () => {
    const svg = serializePicture(asset?.viewBox ?? '', asset?.children ?? []);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">')).toBe(true);
    expect(asset?.bytes).toBe(Buffer.byteLength(svg));
    expect(asset?.gzipBytes).toBeGreaterThan(50);
    expect(asset?.gzipBytes).toBeLessThan(asset?.bytes ?? 0);
  });

  it('refuses a label point inside a moved group, a duplicate and a bad side', () => {
    const svg = (inner: string): string =>
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path class="line" d="M0 0L1 1"/>${inner}</svg>`;
    expect(
      sanitize(svg('<g transform="translate(2 2)"><circle data-label="a" cx="1" cy="1" r="0"/></g>'))
        .issues[0]?.rule,
    ).toBe('picture-label-id');
    expect(
      sanitize(
        svg('<circle data-label="a" cx="1" cy="1" r="0"/><circle data-label="a" cx="2" cy="2" r="0"/>'),
      ).issues[0]?.rule,
    ).toBe('picture-label-id');
    expect(sanitize(svg('<circle data-label="a" data-side="up" cx="1" cy="1" r="0"/>')).issues[0]?.rule).toBe(
      'picture-label-side',
    );
  });
});

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const SMALL = `<svg ${NS} viewBox="0 0 10 10"><circle class="line" cx="5" cy="5" r="4"/><circle data-label="dot" cx="5" cy="5" r="0"/></svg>`;
const LICENCE = (ids: string[]): string =>
  ids.map((id) => `${id}:\n  origin: Drawn here\n  licence: CC0-1.0\n`).join('');

function tree(entries: Record<string, string>): FileMap {
  return new Map(Object.entries(entries).map(([k, v]) => [k, enc.encode(v)]));
}

function run(files: FileMap): { issues: ContentIssue[]; registry: ReturnType<typeof compilePictures> } {
  const issues: ContentIssue[] = [];
  const registry = compilePictures(files, 'content', createSink(issues));
  return { issues, registry };
}

/** Path data of random numbers: incompressible, so gzip size grows with `count`. */
function noise(seed: number, count: number): string {
  let s = seed;
  const next = (): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const nums = Array.from({ length: count }, () => (next() * 1000).toFixed(2));
  return `<svg ${NS} viewBox="0 0 1000 1000"><path class="line" d="M${nums.join(' ')}"/></svg>`;
}

describe('compilePictures: licence list and budget', () => {
  it('accepts pictures with licence entries and reports their sizes', () => {
    const { issues, registry } = run(
      tree({
        'pictures/a.svg': SMALL,
        'pictures/b.svg': SMALL,
        'pictures/pictures.yaml': LICENCE(['a', 'b']),
      }),
    );
    expect(issues).toEqual([]);
    expect([...registry.assets.keys()]).toEqual(['a', 'b']);
    expect(registry.totalGzipBytes).toBe((registry.assets.get('a')?.gzipBytes ?? 0) * 2);
    expect(formatPictureSizes(registry)).toMatch(
      /^Pictures: 2, \d+ B gzip in all \(budget 256000; each at most 15360\)/,
    );
  });

  it('needs a licence entry for every picture and a picture for every entry', () => {
    const { issues } = run(tree({ 'pictures/a.svg': SMALL, 'pictures/pictures.yaml': LICENCE(['b']) }));
    expect(issues.map((i) => [i.file, i.rule])).toEqual([
      ['content/pictures/a.svg', 'picture-licence-missing'],
      ['content/pictures/pictures.yaml', 'picture-licence-stray'],
    ]);
  });

  it('refuses a missing list, a missing licence and an unknown licence', () => {
    expect(run(tree({ 'pictures/a.svg': SMALL })).issues.map((i) => i.rule)).toContain(
      'picture-licence-missing',
    );
    const noLicence = run(
      tree({ 'pictures/a.svg': SMALL, 'pictures/pictures.yaml': 'a:\n  origin: Drawn\n' }),
    );
    expect(noLicence.issues[0]).toMatchObject({ rule: 'picture-licence-missing', line: 1 });
    const odd = run(
      tree({
        'pictures/a.svg': SMALL,
        'pictures/pictures.yaml': 'a:\n  origin: Web\n  licence: All rights reserved\n',
      }),
    );
    expect(odd.issues[0]?.rule).toBe('picture-licence-unknown');
  });

  it('refuses files that are not named like pictures', () => {
    const { issues } = run(
      tree({ 'pictures/Body Map.svg': SMALL, 'pictures/a.png': '', 'pictures/pictures.yaml': '' }),
    );
    expect(issues.filter((i) => i.rule === 'picture-file-name')).toHaveLength(2);
  });

  it(`refuses one picture over ${PICTURE_BUDGET_EACH} B gzip`, () => {
    const { issues, registry } = run(
      tree({ 'pictures/big.svg': noise(1, 5500), 'pictures/pictures.yaml': LICENCE(['big']) }),
    );
    expect(registry.assets.get('big')?.gzipBytes).toBeGreaterThan(PICTURE_BUDGET_EACH);
    expect(issues.map((i) => i.rule)).toEqual(['picture-too-large']);
    expect(issues[0]?.message).toContain(String(registry.assets.get('big')?.gzipBytes));
  });

  it(`refuses pictures over ${PICTURE_BUDGET_TOTAL} B gzip in all, each within its own budget`, () => {
    const entries: Record<string, string> = {};
    const ids = Array.from({ length: 20 }, (_, i) => `p${i}`);
    ids.forEach((id, i) => (entries[`pictures/${id}.svg`] = noise(i + 7, 4500)));
    entries['pictures/pictures.yaml'] = LICENCE(ids);
    const { issues, registry } = run(tree(entries));
    for (const a of registry.assets.values()) expect(a.gzipBytes).toBeLessThanOrEqual(PICTURE_BUDGET_EACH);
    expect(registry.totalGzipBytes).toBeGreaterThan(PICTURE_BUDGET_TOTAL);
    expect(issues.map((i) => i.rule)).toEqual(['pictures-too-large']);
  });
});

describe('checkPictureUse', () => {
  const { registry } = run(
    tree({ 'pictures/a.svg': SMALL, 'pictures/b.svg': SMALL, 'pictures/pictures.yaml': LICENCE(['a', 'b']) }),
  );

  it('passes when every picture is used', () => {
    const issues: ContentIssue[] = [];
    checkPictureUse(
      registry,
      [
        { picture: 'a', file: 'content/en/x.md', line: 3, column: 1 },
        { picture: 'b', file: 'content/es/x.md', line: 4, column: 1 },
      ],
      createSink(issues),
    );
    expect(issues).toEqual([]);
  });

  it('names the file of each picture no card uses', () => {
    const issues: ContentIssue[] = [];
    checkPictureUse(
      registry,
      [{ picture: 'a', file: 'content/en/x.md', line: 9, column: 1 }],
      createSink(issues),
    );
    expect(issues.map((i) => [i.file, i.line, i.rule])).toEqual([
      ['content/pictures/b.svg', 1, 'picture-unused'],
    ]);
    expect(issues[0]?.hint).toContain('![what it shows](b)');
  });
});

describe('label links', () => {
  const LINKED = (links: string): string =>
    `a:\n  origin: Drawn here\n  licence: CC0-1.0\n  links:\n${links}`;
  const pages = new Map([
    [
      'en',
      new Map([
        ['tumor-lysis', new Set(['what', 'prevent'])],
        ['asparaginase', new Set(['watch'])],
      ]),
    ],
    ['es', new Map([['tumor-lysis', new Set(['what', 'prevent'])]])],
  ]);
  const check = (links: string): ContentIssue[] => {
    const { issues, registry } = run(
      tree({ 'pictures/a.svg': SMALL, 'pictures/pictures.yaml': LINKED(links) }),
    );
    checkPictureLinks(registry, pages, createSink(issues));
    return issues;
  };

  it('puts a page#card link on its label point and passes when the card exists in every language', () => {
    const { issues, registry } = run(
      tree({ 'pictures/a.svg': SMALL, 'pictures/pictures.yaml': LINKED('    dot: tumor-lysis#prevent\n') }),
    );
    checkPictureLinks(registry, pages, createSink(issues));
    expect(issues).toEqual([]);
    expect(registry.assets.get('a')?.anchors[0]?.link).toEqual({ page: 'tumor-lysis', card: 'prevent' });
  });

  it('leaves a label without a link plain', () => {
    const { registry } = run(tree({ 'pictures/a.svg': SMALL, 'pictures/pictures.yaml': LICENCE(['a']) }));
    expect(registry.assets.get('a')?.anchors[0]?.link).toBeUndefined();
    expect(registry.links).toEqual([]);
  });

  it('refuses an unknown page with the file, line, column and a fix', () => {
    const issues = check('    dot: tumour-lysis#prevent\n');
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({
      file: 'content/pictures/pictures.yaml',
      line: 5,
      column: 10,
      rule: 'picture-link-broken',
    });
    expect(issues[0]?.message).toContain('"tumour-lysis"');
    expect(issues[0]?.hint).toContain('file name');
    expect(formatIssue(issues[0])).toContain('content/pictures/pictures.yaml:5:10');
  });

  it('refuses an unknown card, naming the cards the page has, per language that lacks it', () => {
    const issues = check('    dot: asparaginase#liver\n');
    expect(issues.map((i) => [i.line, i.rule])).toEqual([
      [5, 'picture-link-broken'],
      [5, 'picture-link-broken'],
    ]);
    expect(issues[0]?.message).toBe('The page "asparaginase" has no card {#liver} in en.');
    expect(issues[0]?.hint).toContain('watch');
    expect(issues[1]?.message).toContain('does not exist in es');
  });

  it('refuses a link on a point the drawing lacks, a malformed target and links that are not a map', () => {
    expect(check('    nose: tumor-lysis#prevent\n')[0]).toMatchObject({
      line: 5,
      rule: 'picture-link-stray',
    });
    expect(check('    dot: "Tumor lysis"\n')[0]).toMatchObject({ line: 5, rule: 'picture-link-shape' });
    expect(check('    - dot\n')[0]).toMatchObject({ line: 4, rule: 'picture-link-shape' });
  });
});

describe('compilePictureLabels', () => {
  const { registry } = run(tree({ 'pictures/a.svg': SMALL, 'pictures/pictures.yaml': LICENCE(['a']) }));
  const labels = (
    yaml: string | null,
  ): { issues: ContentIssue[]; out: ReturnType<typeof compilePictureLabels> } => {
    const issues: ContentIssue[] = [];
    const files = tree(yaml === null ? {} : { 'en/picture-labels.yaml': yaml });
    return { issues, out: compilePictureLabels(files, 'en', registry, 'content', createSink(issues)) };
  };

  it('reads words per label point, with the fever threshold as site values', () => {
    const { issues, out } = labels("a:\n  dot: '{fever_f} ({fever_c}) or higher'\n");
    expect(issues).toEqual([]);
    expect(out.a?.dot).toEqual([
      { type: 'slot', name: 'fever_f' },
      { type: 'text', value: ' (' },
      { type: 'slot', name: 'fever_c' },
      { type: 'text', value: ') or higher' },
    ]);
  });

  it('needs words for every point, in every language', () => {
    expect(labels(null).issues[0]).toMatchObject({
      file: 'content/en/picture-labels.yaml',
      rule: 'picture-labels-missing',
    });
    expect(labels('a: {}\n').issues[0]).toMatchObject({ line: 1, rule: 'picture-labels-missing' });
  });

  it('refuses words for a picture or point that does not exist, and empty or long words', () => {
    expect(labels('a:\n  dot: Dot\nzz:\n  dot: X\n').issues[0]).toMatchObject({
      line: 3,
      rule: 'picture-labels-stray',
    });
    expect(labels('a:\n  dot: Dot\n  nose: Nose\n').issues[0]).toMatchObject({
      line: 3,
      rule: 'picture-labels-stray',
    });
    expect(labels("a:\n  dot: ''\n").issues.map((i) => i.rule)).toContain('picture-label-length');
    expect(labels(`a:\n  dot: ${'x'.repeat(61)}\n`).issues.map((i) => i.rule)).toContain(
      'picture-label-length',
    );
  });

  it('parses plain labels to one text part', () => {
    expect(parseLabel('Kidneys')).toEqual([{ type: 'text', value: 'Kidneys' }]);
  });
});

describe('the real content/pictures folder', () => {
  it('sanitizes every picture within budget, each with a licence entry', async () => {
    const { readTree } = await import('../../../../build/content/read-tree.ts');
    const files = await readTree(fileURLToPath(new URL('../../../../content', import.meta.url)));
    const { issues, registry } = run(files);
    expect(issues).toEqual([]);
    expect(registry.assets.size).toBeGreaterThanOrEqual(30);
    expect(registry.totalGzipBytes).toBeLessThanOrEqual(PICTURE_BUDGET_TOTAL);
    for (const locale of ['en', 'es']) {
      const labelIssues: ContentIssue[] = [];
      compilePictureLabels(files, locale, registry, 'content', createSink(labelIssues));
      expect(labelIssues).toEqual([]);
    }
  });
});

describe('the theme stylesheet', () => {
  const css = readFileSync(
    fileURLToPath(new URL('../../../../renderer/styles/pictures.css', import.meta.url)),
    'utf8',
  );

  it('paints every class a picture may use, so no allowed class draws nothing', () => {
    for (const c of PICTURE_CLASSES)
      expect(css, `.picture-art .${c}`).toMatch(new RegExp(`\\.picture-art \\.${c}[\\s,{]`));
  });

  it('sets every picture colour token in the default, calm and high-contrast themes', () => {
    const tokens = [...new Set(css.match(/--pic-[a-z-]+(?=:)/g) ?? [])];
    expect(tokens.length).toBeGreaterThanOrEqual(8);
    const block = (selector: string): string =>
      css.slice(css.indexOf(selector), css.indexOf('}', css.indexOf(selector)));
    for (const t of tokens) expect(block("html[data-theme='high-contrast']"), t).toContain(`${t}:`);
  });
});
