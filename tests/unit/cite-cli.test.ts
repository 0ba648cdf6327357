/** `npm run cite`: the command-line contract, on text that is not a plan and on bad input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'cite-'));

function cite(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/cite.ts'), ...args], {
    input: typeof input === 'string' ? Buffer.from(input, 'utf8') : input,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

describe('npm run cite', () => {
  it('prints the references of any text as JSON, with offsets into the input', () => {
    // A news paragraph, not a plan.
    const text = 'Theo Báo Đồng Khởi, tỉnh đang triển khai Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ và\nQuyết định số 749/QĐ-TTg; số lượng 24 bài trong Quý I/2022.';
    const file = join(dir, 'news.txt');
    writeFileSync(file, text);
    const result = cite([file]);
    expect(result.status).toBe(0);
    const citations = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(citations.map((c) => [c['type'], c['number'], c['date'], c['issuer'], c['key']])).toEqual([
      ['Nghị quyết', '76/NQ-CP', '2021-07-15', 'Chính phủ', '76-nq-cp-2021'],
      ['Quyết định', '749/QĐ-TTg', null, 'Thủ tướng Chính phủ', '749-qd-ttg-khong-ro-nam'],
    ]);
    for (const c of citations) {
      expect(Object.keys(c).slice(0, 10)).toEqual(['type', 'number', 'numberAsWritten', 'date', 'issuer', 'key', 'surface', 'start', 'end', 'kind']);
      expect(text.slice(c['start'] as number, c['end'] as number)).toBe(c['surface']);
    }
  });

  it('reads standard input with "-" and uses the context options', () => {
    const result = cite(['-', '--province', 'quang-tri', '--province-name', 'Quảng Trị'], 'Kế hoạch số 204/KH-UBND ngày 24/12/2021 của UBND tỉnh');
    expect(JSON.parse(result.stdout)[0].key).toBe('quang-tri-204-kh-ubnd-2021');
  });

  it('prints the kind of each citation, so that a document naming itself is told from a citation of another', () => {
    // A header and appendix caption as real plans print them, with a law by name and year and an anaphor.
    const text =
      'Số: 159/KH-UBND\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015; Quyết định số 749/QĐ-TTg ngày 03/6/2020; Quyết định nêu trên; Kế hoạch này.\n(Kèm theo Kế hoạch số 159/KH-UBND ngày 05/3/2024 của UBND tỉnh)';
    const citations = JSON.parse(cite(['-'], text).stdout) as Record<string, unknown>[];
    expect(citations.map((c) => [c['kind'], c['surface'], c['refersTo']])).toEqual([
      ['self', 'Số: 159/KH-UBND', null],
      ['named', 'Luật Ban hành văn bản quy phạm pháp luật năm 2015', null],
      ['full', 'Quyết định số 749/QĐ-TTg ngày 03/6/2020', null],
      ['anaphoric', 'Quyết định nêu trên', '749-qd-ttg-2020'],
      ['anaphoric', 'Kế hoạch này', 'khong-ro-noi-159-kh-ubnd-khong-ro-nam'],
      ['self', 'Kế hoạch số 159/KH-UBND ngày 05/3/2024', null],
    ]);
  });

  it('returns an empty array for empty input', () => {
    expect(cite(['-'], '')).toMatchObject({ status: 0, stdout: '[]\n' });
  });

  it('handles 5 MB of text', () => {
    const result = cite(['-'], 'Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh. Cải cách hành chính. '.repeat((5 * 1024 * 1024) / 90));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).length).toBeGreaterThan(50_000);
  });

  it.each([
    ['binary input', ['-'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]), /cite: input looks binary/],
    ['invalid UTF-8', ['-'], Buffer.from([0xc3, 0x28, 0x41]), /cite: input is not valid UTF-8 text/],
    ['a missing file', [join(dir, 'khong-co.txt')], undefined, /cite: cannot read .*khong-co\.txt: no such file or directory$/m],
    ['no argument', [], undefined, /cite: usage:/],
  ])('fails cleanly on %s', (_name, args, input, message) => {
    const result = cite(args as string[], input as Buffer | undefined);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message as RegExp);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(result.stdout).toBe('');
  });
});
