/**
 * Bad input fails the build with a message naming the file and the field, and publishes
 * nothing: the previous output directory stays exactly as it was and no staging
 * directory is left behind. Each fixture is the real Kỳ Anh plan with one defect
 * (tests/helpers/bad-plans.ts); every fixture's message is checked by the unit suite,
 * a few of them are built here, one per stage that can refuse a plan. Hostile but valid
 * input (NFD, a BOM, CRLF) is checked without a build, through the plans loader with the
 * portal's renderer (tests/unit/plans-loader.test.ts): it loads as the same entry as the seed.
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
