/** Every XML file the build writes (feeds, sitemaps) is well-formed for a strict XML 1.0 parser. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { assertWellFormedXml } from '../helpers/xml';

const dist = inject('distDir');

describe('XML output', () => {
  it('every .xml file in dist/ parses with a strict parser', () => {
    const files = (readdirSync(dist, { recursive: true }) as string[]).filter((file) => file.endsWith('.xml'));
    expect(files).toContain('feed.xml');
    expect(files.some((file) => file.startsWith('sitemap'))).toBe(true);
    expect(files.filter((file) => file.endsWith('feed.xml')).length).toBeGreaterThan(5);
    for (const file of files) expect(() => assertWellFormedXml(readFileSync(join(dist, file), 'utf8'), file)).not.toThrow();
  });
});
