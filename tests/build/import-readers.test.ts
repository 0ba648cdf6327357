/**
 * The readers on files made at test time, with real tools, from a committed real plan text
 * (tests/fixtures/real/texts, Kế hoạch 172/KH-UBND of UBND Thành phố Hồ Chí Minh): a .docx
 * written by the `docx` package with the two-column header table, a born-digital PDF printed
 * by Debian's Chromium (with page numbers in the footer), a page image screenshotted by
 * Chromium and read by Tesseract, and a saved page encoded in windows-1258. No mocks: when
 * Chromium or Tesseract is missing the tests fail with what to install.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { buildCatalog } from '../../src/lib/catalog';
import { importPlan } from '../../src/lib/import-plan';
import { readSource } from '../../src/lib/import/readers';
import { ocrMissing, OCR_INSTALL } from '../../src/lib/import/readers/ocr';
import { PAGE, REAL, TITLE, realPlanDocx, realPlanPdf } from '../helpers/real-plan-files';
import { readAgencies, readIndices, readProvinces } from '../../scripts/lib/read-content';

const ROOT = new URL('../../', import.meta.url).pathname;
const catalog = buildCatalog({ plans: [], agencies: readAgencies(), units: readProvinces(), indices: readIndices() });
const run = (text: string) => importPlan(text, [...catalog.agencies.values()], catalog.units, [...catalog.indices.values()]);
const dir = process.env.IMPORT_READERS_DIR ?? mkdtempSync(join(tmpdir(), 'import-readers-'));
const WANT = { number: '172/KH-UBND', date: '2025-11-18', place: 'Thành phố Hồ Chí Minh', title: TITLE };

const expectPlan = (text: string) => {
  const r = run(text);
  expect(r.refused).toBeNull();
  expect(r.plan).toMatchObject(WANT);
  expect(r.issuer?.printed).toBe('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH');
  expect(r.plan.signer).toMatchObject({ name: 'Trần Thị Diệu Thúy', capacity: 'KT.', title: 'Phó Chủ tịch' });
  expect(r.plan.recipients).toHaveLength(9);
  return r;
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('readers on files made by real tools from a real plan', () => {
  it('reads a .docx written by the docx package: the header table as the header, the signature table, an appendix table as rows', async () => {
    const file = join(dir, 'ke-hoach.docx');
    writeFileSync(file, await realPlanDocx());
    const source = await readSource(readFileSync(file), 'ke-hoach.docx');
    expect(source.format).toBe('docx');
    const r = expectPlan(source.text);
    expect(r.plan.letterhead).toEqual(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH']);
    expect(r.plan.tasks.map((t) => [t.no, t.lead])).toEqual([
      ['1', ['Sở Nội vụ']],
      ['2', ['Sở Nội vụ, Sở Giáo dục và Đào tạo, Sở Tài chính']],
    ]);
  });

  it('reads a born-digital PDF printed by Chromium: header columns apart, page numbers removed and recorded', async () => {
    const pdf = await realPlanPdf(browser);
    writeFileSync(join(dir, 'ke-hoach.pdf'), pdf);
    const source = await readSource(pdf, 'ke-hoach.pdf');
    expect(source.format).toBe('pdf');
    expectPlan(source.text);
    expect(source.corrections.filter((c) => /page number/.test(c.reason)).map((c) => c.original)).toEqual(['1', '2', '3', '4']);
    expect(source.text).not.toMatch(/^\d{1,2}$/m);
  }, 60_000);

  it('reads a page image by OCR: header fields, per-page confidence, character error rate against the page text', async () => {
    const missing = ocrMissing();
    if (missing) throw new Error(`${missing}. ${OCR_INSTALL}`);
    const page = await browser.newPage({ viewport: { width: 1240, height: 900 }, deviceScaleFactor: 2 });
    await page.setContent(PAGE.replace('margin: 0;', 'margin: 40px 80px;'));
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 1240, height: 900 } });
    const reference = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll('div, h1, p')) {
        const r = el.getBoundingClientRect();
        if (r.bottom <= 900 && !el.querySelector('div')) out.push((el as HTMLElement).innerText);
      }
      return out.join('\n');
    });
    await page.close();
    const source = await readSource(png, 'trang-1.png');
    expect(source.format).toBe('image-ocr');
    expect(source.ocr!.pages[0]!.confidence).toBeGreaterThan(80);
    const r = run(source.text);
    expect(r.plan).toMatchObject({ number: '172/KH-UBND', date: '2025-11-18', place: 'Thành phố Hồ Chí Minh' });
    const { characterErrorRate } = await import('../../scripts/import-accuracy-cer');
    const cer = characterErrorRate(source.text, reference);
    console.log(
      `OCR of a Chromium screenshot of the real plan: confidence ${source.ocr!.pages[0]!.confidence} %, CER ${(cer * 100).toFixed(1)} %, ${source.ocr!.lowConfidence.length} low-confidence line(s)`,
    );
    expect(cer).toBeLessThan(0.2);
  }, 120_000);

  it('reads a saved page declared windows-1258, navigation dropped', async () => {
    // windows-1258 writes Vietnamese as base letters and combining tone marks.
    const BASE: Record<string, number> = { Â: 0xc2, Ă: 0xc3, Ê: 0xca, Ô: 0xd4, Ơ: 0xd5, Ư: 0xdd, Đ: 0xd0, â: 0xe2, ă: 0xe3, ê: 0xea, ô: 0xf4, ơ: 0xf5, ư: 0xfd, đ: 0xf0 };
    const MARK: Record<string, number> = { '\u0300': 0xcc, '\u0301': 0xec, '\u0303': 0xde, '\u0309': 0xd2, '\u0323': 0xf2 };
    const encode1258 = (s: string) => {
      const out: number[] = [];
      const nfd = s
        .normalize('NFD')
        .replace(/([AEOaeo])(\u0323?)\u0302/g, (_m, v: string, dot: string) => `${({ A: 'Â', E: 'Ê', O: 'Ô', a: 'â', e: 'ê', o: 'ô' } as Record<string, string>)[v]}${dot}`)
        .replace(/([Aa])(\u0323?)\u0306/g, (_m, v: string, dot: string) => `${v === 'A' ? 'Ă' : 'ă'}${dot}`)
        .replace(/([OUou])\u031b/g, (_m, v: string) => (({ O: 'Ơ', U: 'Ư', o: 'ơ', u: 'ư' }) as Record<string, string>)[v]!)
        .replace(/Đ|đ/g, (m) => m);
      for (const ch of nfd) {
        const code = ch.codePointAt(0)!;
        if (BASE[ch] !== undefined) out.push(BASE[ch]!);
        else if (MARK[ch] !== undefined) out.push(MARK[ch]!);
        else if (code < 0x80) out.push(code);
        else throw new Error(`no windows-1258 byte for ${ch}`);
      }
      return Buffer.from(out);
    };
    const html = PAGE.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')
      .replace('<body>', '<body><nav class="menu"><a href="/">Trang chủ</a> <a href="/van-ban">Văn bản</a></nav>')
      .replace("'DejaVu Serif'", 'serif');
    const bytes = encode1258(html);
    expect(new TextDecoder('windows-1258').decode(bytes).normalize('NFC')).toBe(html.normalize('NFC'));
    const source = await readSource(bytes, 'ke-hoach.htm');
    expect(source.format).toBe('html');
    expect(source.notes[0]).toMatch(/windows-1258 \(declared\)/);
    expect(source.text).not.toMatch(/Trang chủ/);
    expectPlan(source.text);
  });
});

describe('bad input: one line naming the file, exit 1, nothing written', () => {
  const tsx = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/import.ts'), ...args], { cwd, encoding: 'utf8' });
  const content = join(dir, 'content');
  beforeAll(() => {
    spawnSync('cp', ['-r', join(ROOT, 'content'), content]);
  });
  const plansNow = () => (readdirSync(join(content, 'plans'), { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).sort();

  it.each([
    ['a corrupt PDF', 'corrupt.pdf', () => Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), Buffer.alloc(200, 0x20)]), /corrupt\.pdf is not a readable PDF/],
    [
      'a .docx that is a zip of something else',
      'plan.docx',
      async () => {
        const zip = new JSZip();
        zip.file('notes.txt', 'Không phải tài liệu Word');
        return zip.generateAsync({ type: 'nodebuffer' });
      },
      /plan\.docx is a zip archive but not a Word document/,
    ],
    ['a 50 MB file', 'big.pdf', () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(50 * 1024 * 1024, 0x20)]), /big\.pdf is 50\.0 MB; the limit is 10\.0 MB/],
    ['an empty file', 'empty.docx', () => Buffer.alloc(0), /empty\.docx is empty/],
  ])(
    '%s',
    async (_name, name, make, message) => {
      const before = plansNow();
      writeFileSync(join(dir, name), await (make as () => Buffer | Promise<Buffer>)());
      const result = tsx([join(dir, name), '--content', content]);
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message as RegExp);
      expect(plansNow()).toEqual(before);
    },
    60_000,
  );

  it('an encrypted PDF: a real plan printed by Chromium, encrypted by qpdf with a user password (refused), and with an owner password only (read)', async () => {
    const qpdf = spawnSync('qpdf', ['--version'], { encoding: 'utf8' });
    if (qpdf.error || qpdf.status !== 0) throw new Error('qpdf is missing: apt-get install -y qpdf (scripts/ensure-qpdf.mjs installs it before npm test)');
    const page = await browser.newPage();
    await page.setContent(PAGE);
    writeFileSync(join(dir, 'plain.pdf'), await page.pdf({ format: 'A4' }));
    await page.close();
    const encrypt = (user: string, out: string) => {
      const r = spawnSync('qpdf', ['--encrypt', user, 'chu-so-huu', '256', '--', join(dir, 'plain.pdf'), join(dir, out)], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(spawnSync('qpdf', ['--show-encryption', join(dir, out)], { encoding: 'utf8' }).stdout).toMatch(/R = 6/);
    };
    encrypt('mat-khau', 'ma-hoa.pdf');
    const before = plansNow();
    const result = tsx([join(dir, 'ma-hoa.pdf'), '--content', content]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/ma-hoa\.pdf is an encrypted PDF \(password protected\); export an unprotected copy/);
    expect(plansNow()).toEqual(before);
    // Encrypted with permissions only (an empty user password): any reader opens it, and so does the import.
    encrypt('', 'chi-quyen.pdf');
    const source = await readSource(readFileSync(join(dir, 'chi-quyen.pdf')), 'chi-quyen.pdf');
    expect(source.format).toBe('pdf');
    expectPlan(source.text);
  }, 60_000);

  it('an empty directory', () => {
    mkdirSync(join(dir, 'empty-dir'), { recursive: true });
    const result = tsx([join(dir, 'empty-dir'), '--content', content]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/empty-dir is a directory with no document in it/);
  });

  it('a batch: progress, a closing table, exit 1 when one file failed, --dry-run writes nothing', () => {
    const batch = join(dir, 'batch');
    mkdirSync(batch, { recursive: true });
    writeFileSync(join(batch, 'ke-hoach.md'), REAL);
    writeFileSync(join(batch, 'khong-phai.txt'), 'Một đoạn văn bản không phải kế hoạch.\n');
    const before = plansNow();
    const result = tsx([batch, '--dry-run', '--content', content]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\[#{20}\] 2\/2 .*khong-phai\.txt/);
    expect(result.stderr).toMatch(/Tổng: 2 tệp: 0 đã ghi, 1 cần xem lại, 1 từ chối, 0 lỗi/);
    expect(result.stdout).toMatch(/Thử \(không ghi tệp\)/);
    expect(plansNow()).toEqual(before);
  }, 60_000);
});
