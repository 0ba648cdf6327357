/**
 * Body heading ids live in their own namespace ("muc-"), so that no heading of a plan can
 * take an id of the page itself (the skip link's target, the page's sections); every
 * in-page anchor of a plan page points at an id that exists once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('distDir');
const planPages = (readdirSync(join(dist, 'ke-hoach'), { recursive: true }) as string[])
  .filter((file) => file.endsWith('index.html') && file.split('/').length === 5)
  .map((file) => join(dist, 'ke-hoach', file));

describe('ids of plan pages', () => {
  it('are unique, body headings all prefixed, the page’s own never, and every in-page anchor resolves', () => {
    expect(planPages.length).toBe(5);
    for (const file of planPages) {
      const $ = load(readFileSync(file, 'utf8'));
      const ids = $('[id]')
        .map((_, el) => $(el).attr('id'))
        .get();
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        file,
      ).toEqual([]);
      // Headings of the body, not of the components placed in it (the signature's "Nơi nhận").
      const body = $('.doc-body')
        .find('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]')
        .not('#noi-nhan')
        .map((_, el) => $(el).attr('id'))
        .get();
      expect(body.length, file).toBeGreaterThan(2);
      expect(
        body.filter((id) => !id.startsWith('muc-')),
        file,
      ).toEqual([]);
      expect(ids.filter((id) => id.startsWith('muc-')).sort(), file).toEqual([...body].sort());
      expect(ids).toContain('noi-dung');
      for (const href of $('a[href^="#"]')
        .map((_, a) => $(a).attr('href'))
        .get())
        expect(ids, `${file} ${href}`).toContain(decodeURIComponent(href.slice(1)));
    }
  });
});
