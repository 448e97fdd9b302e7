// content/pictures/: the drawings. Each SVG is parsed strictly (saxes), checked against an allowlist and turned
// into a typed element tree the renderer draws with <svelte:element>, so no markup string ever reaches the page.
// Also: the origin-and-licence list, per-locale label words, which pictures the pages use, the size budget, and
// the alt text of each `![what it shows](picture-id)` in a card.
import { gzipSync } from 'node:zlib';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { isMap, isScalar, type Node } from 'yaml';
import {
  PICTURE_ANCHOR_SIDES,
  PICTURE_ATTRIBUTES,
  PICTURE_BUDGET_EACH,
  PICTURE_BUDGET_TOTAL,
  PICTURE_CLASSES,
  PICTURE_MEANINGFUL_CLASSES,
  PICTURE_PAINT_VALUES,
  PICTURE_STYLE_PROPERTIES,
  PICTURE_TAGS,
  type PictureAnchor,
  type PictureAsset,
  type PictureElement,
  type PictureLabelPart,
  type PictureLabels,
  type PictureLink,
  type PictureTag,
} from '../../electron/shared/picture-types.ts';
import { parseYaml } from './front-matter.ts';
import { PAGE_ID_PATTERN as ID_PATTERN } from '../../electron/shared/page-id.ts';
import type { PictureBlock } from './markdown.ts';
import type { FileMap, IssueSink } from './types.ts';

export const PICTURES_DIR = 'pictures';
const PICTURES_MANIFEST = 'pictures/pictures.yaml';
export const PICTURE_LABELS_FILE = 'picture-labels.yaml';

const SVG_NS = 'http://www.w3.org/2000/svg';
const MANIFEST_KEYS = ['origin', 'licence', 'author', 'source', 'changes', 'links'] as const;
/** `page` or `page#card`, the same ids a `[words](page#card)` link in a card uses. */
const LINK_TARGET = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:#([a-z0-9]+(?:-[a-z0-9]+)*))?$/;
/** Licences a picture may carry; each lets the hospital copy, change and show the picture without asking. */
const PICTURE_LICENCES = ['CC0-1.0', 'MIT', 'Apache-2.0', 'CC-BY-4.0'] as const;
const MAX_LABEL = 60;

const NUMBER_LIST = /^[-+\d.eE,\s]*$/;
const PATH_DATA = /^[MmLlHhVvCcSsQqTtAaZz\d\s.,eE+-]*$/;
const TRANSFORM = /^(?:\s*(?:translate|scale|rotate|matrix|skewX|skewY)\([-+\d.eE,\s]*\)\s*,?)*\s*$/;
const KEYWORDS: Record<string, readonly string[]> = {
  'fill-rule': ['nonzero', 'evenodd'],
  'clip-rule': ['nonzero', 'evenodd'],
  'stroke-linecap': ['butt', 'round', 'square'],
  'stroke-linejoin': ['miter', 'round', 'bevel'],
};

export type PictureRegistry = {
  assets: Map<string, PictureAsset>;
  /** File (as shown to the educator) of each picture, for messages. */
  files: Map<string, string>;
  totalGzipBytes: number;
  /** Every label link declared in pictures.yaml, with its place there, for checkPictureLinks. */
  links: PictureLinkUse[];
};

type PictureLinkUse = PictureLink & {
  picture: string;
  anchor: string;
  file: string;
  line: number;
  column: number;
};

export type PictureUse = { picture: string; file: string; line: number; column: number };

type Loc = { line: number; column: number };

/** Checks one attribute's value; returns the reason it is refused, or null when it may stay. */
function refuseValue(tag: PictureTag, name: string, value: string): string | null {
  if (name === 'fill' || name === 'stroke') {
    return (PICTURE_PAINT_VALUES as readonly string[]).includes(value)
      ? null
      : `a fixed colour ("${value}") would not follow the theme`;
  }
  if (name === 'class') {
    const bad = value.split(/\s+/).filter((c) => c && !(PICTURE_CLASSES as readonly string[]).includes(c));
    return bad.length > 0 ? `the class "${bad[0]}" is not a picture theme class` : null;
  }
  if (name === 'style') return refuseStyle(value);
  if (name === 'd') return PATH_DATA.test(value) ? null : 'the path data has characters a path cannot use';
  if (name === 'transform')
    return TRANSFORM.test(value) ? null : 'the transform is not a plain list of steps';
  if (name in KEYWORDS) {
    return KEYWORDS[name]?.includes(value) ? null : `"${value}" is not one of ${KEYWORDS[name]?.join(', ')}`;
  }
  if (name === 'viewBox' && tag !== 'svg') return 'only the outer <svg> has a viewBox';
  return NUMBER_LIST.test(value) ? null : `"${value}" is not a number`;
}

