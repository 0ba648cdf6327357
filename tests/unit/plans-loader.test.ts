import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { planId, plansLoader } from '../../src/lib/plans-loader';
import { takeInventory } from '../../src/lib/content-gate/inventory';
import { createPlanRenderer } from '../../src/lib/markdown/render-plan';
import { planSchema } from '../../src/lib/schemas/plan';
import { openRenderCache, type RenderCache } from '../../src/lib/render-cache';
import { startPlanWorkers } from '../../src/lib/plan-workers';
import { contentLabel } from '../../src/lib/content-gate/content-text';
import { readProvinces } from '../../scripts/lib/read-content';
import { SEED_PATH, seed } from '../helpers/bad-plans';

const PLAN = (title: string) => `---\ntitle: ${title}\nyear: 2024\n---\n\n## I. Mục đích\n\nNội dung.\n`;

/** A minimal in-memory store and context, as Astro's content layer gives a loader. */
function fakeContext() {
  const entries = new Map<string, { id: string; digest?: string; rendered?: unknown; data: Record<string, unknown>; body?: string; filePath?: string }>();
  const lines: string[] = [];
  const context = {
    store: {
      get: (id: string) => entries.get(id),
      // As Astro's store: an entry of the same digest is kept as it is.
      set: (entry: { id: string; digest?: string }) => (entry.digest && entries.get(entry.id)?.digest === entry.digest ? false : (entries.set(entry.id, entry as never), true)),
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
    logger: { info: (line: string) => lines.push(line) },
    renderMarkdown: async () => {
      throw new Error('not used with a renderer');
    },
  };
  return { context: context as unknown as LoaderContext, entries, lines };
}

let dir: string;
const cacheDirs: string[] = [];
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const cacheDir of cacheDirs.splice(0)) rmSync(cacheDir, { recursive: true, force: true });
});
/** A render cache outside the content tree (the gate refuses files it does not know). */
function tempCache(): RenderCache {
  const cacheDir = mkdtempSync(join(tmpdir(), 'plans-cache-'));
  cacheDirs.push(cacheDir);
  return openRenderCache(join(cacheDir, 'plan-bodies'));
}

function writePlan(file: string, text: string) {
  mkdirSync(dirname(join(dir, 'plans', file)), { recursive: true });
  writeFileSync(join(dir, 'plans', file), text);
}

/** The render-cache files of `cache`, by name. */
const cacheFiles = (cache: RenderCache) => {
  try {
    return readdirSync(cache.dir).sort();
  } catch {
    return [];
  }
};

