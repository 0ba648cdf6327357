import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentLabel, readContentText } from '../../../src/lib/content-gate/content-text';
import { ContentError } from '../../../src/lib/content-error';

const problems = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as ContentError).problems.map((p) => `${p.file} › ${p.field}: ${p.message}`);
  }
  return [];
};

describe('readContentText', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-text-'));
  it('reads a data file through size, UTF-8 and character checks', () => {
    writeFileSync(join(dir, 'a.yaml'), '\uFEFF- id: a\n');
    expect(readContentText(join(dir, 'a.yaml'), 'a.yaml', 100)).toBe('- id: a\n');
    writeFileSync(join(dir, 'b.yaml'), '- id: b\u0001\n');
    expect(problems(() => readContentText(join(dir, 'b.yaml'), 'b.yaml', 100))).toEqual([
      'b.yaml › line 1:8: U+0001 is not allowed: a control character: remove it (only tab and line breaks are allowed)',
    ]);
    expect(problems(() => readContentText(join(dir, 'b.yaml'), 'b.yaml', 4))).toEqual(['b.yaml › : the file is 9 bytes; the limit is 4 bytes']);
    expect(problems(() => readContentText(join(dir, 'c.yaml'), 'c.yaml', 4))).toEqual(['c.yaml › : cannot read the file: no such file or directory']);
  });

  it('names files relative to the working directory', () => {
    expect(contentLabel(join(process.cwd(), 'content'))('agencies/ha-tinh.yaml')).toBe('content/agencies/ha-tinh.yaml');
  });
});
