import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeVersion, isTemporaryOf, pruneDirectory, writeAtomically } from '../../src/lib/cache-files';
import { mkdirSync, renameSync } from 'node:fs';

const FILE = /^[0-9a-f]{4}\.json$/;
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cache files', () => {
  it('writes through a temporary file, creating the directory, and leaves no temporary behind', () => {
    dir = mkdtempSync(join(tmpdir(), 'cache-files-'));
    const file = join(dir, 'sub', 'abcd.json');
    writeAtomically(file, '{"a":1}');
    writeAtomically(file, Buffer.from('{"a":2}'));
    expect(readFileSync(file, 'utf8')).toBe('{"a":2}');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['abcd.json']);
  });

  it('prunes the stale files and the leftovers of interrupted writes, nothing else', () => {
    dir = mkdtempSync(join(tmpdir(), 'cache-files-'));
    for (const name of ['aaaa.json', 'bbbb.json', 'cccc.json.123.tmp', 'notes.txt', 'xx.json.1.tmp']) writeFileSync(join(dir, name), '');
    expect(pruneDirectory(dir, FILE, (name) => name === 'bbbb.json')).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['aaaa.json', 'notes.txt', 'xx.json.1.tmp']);
    expect(pruneDirectory(join(dir, 'none'), FILE, () => true)).toBe(0);
    expect(existsSync(join(dir, 'aaaa.json'))).toBe(true);
  });

  it('knows a temporary file only by the cache’s own file pattern', () => {
    expect([isTemporaryOf('abcd.json.42.tmp', FILE), isTemporaryOf('abcd.json.tmp', FILE), isTemporaryOf('zz.json.42.tmp', FILE)]).toEqual([true, false, false]);
  });

  it('versions code by its parts and the matching files under a directory, by path and bytes', () => {
    dir = mkdtempSync(join(tmpdir(), 'cache-files-'));
    mkdirSync(join(dir, 'lib', 'search'), { recursive: true });
    writeFileSync(join(dir, 'lib', 'a.ts'), 'export const a = 1;');
    writeFileSync(join(dir, 'lib', 'search', 'b.ts'), 'export const b = 2;');
    writeFileSync(join(dir, 'lib', 'notes.md'), 'not code');
    const version = () => codeVersion(['pagefind 1.6.0'], dir, /^lib\/.*\.ts$/);
    const first = version();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(version()).toBe(first);
    // A file the pattern leaves out does not count; one it matches does, and so do the parts.
    writeFileSync(join(dir, 'lib', 'notes.md'), 'changed');
    expect(version()).toBe(first);
    writeFileSync(join(dir, 'lib', 'search', 'b.ts'), 'export const b = 3;');
    expect(version()).not.toBe(first);
    expect(codeVersion(['pagefind 1.6.1'], dir, /^lib\/.*\.ts$/)).not.toBe(version());
    // Parts are delimited: ["ab", "c"] is not ["a", "bc"].
    expect(codeVersion(['ab', 'c'], dir, /^$/)).not.toBe(codeVersion(['a', 'bc'], dir, /^$/));
    // A file renamed is another version, even with the same bytes.
    const named = codeVersion(['x'], dir, /^lib\/[ac]\.ts$/);
    renameSync(join(dir, 'lib', 'a.ts'), join(dir, 'lib', 'c.ts'));
    expect(codeVersion(['x'], dir, /^lib\/[ac]\.ts$/)).not.toBe(named);
  });
});