function refuseStyle(value: string): string | null {
  for (const decl of value.split(';')) {
    if (!decl.trim()) continue;
    const colon = decl.indexOf(':');
    const prop = (colon < 0 ? decl : decl.slice(0, colon)).trim().toLowerCase();
    const val = colon < 0 ? '' : decl.slice(colon + 1).trim();
    if (!(PICTURE_STYLE_PROPERTIES as readonly string[]).includes(prop)) {
      return `the style property "${prop}" is not allowed (allowed: ${PICTURE_STYLE_PROPERTIES.join(', ')})`;
    }
    if (!/^[a-z\d.,\s%-]+$/i.test(val)) return `the style value "${val}" is not a plain number or keyword`;
  }
  return null;
}

/** Serializes a sanitized tree back to SVG text: the bytes the size budget measures. */
export function serializePicture(viewBox: string, children: PictureElement[]): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const walk = (el: PictureElement): string => {
    const attrs = Object.entries(el.attrs)
      .map(([k, v]) => ` ${k}="${esc(v)}"`)
      .join('');
    return el.children.length === 0
      ? `<${el.tag}${attrs}/>`
      : `<${el.tag}${attrs}>${el.children.map(walk).join('')}</${el.tag}>`;
  };
  return `<svg xmlns="${SVG_NS}" viewBox="${esc(viewBox)}">${children.map(walk).join('')}</svg>`;
}

function hasMeaningfulInk(children: PictureElement[]): boolean {
  return children.some(
    (el) =>
      (el.attrs.class ?? '')
        .split(/\s+/)
        .some((c) => (PICTURE_MEANINGFUL_CLASSES as readonly string[]).includes(c)) ||
      hasMeaningfulInk(el.children),
  );
}

/**
 * Parse and sanitize one SVG. Returns null (with errors recorded) when anything is outside the allowlist:
 * a hostile or careless file is refused whole, never cleaned up silently.
 */
