// Pictures as data: what build/content/pictures.ts emits from content/pictures/*.svg and the renderer draws with
// <svelte:element>. The allowlists here are the whole of what a picture may contain; anything else fails the build.

/** SVG elements a picture may use: shapes, groups and plain geometry. No script, foreignObject, image, use or text. */
export const PICTURE_TAGS = [
  'svg',
  'g',
  'path',
  'circle',
  'ellipse',
  'rect',
  'line',
  'polyline',
  'polygon',
] as const;
export type PictureTag = (typeof PICTURE_TAGS)[number];

/** Attributes a picture element may carry (geometry and stroke shape). Colour attributes are checked apart. */
export const PICTURE_ATTRIBUTES = [
  'viewBox',
  'd',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'x',
  'y',
  'width',
  'height',
  'x1',
  'y1',
  'x2',
  'y2',
  'points',
  'transform',
  'fill-rule',
  'clip-rule',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-dasharray',
  'stroke-miterlimit',
  'opacity',
  'class',
  'fill',
  'stroke',
  'style',
] as const;

/** The only values `fill` and `stroke` may take: colours come from the theme through classes, never fixed. */
export const PICTURE_PAINT_VALUES = ['none', 'currentColor'] as const;

/** Properties a `style` attribute may set (shape only; colours are never allowed here). */
export const PICTURE_STYLE_PROPERTIES = [
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-dasharray',
  'opacity',
] as const;

/**
 * Theme classes. `line*` outline a shape (stroke, no fill); `fill-*` fill it; `icon` paints `currentColor`
 * in the picture's ink. Soft and paper fills are backgrounds only: every picture must also have lines or ink.
 */
export const PICTURE_CLASSES = [
  'line',
  'line-accent',
  'line-warm',
  'line-soft',
  'line-paper',
  'line-thin',
  'line-dash',
  'fill-ink',
  'fill-accent',
  'fill-warm',
  'fill-soft',
  'fill-accent-soft',
  'fill-warm-soft',
  'fill-paper',
  'icon',
  'here',
] as const;
export type PictureClass = (typeof PICTURE_CLASSES)[number];

/** Classes that carry meaning and must reach 3:1 against the background (WCAG 1.4.11). */
export const PICTURE_MEANINGFUL_CLASSES: readonly PictureClass[] = [
  'line',
  'line-accent',
  'line-warm',
  'fill-ink',
  'fill-accent',
  'fill-warm',
  'icon',
];

export type PictureElement = {
  tag: PictureTag;
  attrs: Record<string, string>;
  children: PictureElement[];
};

/** Where a label from the page's language sits: a point in the drawing, in percent of its width and height. */
export type PictureAnchor = {
  id: string;
  x: number;
  y: number;
  /** Which side of the point the words go. */
  side: 'left' | 'right' | 'above' | 'below' | 'center';
  /** The card this label opens when tapped (declared in pictures.yaml); absent for a plain label. */
  link?: PictureLink;
};

/** A page (and card, or null for its first card) that a picture's label opens. */
export type PictureLink = { page: string; card: string | null };

export type PictureAsset = {
  id: string;
  viewBox: string;
  /** Width ÷ height of the viewBox, so the drawing keeps its shape at every size. */
  aspect: number;
  children: PictureElement[];
  anchors: PictureAnchor[];
  /** Bytes of the sanitized drawing, raw and gzip (the size budget's measure). */
  bytes: number;
  gzipBytes: number;
};

/** A label's words: text, and site values (the fever threshold) filled in by the renderer. */
export type PictureLabelPart =
  { type: 'text'; value: string } | { type: 'slot'; name: 'fever_f' | 'fever_c' };

/** Per locale: picture id → anchor id → words. */
export type PictureLabels = Record<string, Record<string, PictureLabelPart[]>>;

export const PICTURE_ANCHOR_SIDES = ['left', 'right', 'above', 'below', 'center'] as const;

/** Budgets, gzip bytes. */
export const PICTURE_BUDGET_EACH = 15 * 1024;
export const PICTURE_BUDGET_TOTAL = 250 * 1024;
