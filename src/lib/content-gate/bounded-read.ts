/**
 * Bounded reading: at most `limit + 1` bytes are ever read, from a file, a device
 * (/dev/zero, /dev/urandom), a FIFO or standard input, so that no input can fill memory
 * before its size is checked. Errors are one line, for authors and CLI users, never a
 * stack trace.
 */
import { closeSync, openSync, readSync, fstatSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { formatBytes } from './limits';

/** An input that cannot be read or is too large; its message is one line. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, expected a file',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

/** "cannot read x: no such file or directory". */
export function unreadableMessage(label: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return `cannot read ${label}: ${(code && REASONS[code]) ?? code ?? (error as Error).message}`;
}

function overLimit(label: string, limit: number): InputError {
  return new InputError(`${label} is over ${formatBytes(limit)}, the limit (read stopped there)`);
}

/** Reads `path` (or fd 0 for "-") synchronously, at most `limit + 1` bytes; throws InputError. */
export function readBoundedSync(path: string, limit: number, label = path === '-' ? 'standard input' : path): Buffer {
  let fd: number;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
  } catch (error) {
    throw new InputError(unreadableMessage(label, error));
  }
  try {
    if (path !== '-') {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) throw new InputError(`cannot read ${label}: is a directory, expected a file`);
      if (stat.isFile() && stat.size > limit) throw new InputError(`${label} is ${formatBytes(stat.size)}; the limit is ${formatBytes(limit)}`);
    }
    const buffer = Buffer.allocUnsafe(limit + 1);
    let length = 0;
    while (length <= limit) {
      let n: number;
      try {
        n = readSync(fd, buffer, length, limit + 1 - length, null);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue; // a non-blocking pipe with nothing yet
        if (code === 'EOF') break;
        throw new InputError(unreadableMessage(label, error));
      }
      if (n === 0) break;
      length += n;
    }
    if (length > limit) throw overLimit(label, limit);
    return buffer.subarray(0, length);
  } finally {
    if (path !== '-') closeSync(fd);
  }
}

/** Reads a stream (process.stdin), at most `limit + 1` bytes, then stops it; throws InputError. */
export async function readBoundedStream(stream: Readable, limit: number, label = 'standard input'): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      chunks.push(bytes);
      length += bytes.length;
      if (length > limit) {
        stream.destroy();
        throw overLimit(label, limit);
      }
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(unreadableMessage(label, error));
  }
  return Buffer.concat(chunks, length);
}