export function sanitizePicture(
  id: string,
  file: string,
  text: string,
  sink: IssueSink,
): PictureAsset | null {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let failed = false;
  const fail = (at: Loc, rule: string, message: string, hint: string): void => {
    failed = true;
    sink.error(file, at.line, at.column, rule, message, hint);
  };
  const here = (): Loc => ({ line: parser.line, column: Math.max(1, parser.column) });
  const stack: PictureElement[] = [];
  let root: PictureElement | null = null;
  let tagStart: Loc = { line: 1, column: 1 };
  const anchors: PictureAnchor[] = [];
  const anchorElements = new WeakSet<SaxesTagPlain>();
  let viewBox = '';

  parser.on('error', (err) => {
    const at = here();
    if (!failed) {
      fail(
        at,
        'picture-xml',
        `The picture is not well-formed XML: ${err.message.replace(/^.*?:\d+:\d+: /, '')}.`,
        'Save it again from the drawing program as plain SVG, or fix the tag named here.',
      );
    }
    failed = true;
  });
  parser.on('doctype', () =>
    fail(
      here(),
      'picture-doctype',
      'The picture has a <!DOCTYPE>; pictures may not declare entities or a document type.',
      'Delete the <!DOCTYPE …> line.',
    ),
  );
  parser.on('processinginstruction', (pi) =>
    fail(
      here(),
      'picture-instruction',
      `The picture has a processing instruction (<?${pi.target} …?>).`,
      'Delete it; only the <?xml …?> line may stand at the top.',
    ),
  );
  parser.on('cdata', () =>
    fail(here(), 'picture-cdata', 'The picture has a CDATA section.', 'Delete the <![CDATA[ … ]]> part.'),
  );
  parser.on('text', (t) => {
    if (t.trim()) {
      fail(
        here(),
        'picture-words',
        `The picture has words in it ("${t.trim().slice(0, 30)}").`,
        `Delete the words from the drawing; put labels in each language's ${PICTURE_LABELS_FILE} instead.`,
      );
    }
  });
  parser.on('opentagstart', () => {
    tagStart = here();
  });
  parser.on('opentag', (tag) => {
    if (failed) return;
    const at = tagStart;
    const name = tag.name;
    if (!(PICTURE_TAGS as readonly string[]).includes(name)) {
      if (name === 'title' || name === 'desc' || name === 'metadata') {
        fail(
          at,
          'picture-words',
          `The picture has a <${name}>: its words would not be translated.`,
          `Delete the <${name}>; the page gives the picture's description (alt text) in each language.`,
        );
      } else {
        fail(
          at,
          'picture-element',
          `<${name}> is not allowed in a picture.`,
          `Use only ${PICTURE_TAGS.map((t) => `<${t}>`).join(' ')}. Script, foreignObject, images, links, text, use, defs and styles are never allowed.`,
        );
      }
      return;
    }
    const el: PictureElement = { tag: name as PictureTag, attrs: {}, children: [] };
    const isRoot = stack.length === 0 && root === null;
    if (!isRoot && name === 'svg') {
      fail(at, 'picture-element', 'A picture may not hold a second <svg>.', 'Move its shapes into a <g>.');
      return;
    }
    if (isRoot && name !== 'svg') {
      fail(
        at,
        'picture-element',
        `The picture starts with <${name}>, not <svg>.`,
        'Start the file with <svg>.',
      );
      return;
    }
    let label: string | null = null;
    let side: string | null = null;
    for (const [attr, value] of Object.entries(tag.attributes)) {
      const lower = attr.toLowerCase();
      if (lower.startsWith('on')) {
        fail(
          at,
          'picture-event',
          `<${name}> has an event attribute (${attr}): pictures never run code.`,
          `Delete ${attr}="…".`,
        );
        continue;
      }
      if (lower === 'href' || lower.endsWith(':href')) {
        fail(
          at,
          'picture-href',
          `<${name}> has a link (${attr}="${value.slice(0, 40)}"): pictures may not point anywhere.`,
          `Delete ${attr}="…"; draw the shape itself.`,
        );
        continue;
      }
      if (isRoot && attr === 'xmlns') {
        if (value !== SVG_NS) fail(at, 'picture-namespace', `xmlns is "${value}".`, `Use xmlns="${SVG_NS}".`);
        continue;
      }
      if (isRoot && (attr === 'width' || attr === 'height' || attr === 'version')) continue;
      if (attr === 'data-label' && name === 'circle') {
        label = value;
        continue;
      }
      if (attr === 'data-side' && name === 'circle') {
        side = value;
        continue;
      }
      if (!(PICTURE_ATTRIBUTES as readonly string[]).includes(attr)) {
        fail(
          at,
          'picture-attribute',
          `<${name}> has the attribute "${attr}", which pictures may not use.`,
          attr === 'id' || attr.startsWith('xmlns')
            ? `Delete ${attr}="…".`
            : `Delete it, or use only: ${PICTURE_ATTRIBUTES.join(', ')}.`,
        );
        continue;
      }
      const refused = refuseValue(el.tag, attr, value);
      if (refused) {
        fail(
          at,
          attr === 'fill' || attr === 'stroke' ? 'picture-colour' : 'picture-attribute',
          `<${name} ${attr}="${value.slice(0, 40)}">: ${refused}.`,
          attr === 'fill' || attr === 'stroke'
            ? `Use class="${PICTURE_CLASSES.filter((c) => c.startsWith(attr === 'fill' ? 'fill' : 'line')).join('" or "')}" instead (the theme picks the colour).`
            : attr === 'class'
              ? `Use the theme classes: ${PICTURE_CLASSES.join(', ')}.`
              : `Fix the value of ${attr}.`,
        );
        continue;
      }
      if (attr === 'viewBox') viewBox = value.trim();
      else el.attrs[attr] = value;
    }
    if (label !== null) {
      anchorElements.add(tag);
      const x = Number(tag.attributes.cx);
      const y = Number(tag.attributes.cy);
      if (!ID_PATTERN.test(label)) {
        fail(
          at,
          'picture-label-id',
          `The label point "${label}" is not a plain id.`,
          'Use lowercase words joined by dashes, like data-label="kidneys".',
        );
      } else if (anchors.some((a) => a.id === label)) {
        fail(
          at,
          'picture-label-id',
          `Two label points are called "${label}".`,
          'Give each a name of its own.',
        );
      } else if (stack.some((e) => e.attrs.transform)) {
        fail(
          at,
          'picture-label-id',
          `The label point "${label}" is inside a moved group (transform), so its place would be wrong.`,
          'Move the label point out of the <g transform="…"> to the top level of the drawing.',
        );
      } else if (!Number.isFinite(x) || !Number.isFinite(y)) {
        fail(at, 'picture-label-id', `The label point "${label}" has no cx and cy.`, 'Add cx="…" cy="…".');
      } else {
        const s = side ?? 'right';
        if (!(PICTURE_ANCHOR_SIDES as readonly string[]).includes(s)) {
          fail(
            at,
            'picture-label-side',
            `data-side="${s}" is not a side.`,
            `Use ${PICTURE_ANCHOR_SIDES.join(', ')}.`,
          );
        }
        // Stored in viewBox units here; turned into percent once the viewBox is known.
        anchors.push({ id: label, x, y, side: s as PictureAnchor['side'] });
      }
      return;
    }
    if (isRoot) root = el;
    else stack[stack.length - 1]?.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', (tag) => {
    if (anchorElements.has(tag)) return;
    if ((PICTURE_TAGS as readonly string[]).includes(tag.name)) stack.pop();
  });

  try {
    parser.write(text).close();
  } catch (error) {
    if (!failed) {
      fail(
        here(),
        'picture-xml',
        `The picture could not be read: ${error instanceof Error ? error.message : String(error)}.`,
        'Save it again from the drawing program as plain SVG.',
      );
    }
  }
  if (failed) return null;
  if (!root) {
    fail(
      { line: 1, column: 1 },
      'picture-empty',
      'The picture has no <svg>.',
      'Save it again as an SVG file.',
    );
    return null;
  }
  const vb = viewBox.split(/[\s,]+/).map(Number);
  const [minX = 0, minY = 0, width = 0, height = 0] = vb;
  if (vb.length !== 4 || !(width > 0) || !(height > 0)) {
    fail(
      { line: 1, column: 1 },
      'picture-viewbox',
      'The <svg> has no usable viewBox.',
      'Add viewBox="0 0 WIDTH HEIGHT" to the <svg> (the page sizes the picture from it).',
    );
    return null;
  }
  const children = (root as PictureElement).children;
  if (!hasMeaningfulInk(children)) {
    fail(
      { line: 1, column: 1 },
      'picture-no-ink',
      'Nothing in the picture has a line or ink class, so it could vanish in high contrast.',
      'Give the outlines class="line" (or fill-ink, icon); soft fills alone are backgrounds.',
    );
    return null;
  }
  const round = (n: number): number => Math.round(n * 100) / 100;
  const placed = anchors.map((a) => ({
    ...a,
    x: round(((a.x - minX) / width) * 100),
    y: round(((a.y - minY) / height) * 100),
  }));
  const svg = serializePicture(viewBox, children);
  return {
    id,
    viewBox,
    aspect: round(width / height),
    children,
    anchors: placed,
    bytes: Buffer.byteLength(svg),
    gzipBytes: gzipSync(svg, { level: 9 }).length,
  };
}

