// The Vite plugin end to end: a real (in-memory) Vite build that imports `virtual:kiosk-content`.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { show } from './card-tree-helpers.ts';
import { build, type Rollup } from 'vite';
import { kioskContent } from '../../../../build/content/vite-plugin.ts';
import type { CompiledContent } from '../../../../electron/shared/content-types.ts';
import { GOOD_DIR, TODAY } from './fixture.ts';

const tmp = mkdtempSync(join(tmpdir(), 'kiosk-content-plugin-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
writeFileSync(join(tmp, 'entry.js'), "import content from 'virtual:kiosk-content';\nexport { content };\n");

async function bundle(contentDir: string): Promise<string> {
  const out = (await build({
    configFile: false,
    root: tmp,
    logLevel: 'silent',
    plugins: [kioskContent({ contentDir, today: TODAY })],
    build: {
      write: false,
      minify: false,
      lib: { entry: join(tmp, 'entry.js'), formats: ['es'], fileName: 'out' },
    },
  })) as Rollup.RollupOutput[];
  return out[0]?.output[0]?.code ?? '';
}

describe('kioskContent Vite plugin', () => {
  it('serves the compiled content as the default export of virtual:kiosk-content', async () => {
    const code = await bundle(relative(process.cwd(), GOOD_DIR));
    // Run the bundle as the renderer would and look at the data it hands over.
    const file = join(tmp, 'bundle.mjs');
    writeFileSync(file, code);
    const { content } = (await import(pathToFileURL(file).href)) as { content: CompiledContent };
    const en = content.locales.en;
    expect(en.tour).toEqual(['welcome', 'marrow']);
    expect(en.pages.map((page) => page.id)).toContain('mouth-sores');
    const how = en.pages.find((page) => page.id === 'welcome')?.cards.find((card) => card.id === 'how');
    expect(show(how?.body ?? [])).toContain('<link mouth-sores#help>mouth sores</link>');
    expect(content.locales.es.pages.length).toBe(en.pages.length);
  });

  it('fails the build with one message listing every error as file:line:column rule — message. Fix: hint', async () => {
    const dir = join(tmp, 'content-broken');
    cpSync(GOOD_DIR, dir, { recursive: true });
    const page = join(dir, 'en/01-guide/01-welcome.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('icon: welcome', 'icon: smiley'));
    const es = join(dir, 'es/01-guide/01-welcome.md');
    writeFileSync(es, readFileSync(es, 'utf8').replace('(mouth-sores#help)', '(nowhere)'));
    const error = await bundle(dir).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    const message = error?.message ?? '';
    expect(message).toContain('Content check failed: 2 errors in 2 files.');
    expect(message).toMatch(
      /content-broken\/en\/01-guide\/01-welcome\.md:5:7 error schema-enum — .+ Fix: Use one of: /,
    );
    expect(message).toMatch(
      /content-broken\/es\/01-guide\/01-welcome\.md:\d+:\d+ error broken-link — .+ Fix: /,
    );
    expect(message).not.toMatch(/\n\s+at /); // no stack trace in what the educator reads
  });
});
