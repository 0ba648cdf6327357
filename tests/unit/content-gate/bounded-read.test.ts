import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError, readBoundedStream, readBoundedSync } from '../../../src/lib/content-gate/bounded-read';

describe('readBoundedSync', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bounded-'));
  it('reads a file within the limit', () => {
    writeFileSync(join(dir, 'a.txt'), 'xin chào');
    expect(readBoundedSync(join(dir, 'a.txt'), 100).toString()).toBe('xin chào');
  });

  it('refuses a regular file over the limit by its size, without reading it', () => {
    writeFileSync(join(dir, 'b.txt'), 'x'.repeat(101));
    expect(() => readBoundedSync(join(dir, 'b.txt'), 100, 'b.txt')).toThrow(new InputError('b.txt is 101 bytes; the limit is 100 bytes'));
  });

  it('stops a device after limit + 1 bytes (/dev/zero never ends)', () => {
    const started = process.memoryUsage().rss;
    expect(() => readBoundedSync('/dev/zero', 1024 * 1024, '/dev/zero')).toThrow(/\/dev\/zero is over 1\.0 MB, the limit \(read stopped there\)/);
    expect(process.memoryUsage().rss - started).toBeLessThan(64 * 1024 * 1024);
  });

  it('names a missing file, a directory and a forbidden one in one line', () => {
    expect(() => readBoundedSync(join(dir, 'none.txt'), 10, 'none.txt')).toThrow(new InputError('cannot read none.txt: no such file or directory'));
    expect(() => readBoundedSync(dir, 10, 'dir')).toThrow(new InputError('cannot read dir: is a directory, expected a file'));
  });
});

describe('readBoundedStream', () => {
  it('reads a short stream', async () => {
    expect((await readBoundedStream(Readable.from([Buffer.from('a'), Buffer.from('b')]), 10)).toString()).toBe('ab');
  });

  it('stops an endless stream (yes) at the limit and destroys it', async () => {
    const yes = spawn('yes', [], { stdio: ['ignore', 'pipe', 'ignore'] });
    await expect(readBoundedStream(yes.stdout, 256 * 1024)).rejects.toThrow(/standard input is over 256 KB, the limit/);
    yes.kill();
  });
});
