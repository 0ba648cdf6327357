/**
 * One entry for every format: detects the format by content and reads the file into the
 * common text. Errors are one line naming what is wrong (the caller adds the file name).
 */
import { readDocx } from './docx';
import { detectFormat } from './detect';
import { readHtml } from './html';
import { readOcr } from './ocr';
import { NoTextLayer, readPdf } from './pdf';
import { readText } from './text';
import type { SourceText } from '../source-text';
import { LIMITS } from '../../content-gate/limits';

/** The largest file import reads. */
export const MAX_BYTES = LIMITS.cliInput;

export async function readSource(bytes: Uint8Array, name: string): Promise<SourceText> {
  if (bytes.length === 0) throw new Error('is empty');
  if (bytes.length > MAX_BYTES) throw new Error(`is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the import reads files up to ${MAX_BYTES / 1024 / 1024} MB`);
  const format = detectFormat(bytes, name);
  if (typeof format === 'object') throw new Error(format.error);
  if (format === 'pdf') {
    try {
      return await readPdf(bytes);
    } catch (error) {
      if (error instanceof NoTextLayer) return readOcr(bytes, 'pdf', error.message);
      throw error;
    }
  }
  if (format === 'docx') return readDocx(bytes);
  if (format === 'image') return readOcr(bytes, 'image');
  if (format === 'html') return readHtml(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('is not valid UTF-8 text');
  }
  return readText(text, format);
}
