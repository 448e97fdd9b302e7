// Decoding what a visitor's phone would see: a QR code read back from a screenshot of the screen, and the
// text of a page printed to PDF.
import { type Locator, type Page, expect } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text a phone camera reads from the QR code in `locator`, from a screenshot of it (not the markup). */
export async function decodeQr(locator: Locator): Promise<string> {
  await expect(locator).toBeVisible();
  const png = PNG.sync.read(await locator.screenshot({ animations: 'disabled' }));
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (code === null) throw new Error('jsQR found no QR code in the screenshot');
  return code.data;
}

/** The visible text of every page of a PDF, one string per page (pdf.js text items joined by spaces). */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push(text.replace(/\s+/g, ' ').trim());
  }
  await document.destroy();
  return pages;
}

/** From the start screen, taps through Topics to the page whose tile is named `tile`, then to its last card. */
export async function openTopicEnd(page: Page, chooseTopic: RegExp, tile: RegExp): Promise<void> {
  await page.getByRole('button', { name: chooseTopic }).tap();
  await page.getByRole('button', { name: tile }).first().tap();
  await expect(page.locator('.app')).toHaveAttribute('data-screen', 'page');
  const sources = page.getByTestId('sources-toggle');
  // The last card is the one with the Sources toggle; Next moves one card per tap.
  while (!(await sources.isVisible())) {
    const card = await page.locator('article.card').getAttribute('data-card-id');
    await page.getByTestId('next').tap();
    await expect(page.locator('article.card')).not.toHaveAttribute('data-card-id', card ?? '');
  }
}