/** A YAML scalar's text; anything else (a list, a map) reads as empty and is reported as missing. */
function scalarText(node: unknown): string {
  if (!isScalar(node)) return '';
  const v = node.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v).trim() : '';
}

type ManifestEntry = { line: number; licence: string; links: PictureLinkUse[] };

function readManifest(files: FileMap, root: string, sink: IssueSink): Map<string, ManifestEntry> | null {
  const file = `${root}/${PICTURES_MANIFEST}`;
  const bytes = files.get(PICTURES_MANIFEST);
  const anyPicture = [...files.keys()].some((k) => k.startsWith(`${PICTURES_DIR}/`) && k.endsWith('.svg'));
  if (!bytes && !anyPicture) return new Map();
  if (!bytes) {
    sink.error(
      file,
      1,
      1,
      'picture-licence-missing',
      'There is no list of where the pictures come from.',
      `Create ${file} with one entry per picture: origin and licence (see ${root}/README.md, "Pictures").`,
    );
    return null;
  }
  const text = new TextDecoder().decode(bytes);
  const src = parseYaml(file, text, 1, sink, 'picture list');
  if (!src) return null;
  const top = src.doc.contents as Node | null;
  const out = new Map<string, ManifestEntry>();
  if (top === null) return out;
  if (!isMap(top)) {
    sink.error(
      file,
      1,
      1,
      'picture-licence-shape',
      'The picture list must be a map of picture ids.',
      'Write `body-map:` then indented `origin:` and `licence:` lines.',
    );
    return null;
  }
  for (const pair of top.items) {
    const keyNode = pair.key as Node | null;
    const id = isScalar(keyNode) ? String(keyNode.value) : '';
    const at = src.at(keyNode);
    const value = pair.value as Node | null;
    if (!isMap(value)) {
      sink.error(
        file,
        at.line,
        at.column,
        'picture-licence-shape',
        `"${id}" has no origin and licence.`,
        'Indent `origin:` and `licence:` under the id.',
      );
      continue;
    }
    const fields = new Map<string, string>();
    const links: PictureLinkUse[] = [];
    for (const p of value.items) {
      const k = isScalar(p.key) ? String(p.key.value) : '';
      const kAt = src.at(p.key as Node);
      if (!(MANIFEST_KEYS as readonly string[]).includes(k)) {
        sink.error(
          file,
          kAt.line,
          kAt.column,
          'picture-licence-shape',
          `"${id}" has the key "${k}".`,
          `Keys are ${MANIFEST_KEYS.join(', ')}.`,
        );
        continue;
      }
      if (k === 'links') {
        links.push(...readLinks(file, id, p.value as Node | null, kAt, (n) => src.at(n), sink));
        continue;
      }
      fields.set(k, scalarText(p.value));
    }
    for (const need of ['origin', 'licence'] as const) {
      if (!fields.get(need)) {
        sink.error(
          file,
          at.line,
          at.column,
          'picture-licence-missing',
          `"${id}" has no ${need}.`,
          need === 'origin'
            ? 'Say where the picture comes from (drawn for the kiosk, or the icon set and icon name).'
            : `Give its licence: one of ${PICTURE_LICENCES.join(', ')}.`,
        );
      }
    }
    const licence = fields.get('licence') ?? '';
    if (licence && !(PICTURE_LICENCES as readonly string[]).includes(licence)) {
      sink.error(
        file,
        at.line,
        at.column,
        'picture-licence-unknown',
        `"${id}" has the licence "${licence}", which is not on the kiosk's list.`,
        `Use a picture under ${PICTURE_LICENCES.join(', ')}, or ask before adding a licence.`,
      );
    }
    out.set(id, { line: at.line, licence, links });
  }
  return out;
}

