/** The browser tests' and screenshots' static server (scripts/lib/static-server.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/lib/static-server';

const ROOT = new URL('../../', import.meta.url).pathname;
mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const dist = mkdtempSync(join(ROOT, '.tmp', 'static-server-'));
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  mkdirSync(join(dist, 'tinh'), { recursive: true });
  writeFileSync(join(dist, 'tinh', 'index.html'), '<h1>Tỉnh</h1>');
  writeFileSync(join(dist, 'embed.css'), 'a{}');
  writeFileSync(join(dist, '404.html'), '<h1>Không tìm thấy</h1>');
  server = await serve(dist);
});
afterAll(async () => {
  await server.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the static server', () => {
  it('serves directory indexes and files with their types, and 404.html for the rest', async () => {
    const page = await fetch(`${server.origin}/tinh/`);
    expect([page.status, page.headers.get('content-type'), await page.text()]).toEqual([200, 'text/html; charset=utf-8', '<h1>Tỉnh</h1>']);
    const css = await fetch(`${server.origin}/embed.css`);
    expect([css.status, css.headers.get('content-type')]).toEqual([200, 'text/css; charset=utf-8']);
    const missing = await fetch(`${server.origin}/khong-co/`);
    expect([missing.status, await missing.text()]).toEqual([404, '<h1>Không tìm thấy</h1>']);
  });
});
