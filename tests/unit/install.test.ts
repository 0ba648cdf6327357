/**
 * The install: `npm ci` (what CI systems and container builds run) accepts the committed
 * lock file, and zod, named by the design, is a direct dependency used through one import
 * path. `npm ci --dry-run` runs in a scratch copy of package.json and package-lock.json:
 * it checks that the two agree and plans the install without touching node_modules.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z as astroZ } from 'astro/zod';
import { z } from 'zod';
import { ROOT, removeScratch, scratchDir } from '../helpers/build';

function sourceFiles(dir: string): string[] {
  return (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
    .filter((file) => /\.(ts|mts|mjs|astro)$/.test(file) && statSync(join(ROOT, dir, file)).isFile())
    .map((file) => join(dir, file));
}

describe('the install', () => {
  it('npm ci accepts the committed lock file', () => {
    const scratch = scratchDir('npm-ci');
    try {
      copyFileSync(join(ROOT, 'package.json'), join(scratch, 'package.json'));
      copyFileSync(join(ROOT, 'package-lock.json'), join(scratch, 'package-lock.json'));
      const result = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: scratch, encoding: 'utf8' });
      expect(result.error).toBeUndefined();
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    } finally {
      removeScratch(scratch);
    }
  });

  it('has zod as a direct dependency, the very copy Astro re-exports', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['zod']).toMatch(/^\^4\./);
    expect(z.ZodObject).toBe(astroZ.ZodObject);
  });

  it('imports zod through one path, "zod", everywhere', () => {
    const offenders = ['src', 'scripts', 'tests']
      .flatMap(sourceFiles)
      .filter((file) => !file.endsWith('install.test.ts'))
      .filter((file) => /from ['"](astro\/zod|zod\/[^'"]*)['"]/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
