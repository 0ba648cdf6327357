/**
 * Bad input fails the build with a message naming the file and the field, and publishes
 * nothing: the previous output directory stays exactly as it was and no staging
 * directory is left behind. Each fixture is the real Kỳ Anh plan with one defect
 * (tests/helpers/bad-plans.ts); every fixture's message is checked by the unit suite,
 * a few of them are built here, one per stage that can refuse a plan.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, contentWithoutPlans, removeScratch, runBuild, scratchDir } from '../helpers/build';
import { BUILT_FIXTURES, FIXTURES, SEED_PATH, seed } from '../helpers/bad-plans';

describe('bad input fails the build and publishes nothing', () => {
  it.each(FIXTURES.filter((fixture) => BUILT_FIXTURES.has(fixture.name)).map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
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
