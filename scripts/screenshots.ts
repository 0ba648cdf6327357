/**
 * Screenshots of the main page types at phone (390 px) and desktop (1280 px) widths, and
 * of the pages with pictures in print and in forced colours (dark high contrast), in
 * Debian's Chromium as the browser tests drive it: `npm run screenshots [-- <dist dir>
 * <out dir>]` (defaults: dist/ and .screenshots/, which is not committed). Build first
 * (`npm run build`). Prints each file written. For a reviewer to look at the pages.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './lib/browser';
import { serve } from './lib/static-server';

const [distArg = 'dist', outArg = '.screenshots'] = process.argv.slice(2);
const dist = resolve(distArg);
const out = resolve(outArg);

export const PAGES: readonly [string, string][] = [
  ['trang-chu', '/'],
  ['tinh', '/tinh/'],
  ['tinh-63', '/tinh/#ban-do-63'],
  ['tinh-ben-tre', '/tinh/ben-tre/'],
  ['nam', '/nam/'],
  ['chi-so', '/chi-so/'],
  ['van-ban', '/van-ban/'],
  ['ke-hoach-ben-tre', '/ke-hoach/ben-tre/ubnd-tinh/2021/105-kh-ubnd/'],
  ['ke-hoach-ky-anh', '/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/'],
];
const WIDTHS = { 'dien-thoai': { width: 390, height: 844 }, 'may-tinh': { width: 1280, height: 900 } } as const;

/** The pages whose pictures must read on paper and in high contrast (tests/build/reading.test.ts checks them). */
const PICTURE_PAGES: readonly [string, string][] = [
  ['trang-chu', '/'],
  ['tinh', '/tinh/'],
  ['van-ban', '/van-ban/'],
  ['ke-hoach-ben-tre', '/ke-hoach/ben-tre/ubnd-tinh/2021/105-kh-ubnd/'],
];

mkdirSync(out, { recursive: true });
const server = await serve(dist);
const browser = await launchChromium();
try {
  for (const [device, viewport] of Object.entries(WIDTHS)) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    for (const [name, url] of PAGES) {
      await page.goto(`${server.origin}${url}`);
      const file = join(out, `${name}-${device}.png`);
      await page.screenshot({ path: file, fullPage: false });
      console.log(file);
    }
    await page.close();
  }
  // Print (the whole page as the print stylesheet lays it out, A4 width) and forced colours
  // (a dark high-contrast theme, as Windows users set it), at desktop width.
  const modes = {
    'ban-in': { media: 'print', width: 794 },
    'tuong-phan-cao': { forcedColors: 'active', colorScheme: 'dark', width: 1280 },
  } as const;
  for (const [mode, { width, ...media }] of Object.entries(modes)) {
    const page = await browser.newPage({ viewport: { width, height: 1100 }, deviceScaleFactor: 1 });
    await page.emulateMedia(media);
    for (const [name, url] of PICTURE_PAGES) {
      await page.goto(`${server.origin}${url}`);
      const file = join(out, `${name}-${mode}.png`);
      await page.screenshot({ path: file, fullPage: mode === 'ban-in' && url !== PICTURE_PAGES[3]![1] });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
