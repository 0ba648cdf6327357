import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, takeInventory } from '../../../src/lib/content-gate/inventory';

const ROOT = new URL('../../../', import.meta.url).pathname;

describe('content inventory', () => {
  it('finds every file of the real content tree a collection reads, and nothing unexpected', () => {
    const { files, problems } = takeInventory(join(ROOT, 'content'));
    expect(problems).toEqual([]);
    expect(files.plan).toHaveLength(5);
    expect(files.agencies).toContain('agencies/quang-tri.yaml');
    expect([files.provinces, files.districts, files.indices]).toEqual([['provinces/provinces-vn.json'], ['provinces/districts.yaml'], ['indices.yaml']]);
  });

  it('refuses an agencies file in a sub-folder, a plan as .md, stray files, links and SVG images', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inventory-'));
    const put = (path: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), 'x');
    };
    for (const path of ['agencies/ha-tinh.yaml', 'agencies/old/ha-tinh.yaml', 'plans/a/b/2024/x.md', 'plans/a/b/2024/x.mdx', 'notes.txt', 'images/a.png', 'images/b.svg', '.DS_Store']) put(path);
    symlinkSync('/etc/passwd', join(dir, 'plans/a/b/2024/y.mdx'));
    const { files, problems } = takeInventory(dir, (path) => `c/${path}`);
    expect(files.agencies).toEqual(['agencies/ha-tinh.yaml']);
    expect(files.plan).toEqual(['plans/a/b/2024/x.mdx']);
    expect(files.image).toEqual(['images/a.png']);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'c/.DS_Store: unexpected file: no collection reads this file: content/ holds plans/, agencies/, provinces/, reference/, sources/, images/, indices.yaml and README.md files',
      'c/agencies/old/ha-tinh.yaml: unexpected file: an agencies file is content/agencies/<province>.yaml, directly in that folder (the build reads no sub-folder)',
      'c/images/b.svg: unexpected file: an image is .png, .jpg, .jpeg, .webp, .gif, .avif under content/images/',
      'c/notes.txt: unexpected file: no collection reads this file: content/ holds plans/, agencies/, provinces/, reference/, sources/, images/, indices.yaml and README.md files',
      'c/plans/a/b/2024/x.md: unexpected file: a plan is content/plans/<province>/<issuer>/<year>/<doc>.mdx (plain Markdown in an .mdx file)',
      'c/plans/a/b/2024/y.mdx: a symbolic link: content must be plain files (links are not followed)',
    ]);
  });

  it('bounds the files no collection parses: images and source texts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inventory-size-'));
    mkdirSync(join(dir, 'sources'));
    mkdirSync(join(dir, 'images'));
    writeFileSync(join(dir, 'sources', 'a.txt'), Buffer.alloc(5 * 1024 * 1024, 0x61));
    writeFileSync(join(dir, 'images', 'a.png'), Buffer.alloc(3 * 1024 * 1024));
    expect(takeInventory(dir, (path) => path).problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'images/a.png: an image of 3.0 MB; the limit is 2.0 MB',
      'sources/a.txt: a source text of 5.0 MB; the limit is 4.0 MB',
    ]);
  });

  it('classifies by path', () => {
    expect(classify('plans/a/b/2024/x.mdx')).toBe('plan');
    expect(classify('plans/a/2024/x.mdx')).toHaveProperty('expected');
    expect(classify('sources/README.md')).toBe('readme');
  });
});
