/**
 * Bad input fails the build with a message naming the file and the field, and publishes
 * nothing: the previous output directory stays exactly as it was and no staging
 * directory is left behind. Each fixture is the real Kỳ Anh plan with one defect.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, contentWithoutPlans, removeScratch, runBuild, scratchDir } from '../helpers/build';

const SEED_PATH = 'ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd.mdx';
const seed = readFileSync(join(ROOT, 'content/plans', SEED_PATH), 'utf8');

interface Fixture {
  name: string;
  /** Files to write under plans/, path → content. */
  files: Record<string, string>;
  /** What the error output must say: the file and the field, and what is expected. */
  expected: RegExp[];
}

const replace = (from: RegExp, to: string) => {
  if (!from.test(seed)) throw new Error(`fixture pattern ${from} not found in the seed`);
  return seed.replace(from, to);
};
const appendBody = (mdx: string) => `${seed}\n${mdx}\n`;

const FIXTURES: Fixture[] = [
  {
    name: 'missing title',
    files: { [SEED_PATH]: replace(/^title: .*\n/m, '') },
    expected: [/84-kh-ubnd\.mdx/, /title: expected title \(the trích yếu/],
  },
  {
    name: 'wrong number format',
    files: { [SEED_PATH]: replace(/^number: .*$/m, 'number: "84/ KH-UBND"') },
    expected: [/84-kh-ubnd\.mdx/, /number: "84\/ KH-UBND" is not a valid number/],
  },
  {
    name: 'impossible date 31/02/2024',
    files: { [SEED_PATH]: replace(/^date: .*$/m, 'date: "2024-02-31"') },
    expected: [/84-kh-ubnd\.mdx/, /date: day 31 does not exist in 02\/2024/],
  },
  {
    name: 'unknown province',
    files: { [SEED_PATH]: replace(/^province: .*$/m, 'province: atlantis') },
    expected: [/84-kh-ubnd\.mdx › province: unknown province "atlantis"/],
  },
  {
    name: 'unknown agency',
    files: { [SEED_PATH]: replace(/^issuer: .*$/m, 'issuer: ha-tinh/ubnd-huyen-khong-co') },
    expected: [/84-kh-ubnd\.mdx › issuer: unknown agency "ha-tinh\/ubnd-huyen-khong-co"/],
  },
  {
    name: 'duplicate identity',
    files: {
      [SEED_PATH]: seed,
      // The same document (issuer, issue year, number) filed again under the next plan year.
      'ha-tinh/ubnd-huyen-ky-anh/2025/84-kh-ubnd.mdx': replace(/^year: .*$/m, 'year: 2025'),
    },
    expected: [/2025\/84-kh-ubnd\.mdx › number: same identity as .*2024\/84-kh-ubnd\.mdx/],
  },
  {
    name: 'MDX import',
    files: { [SEED_PATH]: appendBody('import Evil from "../../evil.js"') },
    expected: [/84-kh-ubnd\.mdx › line \d+:1: import\/export statement is not allowed in a plan/],
  },
  {
    name: 'JavaScript expression',
    files: { [SEED_PATH]: appendBody('Tổng: {globalThis.process.exit(1)}') },
    expected: [/84-kh-ubnd\.mdx › line \d+:7: JavaScript expression \{…\} is not allowed in a plan/],
  },
  {
    name: 'onclick attribute',
    files: { [SEED_PATH]: appendBody('<div onclick="alert(1)">Bấm vào đây</div>') },
    expected: [/84-kh-ubnd\.mdx › line \d+:1: tag <div> is not allowed in a plan/],
  },
  {
    name: 'javascript: link',
    files: { [SEED_PATH]: appendBody('Xem [văn bản](javascript:alert(document.cookie)) và [bản khác](  JaVa\tScRiPt:alert(1)).') },
    expected: [/84-kh-ubnd\.mdx › line \d+:5: link to "javascript:alert\(document\.cookie\)" \(only http, https, mailto, tel or relative links\) is not allowed$/m],
  },
  {
    name: 'raw HTML',
    files: { [SEED_PATH]: appendBody('Văn bản <b>in đậm</b> và <iframe src="https://example.com"></iframe>') },
    expected: [/84-kh-ubnd\.mdx › line \d+:9: tag <b> is not allowed/, /84-kh-ubnd\.mdx › line \d+:\d+: tag <iframe> is not allowed/],
  },
  {
    name: '5 MB body',
    files: { [SEED_PATH]: appendBody('Cải cách hành chính. '.repeat(5 * 1024 * 1024 / 24)) },
    expected: [/84-kh-ubnd\.mdx: the plan file is 5\.\d MB; the limit is 1\.0 MB/],
  },
  {
    name: 'title of 2,000 characters',
    files: { [SEED_PATH]: replace(/^title: .*$/m, `title: ${'Tuyên truyền cải cách hành chính '.repeat(61).slice(0, 2000)}`) },
    expected: [/84-kh-ubnd\.mdx/, /title: title is longer than 500 characters/],
  },
  {
    name: 'zero-width character inside the number',
    files: { [SEED_PATH]: replace(/^number: .*$/m, 'number: "84/KH\u200B-UBND"') },
    expected: [/84-kh-ubnd\.mdx/, /number: .*is not a valid number/, /number: contains an invisible character \(U\+200B ZERO WIDTH SPACE\) at position 6/],
  },
  {
    name: 'script tag',
    files: { [SEED_PATH]: appendBody('<script>alert("xss")</script>') },
    expected: [/84-kh-ubnd\.mdx › line \d+:1: tag <script> is not allowed in a plan/],
  },
];

describe('bad input fails the build and publishes nothing', () => {
  it.each(FIXTURES.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const dir = scratchDir('bad');
    const content = contentWithoutPlans(join(dir, 'content'));
    for (const [path, mdx] of Object.entries(fixture.files)) {
      mkdirSync(dirname(join(content, 'plans', path)), { recursive: true });
      writeFileSync(join(content, 'plans', path), mdx);
    }
    // A previous, good publication that must survive the failed build untouched.
    const out = join(dir, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), '<!doctype html><title>previous</title>');
    const stagingBefore = readdirSync(join(ROOT, '.tmp')).filter((name) => name.startsWith('build-'));

    const result = runBuild(out, { contentDir: content, cacheDir: join(dir, 'cache') });

    expect(result.status).not.toBe(0);
    for (const pattern of fixture.expected) expect(result.output).toMatch(pattern);
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<!doctype html><title>previous</title>');
    expect(readdirSync(join(ROOT, '.tmp')).filter((name) => name.startsWith('build-'))).toEqual(stagingBefore);
    expect(existsSync(join(out, 'ke-hoach'))).toBe(false);
    removeScratch(dir);
  });
});

