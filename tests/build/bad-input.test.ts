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
    expected: [/84-kh-ubnd\.mdx › body: MDX code is not allowed/, /import\/export statement/],
  },
  {
    name: 'JavaScript expression',
    files: { [SEED_PATH]: appendBody('Tổng: {globalThis.process.exit(1)}') },
    expected: [/84-kh-ubnd\.mdx › body: MDX code is not allowed/, /JavaScript expression/],
  },
  {
    name: 'script tag',
    files: { [SEED_PATH]: appendBody('<script>alert("xss")</script>') },
    expected: [/84-kh-ubnd\.mdx › body: MDX code is not allowed/, /tag <script>/],
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
