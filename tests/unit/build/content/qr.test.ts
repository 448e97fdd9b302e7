import { describe, expect, it } from 'vitest';
import { assertInertSvg, qrSvg } from '../../../../build/content/qr.ts';

describe('source QR codes', () => {
  it('makes an inert SVG of path elements only, memoized per URL', async () => {
    const a = await qrSvg('https://www.cancer.gov/types/leukemia');
    expect(a).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(a).not.toMatch(/script|style|foreignObject/i);
    expect(qrSvg('https://www.cancer.gov/types/leukemia')).toBe(
      qrSvg('https://www.cancer.gov/types/leukemia'),
    );
    expect(await qrSvg('https://example.org/b')).not.toBe(a);
  });

  it.each([
    '<svg><script>alert(1)</script></svg>',
    '<svg><style>*{}</style></svg>',
    '<svg><foreignObject></foreignObject></svg>',
    '<svg onload="x()"></svg>',
    '<svg><a href="https://x.y"><path/></a></svg>',
    '<svg><image/></svg>',
    '<div></div>',
  ])('rejects %s', (svg) => {
    expect(() => assertInertSvg(svg)).toThrow();
  });
});
