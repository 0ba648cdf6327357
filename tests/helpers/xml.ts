/** Strict XML 1.0 well-formedness (saxes: refuses illegal characters, bad entities, unclosed tags). */
import { SaxesParser } from 'saxes';

/** Throws with the parser's message (line:column) when `text` is not well-formed XML. */
export function assertWellFormedXml(text: string, name = 'document'): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= new Error(`${name}: ${error.message}`);
  });
  parser.write(text).close();
  if (failure) throw failure;
}

/** Whether `text` is well-formed XML. */
export function isWellFormedXml(text: string): boolean {
  try {
    assertWellFormedXml(text);
    return true;
  } catch {
    return false;
  }
}
