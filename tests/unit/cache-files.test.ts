import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isTemporaryOf, pruneDirectory, writeAtomically } from '../../src/lib/cache-files';

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
});