/** A picture's `links:` map, label point → `page#card`; the targets are checked once the pages are known. */
function readLinks(
  file: string,
  id: string,
  node: Node | null,
  keyAt: Loc,
  at: (n: Node | null | undefined) => Loc,
  sink: IssueSink,
): PictureLinkUse[] {
  const example = 'Indent one line per label point under `links:`, like `kidneys: tumor-lysis#prevent`.';
  if (!isMap(node)) {
    sink.error(
      file,
      keyAt.line,
      keyAt.column,
      'picture-link-shape',
      `"${id}" has links that are not a map.`,
      example,
    );
    return [];
  }
  const out: PictureLinkUse[] = [];
  for (const p of node.items) {
    const anchor = isScalar(p.key) ? String(p.key.value) : '';
    const valueNode = (p.value ?? p.key) as Node | null;
    const where = at(valueNode);
    const target = scalarText(p.value);
    const m = LINK_TARGET.exec(target);
    if (!m) {
      sink.error(
        file,
        where.line,
        where.column,
        'picture-link-shape',
        target
          ? `The link of "${anchor}" ("${target}") is not a page id or page#card.`
          : `The label point "${anchor}" has no link.`,
        example,
      );
      continue;
    }
    out.push({
      picture: id,
      anchor,
      page: m[1] ?? '',
      card: m[2] ?? null,
      file,
      line: where.line,
      column: where.column,
    });
  }
  return out;
}