describe('plans loader', () => {
  /** A loader over `dir` whose renderer records the files it renders in `calls`. */
  function recordingLoader(calls: string[], cache: RenderCache) {
    const label = (path: string) => `content/${path}`;
    return (version: string) =>
      plansLoader({
        contentDir: dir,
        label,
        root: dir,
        cache,
        prepare: () => ({
          inventory: takeInventory(dir, label),
          renderVersion: version,
          render: async (source, path, frontmatter, tree) => {
            calls.push(path);
            // The gate's tree: positions are the file's lines.
            const heading = tree?.children[0];
            return { html: `<p>${String(frontmatter['title'])} ${source.split('\n').length} ${heading?.type}@${heading?.position?.start.line}</p>`, text: String(frontmatter['title']), citations: [] };
          },
        }),
      });
  }

  it('renders each plan once per content digest into the render cache, re-renders changed ones, drops removed ones and their files', async () => {
    dir = mkdtempSync(join(tmpdir(), 'plans-'));
    const cache = tempCache();
    writePlan('a/x/2024/1-kh.mdx', PLAN('Một'));
    writePlan('a/x/2024/2-kh.mdx', PLAN('Hai'));
    const calls: string[] = [];
    const loader = recordingLoader(calls, cache);
    const { context, entries, lines } = fakeContext();
    await loader('v1').load(context);
    expect(calls).toHaveLength(2);
    // The store keeps the frontmatter, the digest and the path; no body, no rendering.
    const one = entries.get('a/x/2024/1-kh')!;
    expect(Object.keys(one).sort()).toEqual(['data', 'digest', 'filePath', 'id']);
    expect(one).toMatchObject({ filePath: 'plans/a/x/2024/1-kh.mdx', data: { title: 'Một' } });
    // The source keeps the file's lines (frontmatter blanked), so errors name real lines.
    expect(cache.read(one.digest!)).toEqual({ html: '<p>Một 9 heading@6</p>', text: 'Một', citations: [] });
    expect(cacheFiles(cache)).toHaveLength(2);

    calls.length = 0;
    await loader('v1').load(context);
    expect(calls).toEqual([]);
    expect(lines.at(-1)).toMatch(/^plans loaded: 2 \(0 rendered, 2 unchanged, 0 removed, 0 stale renderings deleted\)/);

    const oldTwo = entries.get('a/x/2024/2-kh')!.digest!;
    writePlan('a/x/2024/2-kh.mdx', PLAN('Hai (sửa)'));
    rmSync(join(dir, 'plans/a/x/2024/1-kh.mdx'));
    writePlan('a/x/2025/3-kh.mdx', PLAN('Ba'));
    await loader('v1').load(context);
    expect(calls.map((path) => path.slice(dir.length + 1)).sort()).toEqual(['plans/a/x/2024/2-kh.mdx', 'plans/a/x/2025/3-kh.mdx']);
    expect([...entries.keys()].sort()).toEqual(['a/x/2024/2-kh', 'a/x/2025/3-kh']);
    expect(cache.read(entries.get('a/x/2024/2-kh')!.digest!)?.html).toBe('<p>Hai (sửa) 9 heading@6</p>');
    // The removed plan's file and the edited plan's old file are gone: one file per plan left.
    expect(lines.at(-1)).toMatch(/\(2 rendered, 0 unchanged, 1 removed, 2 stale renderings deleted\)/);
    expect(cache.read(one.digest!)).toBeNull();
    expect(cache.read(oldTwo)).toBeNull();
    expect(cacheFiles(cache)).toEqual([...entries.values()].map((entry) => `${entry.digest}.json`).sort());

    // A new renderer version renders everything again and deletes the old version's files.
    calls.length = 0;
    await loader('v2').load(context);
    expect(calls).toHaveLength(2);
    expect(cacheFiles(cache)).toEqual([...entries.values()].map((entry) => `${entry.digest}.json`).sort());
  });

  it('renders a plan again when its render-cache file is missing or corrupt, instead of failing', async () => {
    dir = mkdtempSync(join(tmpdir(), 'plans-'));
    const cache = tempCache();
    writePlan('a/x/2024/1-kh.mdx', PLAN('Một'));
    writePlan('a/x/2024/2-kh.mdx', PLAN('Hai'));
    writePlan('a/x/2024/3-kh.mdx', PLAN('Ba'));
    const calls: string[] = [];
    const loader = recordingLoader(calls, cache);
    const { context, entries, lines } = fakeContext();
    await loader('v1').load(context);
    const digest = (id: string) => entries.get(id)!.digest!;
    const expected = cache.read(digest('a/x/2024/1-kh'));

    rmSync(join(cache.dir, `${digest('a/x/2024/1-kh')}.json`));
    writeFileSync(join(cache.dir, `${digest('a/x/2024/2-kh')}.json`), '{"digest": "truncat');
    calls.length = 0;
    await loader('v1').load(context);
    expect(calls.map((path) => path.slice(dir.length + 1)).sort()).toEqual(['plans/a/x/2024/1-kh.mdx', 'plans/a/x/2024/2-kh.mdx']);
    expect(lines.at(-1)).toMatch(/\(2 rendered, 1 unchanged, 0 removed/);
    expect(cache.read(digest('a/x/2024/1-kh'))).toEqual(expected);
    expect(cache.read(digest('a/x/2024/2-kh'))?.html).toBe('<p>Hai 9 heading@6</p>');

    // The whole cache directory gone (a cleaned cache with the content-layer store kept).
    rmSync(cache.dir, { recursive: true });
    calls.length = 0;
    await loader('v1').load(context);
    expect(calls).toHaveLength(3);
    expect(cacheFiles(cache)).toHaveLength(3);
  });

  it("reports the gate's problems of every file at once and stores none of them", async () => {
    dir = mkdtempSync(join(tmpdir(), 'plans-'));
    const label = (path: string) => `content/${path}`;
    writePlan('a/x/2024/1-kh.mdx', '---\ntitle: [unclosed\n---\nx');
    writePlan('a/x/2024/2-kh.mdx', `${PLAN('Hai')}\n<script>alert(1)</script>\n`);
    writePlan('a/x/2024/3-kh.mdx', PLAN('Ba'));
    const { context, entries } = fakeContext();
    const cache = tempCache();
    const loader = plansLoader({
      contentDir: dir,
      label,
      root: dir,
      cache,
      prepare: () => ({ inventory: takeInventory(dir, label), renderVersion: 'v1', render: async () => ({ html: '', text: '', citations: [] }) }),
    });
    const error = await loader.load(context).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/content\/plans\/a\/x\/2024\/1-kh\.mdx/);
    expect(error?.message).toMatch(/content\/plans\/a\/x\/2024\/2-kh\.mdx[\s\S]*script/);
    expect([...entries.keys()]).toEqual([]);
    expect(cacheFiles(cache)).toEqual([]);
  });

  it('stores the same entries and renderings when worker threads gate and render', async () => {
    dir = mkdtempSync(join(tmpdir(), 'plans-'));
    const content = join(process.cwd(), 'content');
    const label = contentLabel(content);
    const unitNames: [string, string][] = readProvinces().map((unit) => [unit.id, unit.data.name]);
    const load = async (threads: number) => {
      const cache = tempCache();
      const { context, entries } = fakeContext();
      (context as { parseData: unknown }).parseData = async ({ data: frontmatter }: { data: Record<string, unknown> }) => planSchema.parse(frontmatter);
      let started = 0;
      await plansLoader({
        contentDir: content,
        label,
        root: process.cwd(),
        cache,
        prepare: () => ({ inventory: takeInventory(content, label), renderVersion: 'v1', render: createPlanRenderer({ unitNames: new Map(unitNames) }) }),
        workers: (_plans, images) => (threads > 0 ? ((started = threads), startPlanWorkers(threads, process.cwd(), { unitNames, images: [...images], cacheDir: cache.dir })) : null),
      }).load(context);
      const sorted = [...entries.values()].sort((a, b) => a.id.localeCompare(b.id));
      return { started, entries: sorted, renders: sorted.map((entry) => cache.read(entry.digest!)) };
    };
    const here = await load(0);
    const threaded = await load(2);
    expect(threaded.started).toBe(2);
    expect(here.entries.length).toBeGreaterThan(1);
    expect(threaded.entries).toEqual(here.entries);
    expect(threaded.renders).toEqual(here.renders);
    expect(here.renders.every((render) => render !== null && render.html.length > 0)).toBe(true);
  });

  it('takes the path without its extension as the id', () => {
    expect(planId('plans/ha-tinh/ubnd-tinh/2024/84-kh-ubnd.mdx')).toBe('ha-tinh/ubnd-tinh/2024/84-kh-ubnd');
  });
});

