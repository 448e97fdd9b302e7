import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paintedSvg } from '../../../../build/export/site';

describe('exported pictures', () => {
  it('carry the default theme paint rules inside the file, so an <img> paints them', () => {
    const out = paintedSvg(readFileSync('content/pictures/blood-cells.svg', 'utf8'));
    expect(out).toMatch(/^<svg\b[^>]*\bclass="picture-art"[^>]*><style>/);
    expect(out).toContain('.picture-art .line {');
    expect(out).toContain('--pic-ink:var(--text)');
    expect(out).not.toContain('/*');
    expect(out).not.toContain('.card-panes');
  });

  it('keeps a class the drawing already has', () => {
    expect(paintedSvg('<svg viewBox="0 0 1 1" class="x"><path class="line" d="M0 0"/></svg>')).toMatch(
      /^<svg viewBox="0 0 1 1" class="picture-art x"><style>/,
    );
  });
});
