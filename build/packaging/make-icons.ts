// Icons from ONE drawing (icon.svg), made at build time with no network and no image library: the installed
// Chromium rasterises the SVG at each size (vector → pixels at the exact size, not a blurry downscale), and
// ico.ts packs the Windows sizes into an .ico. electron-builder makes the macOS .icns from the 1024 px PNG.
// Run alone: `tsx build/packaging/make-icons.ts [folder]` (default dist/icons, or KIOSK_ICONS_DIR).
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { buildIco, pngSize } from './ico.ts';

/** Linux icon theme sizes (electron-builder installs each `NxN.png`). */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;
/** Sizes inside the Windows .ico (256 is the largest an .ico entry can name). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

export const ICON_SVG = fileURLToPath(new URL('./icon.svg', import.meta.url));

export type IconSet = { dir: string; ico: string; mac: string; linuxDir: string; files: string[] };

/** Chromium to draw with: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own build. */
function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Render icon.svg at every size into `dir`; returns the paths electron-builder needs. */
export async function makeIcons(dir: string): Promise<IconSet> {
  const svg = await readFile(ICON_SVG, 'utf8');
  const linuxDir = join(dir, 'png');
  await mkdir(linuxDir, { recursive: true });
  const sizes = [...new Set<number>([...LINUX_SIZES, ...ICO_SIZES, 1024])].sort((a, b) => a - b);
  const browser = await chromium
    .launch({
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    })
    .catch((error: unknown) => {
      throw new Error(
        'Cannot draw the icons: no Chromium to render icon.svg (install Debian chromium or set CHROMIUM_PATH). ' +
          (error instanceof Error ? error.message.split('\n')[0] : String(error)),
      );
    });
  const pngs = new Map<number, Uint8Array>();
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    // Nothing leaves the machine: the page has no URL and every request is refused.
    await page.route('**/*', (route) => route.abort());
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        '<!doctype html><html><body style="margin:0;background:transparent">' +
          `<div style="width:${size}px;height:${size}px">${svg.replace('<svg ', '<svg style="display:block;width:100%;height:100%" ')}</div>` +
          '</body></html>',
      );
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      const { width, height } = pngSize(png);
      if (width !== size || height !== size)
        throw new Error(`Rendered ${size} px icon came out ${width}×${height}.`);
      pngs.set(size, png);
    }
  } finally {
    await browser.close();
  }

  const files: string[] = [];
  const write = async (path: string, data: Uint8Array): Promise<void> => {
    await writeFile(path, data);
    files.push(path);
  };
  for (const size of LINUX_SIZES) await write(join(linuxDir, `${size}x${size}.png`), pngs.get(size)!);
  const ico = join(dir, 'icon.ico');
  await write(ico, buildIco(ICO_SIZES.map((size) => ({ size, data: pngs.get(size)! }))));
  const mac = join(dir, 'icon-1024.png');
  await write(mac, pngs.get(1024)!);
  return { dir, ico, mac, linuxDir, files };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = resolve(process.argv[2] ?? process.env.KIOSK_ICONS_DIR ?? 'dist/icons');
  try {
    const set = await makeIcons(dir);
    console.log(`Drew ${set.files.length} icon files from icon.svg into ${dir}.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