describe('plans loader on hostile but valid input', () => {
  /** Loads `data` as the Kỳ Anh plan with the portal's renderer and the plan schema; returns its entry with its rendering. */
  async function loadAs(data: string | Buffer) {
    dir = mkdtempSync(join(tmpdir(), 'plans-'));
    const label = (path: string) => `content/${path}`;
    mkdirSync(dirname(join(dir, 'plans', SEED_PATH)), { recursive: true });
    writeFileSync(join(dir, 'plans', SEED_PATH), data);
    const render = createPlanRenderer({ unitNames: new Map(readProvinces().map((unit) => [unit.id, unit.data.name])) });
    const { context, entries } = fakeContext();
    (context as { parseData: unknown }).parseData = async ({ data: frontmatter }: { data: Record<string, unknown> }) => planSchema.parse(frontmatter);
    const cache = tempCache();
    await plansLoader({ contentDir: dir, label, root: dir, cache, prepare: () => ({ inventory: takeInventory(dir, label), renderVersion: 'v1', render }) }).load(context);
    const entry = entries.get(SEED_PATH.replace(/\.mdx$/, ''));
    expect(entry?.digest).toBeDefined();
    const rendered = cache.read(entry!.digest!);
    rmSync(dir, { recursive: true, force: true });
    expect(rendered).not.toBeNull();
    return { ...entry!, rendered: rendered! };
  }

  it('a decomposed (NFD) plan loads as the composed seed: the same data, body, HTML, text and citations', async () => {
    const expected = await loadAs(seed);
    const decomposed = await loadAs(seed.normalize('NFD'));
    expect(decomposed.data).toEqual(expected.data);
    expect(decomposed.rendered).toEqual(expected.rendered);
    expect(decomposed.rendered!.html).toBe(decomposed.rendered!.html.normalize('NFC'));
    expect(decomposed.rendered!.html).toContain('Bưu điện huyện');
    expect((decomposed.data as { signer: { name: string } }).signer.name).toBe('Dương Thị Vân Anh');
    expect((decomposed.data as { title: string }).title).toMatch(/^Tuyên truyền cải cách hành chính, Chỉ số năng lực cạnh tranh \(PCI\)/);
  });

  it('a byte-order mark and CRLF line endings change nothing', async () => {
    const expected = await loadAs(seed);
    const windows = await loadAs(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed.replace(/\n/g, '\r\n'))]));
    expect(windows.data).toEqual(expected.data);
    expect(windows.rendered).toEqual(expected.rendered);
    expect(windows.rendered!.html).not.toMatch(/\r|\uFEFF/);
    expect(windows.rendered!.html).toContain('<h2 id="muc-i-muc-dich-yeu-cau-chi-tieu-cu-the">I. MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU CỤ THỂ</h2>');
    expect(windows.rendered!.html).toContain('<h2 id="muc-iv-to-chuc-thuc-hien">IV. TỔ CHỨC THỰC HIỆN</h2>');
  });
});
