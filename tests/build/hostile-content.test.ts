/**
 * The hostile-content suite, build side: the same tree as tests/unit/hostile-content.test.ts
 * (every defect class of issue 13). The build fails, publishes nothing, and names exactly
 * the lines the gate functions and `npm run check` name; a broken agencies file likewise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, removeScratch, runBuild, scratchDir } from '../helpers/build';
import { BILLION_LAUGHS, gateLines, problemLines, writeHostileTree } from '../helpers/hostile';

const check = (dir: string) => {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-content.ts', dir], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, lines: problemLines(result.stderr) };
};

describe('hostile content through the build', () => {
  it('the build refuses every class with the same lines as npm run check and the gate', () => {
    const dir = scratchDir('hostile-build');
    const content = writeHostileTree(join(dir, 'content'));
    const out = join(dir, 'dist');
    const result = runBuild(out, { contentDir: content, cacheDir: join(dir, 'cache') });
    expect(result.status).not.toBe(0);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    const built = problemLines(result.output);
    const gate = gateLines(content);
    const checked = check(content);
    expect(checked.status).toBe(1);
    expect(gate.length).toBeGreaterThanOrEqual(17);
    expect([...built].sort()).toEqual([...gate].sort());
    expect([...checked.lines].sort()).toEqual([...gate].sort());
    removeScratch(dir);
  });

  it('an agencies file with aliases: the build and check name the same line', () => {
    const dir = scratchDir('hostile-agencies');
    const content = writeHostileTree(join(dir, 'content'), []);
    mkdirSync(join(content, 'plans'), { recursive: true });
    writeFileSync(join(content, 'agencies', 'ha-tinh.yaml'), `${BILLION_LAUGHS}\n`);
    const result = runBuild(join(dir, 'dist'), { contentDir: content, cacheDir: join(dir, 'cache') });
    expect(result.status).not.toBe(0);
    const expected = /agencies\/ha-tinh\.yaml › line 1:10: YAML anchor &a is not allowed: write the value out where it is needed$/;
    const built = problemLines(result.output).filter((line) => /ha-tinh\.yaml/.test(line));
    expect(built.some((line) => expected.test(line))).toBe(true);
    const checked = check(content).lines.filter((line) => /ha-tinh\.yaml/.test(line));
    expect(checked.sort()).toEqual(built.sort());
    removeScratch(dir);
  });
});