/** Every SVG in content/pictures/, sanitized, with its licence entry and the size budget checked. */
export function compilePictures(files: FileMap, root: string, sink: IssueSink): PictureRegistry {
  const assets = new Map<string, PictureAsset>();
  const where = new Map<string, string>();
  const manifest = readManifest(files, root, sink);
  const seen = new Set<string>();
  for (const rel of [...files.keys()].sort()) {
    const segs = rel.split('/');
    if (segs[0] !== PICTURES_DIR || rel === PICTURES_MANIFEST || segs.some((s) => s.startsWith('.')))
      continue;
    const file = `${root}/${rel}`;
    const name = segs.slice(1).join('/');
    const m = /^([^/]+)\.svg$/.exec(name);
    if (!m || !ID_PATTERN.test(m[1] ?? '')) {
      sink.error(
        file,
        1,
        1,
        'picture-file-name',
        `"${name}" is not a picture file.`,
        'Pictures are SVG files named in lowercase with dashes, directly in the pictures folder: `body-map.svg`.',
      );
      continue;
    }
    const id = m[1];
    seen.add(id);
    where.set(id, file);
    const asset = sanitizePicture(id, file, new TextDecoder().decode(files.get(rel)), sink);
    if (manifest && !manifest.has(id)) {
      sink.error(
        file,
        1,
        1,
        'picture-licence-missing',
        `The picture "${id}" has no entry in ${root}/${PICTURES_MANIFEST}.`,
        `Add "${id}:" with its origin and licence there.`,
      );
    }
    if (!asset) continue;
    attachLinks(asset, manifest?.get(id)?.links ?? [], sink);
    if (asset.gzipBytes > PICTURE_BUDGET_EACH) {
      sink.error(
        file,
        1,
        1,
        'picture-too-large',
        `The picture is ${asset.gzipBytes} bytes gzip; each picture may be at most ${PICTURE_BUDGET_EACH}.`,
        'Simplify the drawing (fewer points, fewer shapes), or save it again with fewer decimals.',
      );
    }
    assets.set(id, asset);
  }
  for (const [id, entry] of manifest ?? []) {
    if (!seen.has(id)) {
      sink.error(
        `${root}/${PICTURES_MANIFEST}`,
        entry.line,
        1,
        'picture-licence-stray',
        `The picture list names "${id}", but there is no ${root}/${PICTURES_DIR}/${id}.svg.`,
        'Delete the entry, or add the picture.',
      );
    }
  }
  const totalGzipBytes = [...assets.values()].reduce((n, a) => n + a.gzipBytes, 0);
  if (totalGzipBytes > PICTURE_BUDGET_TOTAL) {
    sink.error(
      `${root}/${PICTURES_DIR}`,
      1,
      1,
      'pictures-too-large',
      `The pictures are ${totalGzipBytes} bytes gzip in all; the budget is ${PICTURE_BUDGET_TOTAL}.`,
      'Remove pictures no page uses, or simplify the largest (see the size list in content:check).',
    );
  }
  const links = [...assets.keys()].flatMap((id) =>
    (manifest?.get(id)?.links ?? []).filter((l) => assets.get(id)?.anchors.some((a) => a.id === l.anchor)),
  );
  return { assets, files: where, totalGzipBytes, links };
}

/** Puts each declared link on its label point; a link to a point the drawing lacks is an error. */
function attachLinks(asset: PictureAsset, links: PictureLinkUse[], sink: IssueSink): void {
  for (const link of links) {
    const anchor = asset.anchors.find((a) => a.id === link.anchor);
    if (!anchor) {
      sink.error(
        link.file,
        link.line,
        link.column,
        'picture-link-stray',
        `"${asset.id}" has no label point "${link.anchor}" to link.`,
        `Its points are: ${asset.anchors.map((a) => a.id).join(', ') || 'none'}.`,
      );
      continue;
    }
    anchor.link = { page: link.page, card: link.card };
  }
}

/**
 * Each label link opens a page and card that exist, in every language that has pages (page and card ids are
 * shared across languages, so one bad link is reported once per language that lacks it).
 */
