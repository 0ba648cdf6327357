/**
 * A content text file from its path, through the gate: read bounded (never more than the
 * limit + 1 bytes), then size, strict UTF-8 and forbidden characters. For the data files
 * (agencies, districts, indices, provinces); plans go through {@link gatePlanFile}.
 */
import { relative, join } from 'node:path';
import { ContentError } from '../content-error';
import { InputError, readBoundedSync } from './bounded-read';
import { decodeContentText } from './plan-source';

/** The text of `absPath` (named `file` in messages); throws a ContentError. */
export function readContentText(absPath: string, file: string, limit: number): string {
  let bytes: Buffer;
  try {
    bytes = readBoundedSync(absPath, limit, file);
  } catch (error) {
    if (error instanceof InputError)
      throw new ContentError([{ file, field: '', message: error.message.replace(`${file} is`, 'the file is').replace(`cannot read ${file}: `, 'cannot read the file: ') }]);
    throw error;
  }
  return decodeContentText(file, bytes, limit);
}

/** How files of the content tree are named in messages: relative to the working directory, "/"-separated. */
export function contentLabel(contentDir: string): (path: string) => string {
  return (path) => relative(process.cwd(), join(contentDir, path)).split('\\').join('/') || '.';
}
