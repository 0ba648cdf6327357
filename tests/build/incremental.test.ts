/**
 * The incremental build (Astro's experimental.incrementalBuild with the portal's page keys,
 * src/data/page-keys.ts, and the search index's cache, src/lib/search/index-cache.ts) must
 * publish exactly what a build from nothing publishes. The real content is built once,
 * then changed the ways an agency changes it (a plan's title, a sentence in another plan's
 * body, a new plan), built again on the same cache, and compared file by file with a build
 * of the changed content on an empty cache: any page left stale by a key that misses
 * something it shows is a difference here.
 */
import { readFileSync, readdirSync, writeFileSync, cpSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, removeScratch, runBuild, scratchDir } from '../helpers/build';
import { logPages, pageCounts } from '../../scripts/lib/page-log.mjs';

const KY_ANH = 'plans/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd.mdx';
const BEN_TRE = 'plans/ben-tre/ubnd-tinh/2021/105-kh-ubnd.mdx';

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile()) out.set(relative(dir, path), readFileSync(path));
  }
  return out;
}

/** A build log as text (Astro colours its output when it detects CI). */
function readLog(log: string): string {
  return readFileSync(log, 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
}

function rendered(log: string): { cached: number; rendered: number } {
  const { rendered, copied } = pageCounts(readLog(log));
  return { cached: copied, rendered };
}

/** What a build did with each page its log names (the output path, no leading slash): copied from the last build or rendered. */
function pageStates(log: string): Map<string, 'copied' | 'rendered'> {
  return new Map(logPages(log).map(({ path, copied }) => [path.slice(1), copied ? 'copied' : 'rendered']));
}

describe('incremental build', () => {
  const scratch = scratchDir('incremental');
  const content = join(scratch, 'content');
  const cache = join(scratch, 'cache');
  let first: { cached: number; rendered: number };
  let second: { cached: number; rendered: number };
  let secondOutput = '';
  let third: { cached: number; rendered: number };
  let thirdOutput = '';
  // Year shards of the search index even for five plans, so that the index cache is exercised.
  const env = (log: string) => ({ BUILD_LOG: join(scratch, log), PORTAL_SHARD_ABOVE: '1' });

  beforeAll(() => {
    cpSync(join(ROOT, 'content'), content, { recursive: true, filter: (src) => !src.endsWith('README.md') });
    const cold = runBuild(join(scratch, 'dist-1'), { contentDir: content, cacheDir: cache, env: env('build-1.log') });
    expect(cold.status, cold.output).toBe(0);
    first = rendered(join(scratch, 'build-1.log'));

    // A new title (shown on its page, the lists, its agency's page and its neighbours' "similar plans").
    const kyAnh = readFileSync(join(content, KY_ANH), 'utf8');
    const title = /^title: (.+)$/m.exec(kyAnh)![1]!;
    writeFileSync(join(content, KY_ANH), kyAnh.replace(`title: ${title}`, `title: ${title.replace(/năm 2024/, 'năm 2024 (sửa đổi)')}`));
    // A sentence in another plan's body (its page and its search record only).
    const benTre = readFileSync(join(content, BEN_TRE), 'utf8');
    writeFileSync(join(content, BEN_TRE), `${benTre.trimEnd()}\n\nKế hoạch này được cập nhật.\n`);
    // A new plan: a copy of Bến Tre's under another number.
    writeFileSync(join(content, 'plans/ben-tre/ubnd-tinh/2021/106-kh-ubnd.mdx'), benTre.replace(/^number: 105\/KH-UBND$/m, 'number: 106/KH-UBND'));

    const warm = runBuild(join(scratch, 'dist-2'), { contentDir: content, cacheDir: cache, env: env('build-2.log') });
    expect(warm.status, warm.output).toBe(0);
    second = rendered(join(scratch, 'build-2.log'));
    secondOutput = readLog(join(scratch, 'build-2.log'));

    const fresh = runBuild(join(scratch, 'dist-3'), { contentDir: content, cacheDir: join(scratch, 'cache-fresh'), env: env('build-3.log') });
    expect(fresh.status, fresh.output).toBe(0);

    // Nothing changed since the second build.
    const again = runBuild(join(scratch, 'dist-4'), { contentDir: content, cacheDir: cache, env: env('build-4.log') });
    expect(again.status, again.output).toBe(0);
    third = rendered(join(scratch, 'build-4.log'));
    thirdOutput = readLog(join(scratch, 'build-4.log'));
  }, 900_000);

  afterAll(() => removeScratch(scratch));

  it('renders every page the first time; the second time, copies only pages whose output did not change', () => {
    expect(first.cached).toBe(0);
    expect(first.rendered).toBeGreaterThan(100);
    // Five interlinked plans: a new title shows on most of their pages ("similar plans"), so few are copied.
    expect(second.cached).toBeGreaterThan(0);
    const states = pageStates(secondOutput);
    const copied = [...states].filter(([, state]) => state === 'copied').map(([path]) => path);
    expect(copied).toHaveLength(second.cached);
    for (const path of copied) expect(readFileSync(join(scratch, 'dist-2', path)).equals(readFileSync(join(scratch, 'dist-1', path))), path).toBe(true);
    for (const plan of ['ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/', 'ke-hoach/ben-tre/ubnd-tinh/2021/105-kh-ubnd/']) {
      const pages = [...states].filter(([path]) => path.startsWith(plan));
      expect(pages.length, plan).toBeGreaterThan(0);
      expect(
        pages.filter(([, state]) => state === 'copied'),
        plan,
      ).toEqual([]);
    }
  });

  it('copies the embeds, feeds and lists whose plans did not change and renders those whose plans did', () => {
    const secondStates = pageStates(secondOutput);
    expect(secondStates.get('nhung/co-quan/cao-bang/so-vhttdl/index.html')).toBe('copied');
    expect(secondStates.get('nhung/tinh/quang-tri/index.html')).toBe('copied');
    expect(secondStates.get('nhung/co-quan/ha-tinh/ubnd-huyen-ky-anh/index.html')).toBe('rendered');
    expect(secondStates.get('nhung/tinh/ben-tre/index.html')).toBe('rendered');
    // The lists by level and by index likewise: Cao Bằng's Sở (so-nganh), the indices only unchanged plans target.
    expect(secondStates.get('cap/so-nganh/index.html')).toBe('copied');
    expect(secondStates.get('cap/huyen/index.html')).toBe('rendered');
    expect(secondStates.get('chi-so/ipa/index.html')).toBe('copied');
    expect(secondStates.get('chi-so/dti/index.html')).toBe('copied');
    expect(secondStates.get('chi-so/pci/index.html')).toBe('rendered');
    // The feeds likewise.
    expect(secondStates.get('co-quan/cao-bang/so-vhttdl/feed.xml')).toBe('copied');
    expect(secondStates.get('co-quan/ha-tinh/ubnd-huyen-ky-anh/feed.xml')).toBe('rendered');
    // The open data of each year likewise (2022's plans did not change); the archive-wide files hold the changed plans.
    for (const file of ['ke-hoach.json', 'ke-hoach.csv', 'nhiem-vu.csv', 'trich-dan.json', 'trich-dan.csv']) {
      expect(secondStates.get(`du-lieu/nam/2022/${file}`), file).toBe('copied');
      expect(secondStates.get(`du-lieu/nam/2024/${file}`), file).toBe('rendered');
      expect(secondStates.get(`du-lieu/${file}`), file).toBe('rendered');
    }
    // The calendars and the task timelines likewise: Quảng Trị's did not change; Bến Tre's
    // plans did (its calendar), and its Sở Nội vụ leads the new plan's tasks too (its timeline).
    // Bến Tre's plan 105 has a new sentence but the same tasks: the same picture, copied.
    expect(secondStates.get('lich/quang-tri/index.html')).toBe('copied');
    expect(secondStates.get('lich/ben-tre/index.html')).toBe('rendered');
    expect(secondStates.get('tien-do/quang-tri/ubnd-tinh/2022/tuyen-truyen-cchc.svg')).toBe('copied');
    expect(secondStates.get('tien-do/ben-tre/ubnd-tinh/2021/105-kh-ubnd.svg')).toBe('copied');
    expect(secondStates.get('tien-do/co-quan/ben-tre/so-noi-vu.svg')).toBe('rendered');
  });

  it('indexes again only the year shards whose documents changed, not those whose panels did', () => {
    // 2024 (Kỳ Anh's new title) and 2020 (Bến Tre's sentence and the new plan) changed; the
    // 2022 plans show the new title in their panels only, which the index is not given.
    expect(/(\d+) of (\d+) indexes unchanged, copied from the build cache/.exec(secondOutput)?.slice(1)).toEqual(['1', '3']);
  });

  it('publishes, file for file, what a build from an empty cache publishes', () => {
    const warm = files(join(scratch, 'dist-2'));
    const fresh = files(join(scratch, 'dist-3'));
    expect([...warm.keys()].sort()).toEqual([...fresh.keys()].sort());
    const differing = [...fresh].filter(([name, bytes]) => !warm.get(name)!.equals(bytes)).map(([name]) => name);
    expect(differing).toEqual([]);
    // The changes are there.
    expect(warm.get('ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/index.html')!.toString()).toContain('năm 2024 (sửa đổi)');
    expect(warm.get('ke-hoach/ben-tre/ubnd-tinh/2021/105-kh-ubnd/index.html')!.toString()).toContain('Kế hoạch này được cập nhật.');
    expect(warm.has('ke-hoach/ben-tre/ubnd-tinh/2021/106-kh-ubnd/index.html')).toBe(true);
  });

  it('with nothing changed, renders no keyed page and indexes nothing again', () => {
    expect(second.cached).toBeLessThan(third.cached);
    const planPages = [...pageStates(thirdOutput)].filter(([path]) => /^ke-hoach\/.+\/index\.html$/.test(path));
    expect(planPages.length).toBeGreaterThan(0);
    expect(planPages.filter(([, state]) => state === 'rendered')).toEqual([]);
    const indexes = /(\d+) of (\d+) indexes unchanged, copied from the build cache/.exec(thirdOutput);
    expect(indexes, 'the search index summary').not.toBeNull();
    expect(indexes![1]).toBe(indexes![2]);
    const before = files(join(scratch, 'dist-2'));
    const after = files(join(scratch, 'dist-4'));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...after].filter(([name, bytes]) => !before.get(name)!.equals(bytes)).map(([name]) => name)).toEqual([]);
  });

  it('a build on an empty cache copies no index from it', () => {
    expect(readLog(join(scratch, 'build-3.log'))).not.toMatch(/copied from the build cache/);
  });
});