export function checkPictureLinks(
  registry: PictureRegistry,
  cardIdsByLocale: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>,
  sink: IssueSink,
): void {
  for (const link of registry.links) {
    for (const [locale, cardIds] of cardIdsByLocale) {
      const cards = cardIds.get(link.page);
      if (!cards) {
        sink.error(
          link.file,
          link.line,
          link.column,
          'picture-link-broken',
          `The label "${link.anchor}" of "${link.picture}" links to a page "${link.page}" that does not exist in ${locale}.`,
          'Use the id of an existing page: its file name without the number and ".md".',
        );
      } else if (link.card !== null && !cards.has(link.card)) {
        sink.error(
          link.file,
          link.line,
          link.column,
          'picture-link-broken',
          `The page "${link.page}" has no card {#${link.card}} in ${locale}.`,
          `Use one of its card ids: ${[...cards].join(', ')}.`,
        );
      }
    }
  }
}

/** Every picture in the folder is used by some card (a missing id is checkPicture's error, at the card). */
export function checkPictureUse(registry: PictureRegistry, uses: PictureUse[], sink: IssueSink): void {
  const used = new Set(uses.map((u) => u.picture));
  for (const [id, file] of registry.files) {
    if (!used.has(id)) {
      sink.error(
        file,
        1,
        1,
        'picture-unused',
        `No page shows the picture "${id}".`,
        `Place it on a card with ![what it shows](${id}), or delete the file and its entry in ${PICTURES_MANIFEST}.`,
      );
    }
  }
}

const SLOT_IN_LABEL = /\{(fever_f|fever_c)\}/g;