/** Builds `files` as the only plans of a scratch site; returns the built page of the Kỳ Anh plan. */
function buildPlans(files: Record<string, string | Buffer>) {
  const dir = scratchDir('ok');
  const content = contentWithoutPlans(join(dir, 'content'));
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(content, 'plans', path)), { recursive: true });
    writeFileSync(join(content, 'plans', path), data);
  }
  const out = join(dir, 'dist');
  const result = runBuild(out, { contentDir: content, cacheDir: join(dir, 'cache') });
  expect(result.status, result.output).toBe(0);
  const html = readFileSync(join(out, 'ke-hoach', 'ha-tinh', 'ubnd-huyen-ky-anh', '2024', '84-kh-ubnd', 'index.html'), 'utf8');
  removeScratch(dir);
  return html;
}

describe('hostile but valid input is rendered safely and correctly', () => {
  it('decomposed (NFD) Vietnamese is published composed (NFC), as the reader expects', () => {
    const html = buildPlans({ [SEED_PATH]: seed.normalize('NFD') });
    expect(html).toBe(html.normalize('NFC'));
    expect(html).toContain('<span class="title">Tuyên truyền cải cách hành chính, Chỉ số năng lực cạnh tranh (PCI)');
    expect(html).toContain('Bưu điện huyện');
    expect(html).toContain('Dương Thị Vân Anh');
  });

  it('a byte-order mark and CRLF line endings change nothing', () => {
    const html = buildPlans({ [SEED_PATH]: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed.replace(/\n/g, '\r\n'))]) });
    expect(html).toContain('Số: 84/KH-UBND');
    expect(html).toContain('Kỳ Anh, ngày 12 tháng 01 năm 2024');
    expect(html).not.toMatch(/\r|\uFEFF/);
    // The body's structure survives: its first and last sections are headings with their anchors.
    expect(html).toContain('<h2 id="muc-i-muc-dich-yeu-cau-chi-tieu-cu-the">I. MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU CỤ THỂ</h2>');
    expect(html).toContain('<h2 id="muc-iv-to-chuc-thuc-hien">IV. TỔ CHỨC THỰC HIỆN</h2>');
  });
});

describe('the same harness with good input', () => {
  it('builds and replaces the previous output whole', () => {
    const dir = scratchDir('good');
    const content = contentWithoutPlans(join(dir, 'content'));
    mkdirSync(dirname(join(content, 'plans', SEED_PATH)), { recursive: true });
    writeFileSync(join(content, 'plans', SEED_PATH), seed);
    const out = join(dir, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.html'), 'from the previous build');

    const result = runBuild(out, { contentDir: content, cacheDir: join(dir, 'cache') });

    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(out, 'stale.html'))).toBe(false);
    expect(existsSync(join(out, 'ke-hoach', 'ha-tinh', 'ubnd-huyen-ky-anh', '2024', '84-kh-ubnd', 'index.html'))).toBe(true);
    removeScratch(dir);
  });
});
