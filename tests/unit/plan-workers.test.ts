import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startPlanWorkers, workerCount } from '../../src/lib/plan-workers';
import { workPlan } from '../../src/lib/plan-work';
import { openRenderCache } from '../../src/lib/render-cache';
import { createPlanRenderer } from '../../src/lib/markdown/render-plan';
import { takeInventory } from '../../src/lib/content-gate/inventory';
import { contentLabel } from '../../src/lib/content-gate/content-text';
import { readProvinces } from '../../scripts/lib/read-content';

const ROOT = resolve('.');
const CONTENT = join(ROOT, 'content');
const label = contentLabel(CONTENT);
const unitNames: [string, string][] = readProvinces().map((unit) => [unit.id, unit.data.name]);

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-workers-'));
  dirs.push(dir);
  return dir;
};

describe('plan worker threads', () => {
  it('start none for a small tree, one per core (at most 8) for a large one, or as PORTAL_LOAD_THREADS says', () => {
    expect(workerCount(5, {}, 2)).toBe(0);
    expect(workerCount(10_000, {}, 2)).toBe(2);
    expect(workerCount(10_000, {}, 1)).toBe(1);
    expect(workerCount(10_000, {}, 32)).toBe(8);
    expect(workerCount(5, { PORTAL_LOAD_THREADS: '2' }, 2)).toBe(2);
    expect(workerCount(10_000, { PORTAL_LOAD_THREADS: '0' }, 2)).toBe(0);
    expect(() => workerCount(5, { PORTAL_LOAD_THREADS: 'two' })).toThrow(/PORTAL_LOAD_THREADS/);
  });

  it('gate and render the seed plans as the loader’s own thread does, byte for byte', async () => {
    const inventory = takeInventory(CONTENT, label);
    const images = inventory.files.image;
    const here = openRenderCache(join(scratch(), 'here'));
    const there = openRenderCache(join(scratch(), 'there'));
    const render = createPlanRenderer({ unitNames: new Map(unitNames) });
    const jobs = inventory.files.plan.map((path, i) => ({ path, absolute: join(CONTENT, path), file: label(path), digest: `${i}`.padStart(16, 'a'), render: true }));
    const expected = [];
    for (const job of jobs) expected.push(await workPlan(job, { images: new Set(images), render, cache: here }));
    const workers = startPlanWorkers(2, ROOT, { unitNames, images, cacheDir: there.dir });
    try {
      expect(await Promise.all(jobs.map((job) => workers.work(job)))).toEqual(expected);
    } finally {
      await workers.close();
    }
    expect(jobs.length).toBeGreaterThan(1);
    expect(readdirSync(there.dir).sort()).toEqual(readdirSync(here.dir).sort());
    for (const file of readdirSync(here.dir)) expect(readFileSync(join(there.dir, file)), file).toEqual(readFileSync(join(here.dir, file)));
  });

  it('return the gate’s problems from a thread, and fail loudly when a thread cannot start', async () => {
    const cache = openRenderCache(join(scratch(), 'c'));
    const workers = startPlanWorkers(1, ROOT, { unitNames, images: [], cacheDir: cache.dir });
    try {
      const result = await workers.work({
        path: 'plans/x/y/2024/1-kh.mdx',
        absolute: join(scratch(), 'missing.mdx'),
        file: 'content/plans/x/y/2024/1-kh.mdx',
        digest: 'abcdef0123456789',
        render: true,
      });
      expect(result.frontmatter).toBeNull();
      expect(result.problems[0]?.file).toBe('content/plans/x/y/2024/1-kh.mdx');
    } finally {
      await workers.close();
    }
    const broken = startPlanWorkers(1, scratch(), { unitNames, images: [], cacheDir: cache.dir });
    try {
      await expect(broken.work({ path: 'plans/a.mdx', absolute: '/nowhere', file: 'a', digest: 'abcdef0123456789', render: true })).rejects.toThrow(/plan-worker\.mjs|Cannot find module/);
    } finally {
      await broken.close();
    }
  });
});