/** Splits a label into words and site values: `{fever_f}` becomes the site's fever threshold. */
export function parseLabel(text: string): PictureLabelPart[] {
  const parts: PictureLabelPart[] = [];
  let last = 0;
  for (const m of text.matchAll(SLOT_IN_LABEL)) {
    if (m.index > last) parts.push({ type: 'text', value: text.slice(last, m.index) });
    parts.push({ type: 'slot', name: m[1] as 'fever_f' | 'fever_c' });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

/**
 * `content/<locale>/picture-labels.yaml`: the words beside each label point, per picture. Every point of every
 * picture needs words in every language; words for a point that does not exist are an error too.
 */
export function compilePictureLabels(
  files: FileMap,
  locale: string,
  registry: PictureRegistry,
  root: string,
  sink: IssueSink,
): PictureLabels {
  const rel = `${locale}/${PICTURE_LABELS_FILE}`;
  const file = `${root}/${rel}`;
  const out: PictureLabels = {};
  const needed = [...registry.assets.values()].filter((a) => a.anchors.length > 0);
  const bytes = files.get(rel);
  if (!bytes) {
    if (needed.length > 0) {
      sink.error(
        file,
        1,
        1,
        'picture-labels-missing',
        `There are no picture labels for ${locale}; "${needed[0]?.id}" needs them.`,
        `Create ${file} with the words for each label point (see ${root}/README.md, "Pictures").`,
      );
    }
    return out;
  }
  const src = parseYaml(file, new TextDecoder().decode(bytes), 1, sink, 'picture labels');
  if (!src) return out;
  const top = src.doc.contents as Node | null;
  if (top !== null && !isMap(top)) {
    sink.error(
      file,
      1,
      1,
      'picture-labels-shape',
      'Picture labels must be a map: picture id, then its label points.',
      'Write `body-map:` then indented `kidneys: Kidneys` lines.',
    );
    return out;
  }
  const lines = new Map<string, number>();
  for (const pair of isMap(top) ? top.items : []) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const at = src.at(pair.key as Node);
    lines.set(id, at.line);
    const asset = registry.assets.get(id);
    if (!asset) {
      if (!registry.files.has(id)) {
        sink.error(
          file,
          at.line,
          at.column,
          'picture-labels-stray',
          `"${id}" is not a picture.`,
          `Use the id of a file in ${root}/${PICTURES_DIR}/.`,
        );
      }
      continue;
    }
    const words: Record<string, PictureLabelPart[]> = {};
    const map = pair.value as Node | null;
    for (const p of isMap(map) ? map.items : []) {
      const anchor = isScalar(p.key) ? String(p.key.value) : '';
      const pAt = src.at(p.key as Node);
      const text = scalarText(p.value);
      if (!asset.anchors.some((a) => a.id === anchor)) {
        sink.error(
          file,
          pAt.line,
          pAt.column,
          'picture-labels-stray',
          `"${id}" has no label point "${anchor}".`,
          `Its points are: ${asset.anchors.map((a) => a.id).join(', ') || 'none'}.`,
        );
        continue;
      }
      if (!text || text.length > MAX_LABEL) {
        sink.error(
          file,
          pAt.line,
          pAt.column,
          'picture-label-length',
          text ? `The label "${anchor}" has ${text.length} characters.` : `The label "${anchor}" is empty.`,
          `Write 1 to ${MAX_LABEL} characters: a label names a part; the card explains it.`,
        );
        continue;
      }
      words[anchor] = parseLabel(text);
    }
    out[id] = words;
  }
  for (const asset of needed) {
    const have = out[asset.id] ?? {};
    const missing = asset.anchors.filter((a) => !have[a.id]).map((a) => a.id);
    if (missing.length > 0) {
      sink.error(
        file,
        lines.get(asset.id) ?? 1,
        1,
        'picture-labels-missing',
        `"${asset.id}" has no ${locale} words for: ${missing.join(', ')}.`,
        `Add them under "${asset.id}:" in ${file}.`,
      );
    }
  }
  return out;
}

/** One line per picture and the total, for the build and content:check output. */
export function formatPictureSizes(registry: PictureRegistry): string {
  const rows = [...registry.assets.values()]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map(
      (a) =>
        `  ${a.id.padEnd(28)} ${String(a.bytes).padStart(6)} B raw ${String(a.gzipBytes).padStart(6)} B gzip`,
    );
  return (
    `Pictures: ${registry.assets.size}, ${registry.totalGzipBytes} B gzip in all (budget ${PICTURE_BUDGET_TOTAL}; ` +
    `each at most ${PICTURE_BUDGET_EACH}).\n${rows.join('\n')}`
  );
}

export const ALT_MAX_CHARS = 150;

/** Screen readers already say "image": a description that starts by saying so wastes the listener's time. */
const REDUNDANT_START =
  /^(?:an? )?(?:image|picture|photo|drawing) of\b|^(?:una? )?(?:imagen|foto|dibujo) de\b/iu;

export function checkPicture(
  file: string,
  root: string,
  block: PictureBlock,
  known: ReadonlySet<string>,
  sink: IssueSink,
): void {
  const { alt, picture } = block;
  const example = `![A nurse checks a child's temperature](${picture || 'thermometer'})`;
  if (alt === '') {
    sink.error(
      file,
      block.altPos.line,
      block.altPos.column,
      'picture-alt-empty',
      `The picture "${picture}" has no words saying what it shows.`,
      `Write what the picture shows between the square brackets, e.g. ${example}.`,
    );
  } else {
    const redundant = REDUNDANT_START.exec(alt);
    if (redundant) {
      sink.error(
        file,
        block.altPos.line,
        block.altPos.column,
        'picture-alt-redundant',
        `The picture's words start with "${redundant[0]}".`,
        'Screen readers already say it is a picture: say only what it shows, e.g. "A nurse checks…" rather than "Picture of a nurse checking…".',
      );
    }
    if (/<[A-Za-z/!?]|\*\*|\[\[|\{\{|`|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(alt)) {
      sink.error(
        file,
        block.altPos.line,
        block.altPos.column,
        'picture-alt-markup',
        "The picture's words are plain text: no HTML, bold, glossary links or site values.",
        'Write what the picture shows in plain words between the square brackets.',
      );
    }
    const length = [...alt].length;
    if (length > ALT_MAX_CHARS) {
      sink.error(
        file,
        block.altPos.line,
        block.altPos.column,
        'picture-alt-long',
        `The picture's words are ${length} characters long; the limit is ${ALT_MAX_CHARS}.`,
        "Say in one short sentence what matters in the picture; put anything more in the card's text.",
      );
    }
  }
  if (!known.has(picture)) {
    const ids = [...known].sort();
    sink.error(
      file,
      block.targetPos.line,
      block.targetPos.column,
      'picture-unknown',
      `There is no picture "${picture}" in ${root}/${PICTURES_DIR}/.`,
      ids.length > 0
        ? `Use the id of a picture there (its file name without ".svg"): ${ids.join(', ')}.`
        : `There are no pictures yet: add ${root}/${PICTURES_DIR}/${picture || 'picture-id'}.svg, or remove this line.`,
    );
  }
}
