import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTwinCache } from '../../src/lib/server/twin-cache';
import { contentHash } from '../../src/lib/cache-files';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const one = contentHash(Buffer.from('một'));
const two = contentHash(Buffer.from('hai'));

describe('twin cache', () => {
  it('keeps twins by content hash and encoding, and gives them back', () => {
    dir = mkdtempSync(join(tmpdir(), 'twins-'));
    const cache = openTwinCache(join(dir, 'twins'));
    expect(one).toMatch(/^[0-9a-f]{64}$/);
    expect(cache.get(one, 'br6')).toBeNull();
    cache.put(one, 'br6', Buffer.from([1, 2, 3]));
    cache.put(one, 'gz9', Buffer.from([4]));
    expect(cache.get(one, 'br6')).toEqual(Buffer.from([1, 2, 3]));
    expect(cache.get(one, 'br11')).toBeNull();
    expect(readdirSync(cache.dir).sort()).toEqual([`${one}.br6`, `${one}.gz9`]);
  });

  it('refuses names that are not a hash and an encoding', () => {
    dir = mkdtempSync(join(tmpdir(), 'twins-'));
    const cache = openTwinCache(dir);
    expect(() => cache.get('../x', 'br6')).toThrow(/not a content hash/);
    expect(() => cache.put(one, 'br6/../../x', Buffer.from([]))).toThrow(/not a content hash/);
  });

  it('prunes the twins this build did not use, leftovers of interrupted writes, and nothing else', () => {
    dir = mkdtempSync(join(tmpdir(), 'twins-'));
    const earlier = openTwinCache(dir);
    earlier.put(one, 'br6', Buffer.from([1]));
    earlier.put(two, 'br6', Buffer.from([2]));
    writeFileSync(join(dir, `${two}.gz9.77.tmp`), 'x');
    writeFileSync(join(dir, 'notes.txt'), 'not ours');
    const now = openTwinCache(dir);
    expect(now.get(one, 'br6')).toEqual(Buffer.from([1]));
    expect(now.prune()).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([`${one}.br6`, 'notes.txt'].sort());
  });
});
