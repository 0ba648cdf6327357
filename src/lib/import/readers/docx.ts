/**
 * Reader for .docx (how plans are drafted): mammoth turns the document into HTML keeping
 * headings, lists, bold and tables as tables; the HTML reader then reads the two-column header
 * table as the header and the appendix tables as rows. Footnotes come at the end, as printed.
 */
import mammoth from 'mammoth';
import { blocksToText, type SourceText } from '../source-text';
import { htmlBlocks } from './html';

export async function readDocx(bytes: Uint8Array): Promise<SourceText> {
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (/word\/document\.xml|Could not find|not a valid zip|end of central directory|Corrupted zip/i.test(message)) {
      throw new Error('is a zip archive but not a Word document (no word/document.xml)', { cause: error });
    }
    throw new Error(`is not a readable Word document: ${message.split('\n')[0]}`, { cause: error });
  }
  const notes = ['Word document read with mammoth: tables kept as tables'];
  const warnings = result.messages.filter((m) => m.type === 'error');
  if (warnings.length) notes.push(`mammoth: ${warnings.length} problem(s), first: ${warnings[0]!.message}`);
  return { text: blocksToText(htmlBlocks(`<body>${result.value}</body>`).map((b) => b.map((l) => l.normalize('NFC')))), format: 'docx', corrections: [], notes };
}
