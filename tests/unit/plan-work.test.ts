import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workPlan } from '../../src/lib/plan-work';
import { openRenderCache } from '../../src/lib/render-cache';
import type { PlanRenderer } from '../../src/lib/markdown/render-plan';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const render: PlanRenderer = async (source, _path, frontmatter, tree) => ({
  html: `<p>${String(frontmatter['title'])}@${tree?.children[0]?.position?.start.line}:${source.split('\n').length}</p>`,
  text: 'x',
  citations: [],
});

function plan(text: string) {
  dir = mkdtempSync(join(tmpdir(), 'plan-work-'));
  mkdirSync(join(dir, 'plans'), { recursive: true });
  const absolute = join(dir, 'plans', '1-kh.mdx');
  writeFileSync(absolute, text);
  const cache = openRenderCache(join(dir, 'cache'));
  return { job: { path: 'plans/1-kh.mdx', absolute, file: 'content/plans/1-kh.mdx', digest: 'abcdef0123456789', render: true }, inputs: { images: new Set<string>(), render, cache } };
}

describe('one plan’s work', () => {
  it('gates the file, renders it from the gate’s tree (the file’s lines) into the cache, and returns the frontmatter', async () => {
    const { job, inputs } = plan('---\ntitle: Một\n---\n\n## I. Mục đích\n');
    expect(await workPlan(job, inputs)).toEqual({ problems: [], frontmatter: { title: 'Một' } });
    expect(inputs.cache.read(job.digest)).toEqual({ html: '<p>Một@5:6</p>', text: 'x', citations: [] });
  });

  it('returns the gate’s problems and renders nothing for a refused file, or when told not to render', async () => {
    const bad = plan('---\ntitle: Một\n---\n\n<script>alert(1)</script>\n');
    const result = await workPlan(bad.job, bad.inputs);
    expect(result.frontmatter).toBeNull();
    expect(result.problems.map((p) => p.file)).toContain('content/plans/1-kh.mdx');
    expect(readdirSync(dir)).not.toContain('cache');
    rmSync(dir, { recursive: true, force: true });
    const good = plan('---\ntitle: Một\n---\n\nNội dung.\n');
    expect(await workPlan({ ...good.job, render: false }, good.inputs)).toEqual({ problems: [], frontmatter: null });
    expect(good.inputs.cache.read(good.job.digest)).toBeNull();
  });
});
