import { describe, expect, it } from 'vitest';
import { SHARD_ABOVE, indexShards, mergeCounts, mergeShardResponses, shardAboveLimit, shardOrder } from '../../../src/lib/search/index-shards';

const page = (i: number, date: string) => ({ pathname: `ke-hoach/p${i}/`, date });
const result = (id: string, score: number) => ({ id, score });

describe('year shards of the search index', () => {
  it('splits a large archive by year of issue, newest first at pagefind/ itself, undated last', () => {
    const pages = [page(1, '2021-03-12'), page(2, '2024-01-12'), page(3, '2024-00-00'), page(4, ''), page(5, '2019-12-31'), page(6, '2021-01-01')];
    const shards = indexShards(pages, 3)!;
    expect(shards.map(({ path, year, plans }) => ({ path, year, plans }))).toEqual([
      { path: '', year: '2024', plans: 2 },
      { path: 'nam-2021/', year: '2021', plans: 2 },
      { path: 'nam-2019/', year: '2019', plans: 1 },
      { path: 'khong-ro-nam/', year: null, plans: 1 },
    ]);
    expect(shards.flatMap((shard) => shard.pages.map((p) => p.pathname)).sort()).toEqual(pages.map((p) => p.pathname).sort());
  });

  it('keeps one index for an archive small enough, or all of one year', () => {
    expect(indexShards([page(1, '2021-03-12'), page(2, '2024-01-12')], 2)).toBeNull();
    expect(indexShards([page(1, '2024-03-12'), page(2, '2024-01-12'), page(3, '2024-05-01')], 1)).toBeNull();
    expect(() => indexShards([], 0)).toThrow(/positive number/);
  });

  it('takes its threshold from PORTAL_SHARD_ABOVE when set, and refuses anything but a positive integer', () => {
    expect([shardAboveLimit(undefined), shardAboveLimit(''), shardAboveLimit('1')]).toEqual([SHARD_ABOVE, SHARD_ABOVE, 1]);
    for (const bad of ['0', '-1', '1.5', 'abc', '12345678']) expect(() => shardAboveLimit(bad)).toThrow(/PORTAL_SHARD_ABOVE must be a positive integer/);
  });
});

describe('merging the answers of the shards', () => {
  const answers = [
    { results: [result('2024a', 0.5), result('2024b', 0.2)], filters: { tinh: { 'ha-tinh|Hà Tĩnh': 2 } }, totalFilters: { tinh: { 'ha-tinh|Hà Tĩnh': 2 } } },
    { results: [result('2021a', 0.9), result('2021b', 0.2)], filters: { tinh: { 'ha-tinh|Hà Tĩnh': 1, 'ben-tre|Bến Tre': 1 } }, totalFilters: { tinh: { 'ben-tre|Bến Tre': 3 } } },
  ];

  it('orders results by score for relevance, ties in shard order, and sums the counts', () => {
    const merged = mergeShardResponses(answers, 'score');
    expect(merged.results.map((r) => r.id)).toEqual(['2021a', '2024a', '2024b', '2021b']);
    expect(merged.filters).toEqual({ tinh: { 'ha-tinh|Hà Tĩnh': 3, 'ben-tre|Bến Tre': 1 } });
    expect(merged.totalFilters).toEqual({ tinh: { 'ha-tinh|Hà Tĩnh': 2, 'ben-tre|Bến Tre': 3 } });
  });

  it('keeps each shard’s date order, newest year first or oldest first', () => {
    expect(mergeShardResponses(answers, 'newest-first').results.map((r) => r.id)).toEqual(['2024a', '2024b', '2021a', '2021b']);
    expect(mergeShardResponses(answers, 'oldest-first').results.map((r) => r.id)).toEqual(['2021a', '2021b', '2024a', '2024b']);
  });

  it('chooses the order from Pagefind’s sort option, and refuses a sort it cannot merge', () => {
    expect([shardOrder(undefined), shardOrder({}), shardOrder({ ngay: 'desc' }), shardOrder({ ngay: 'asc' })]).toEqual(['score', 'score', 'newest-first', 'oldest-first']);
    expect(() => shardOrder({ title: 'asc' })).toThrow(/only by relevance or by date/);
  });

  it('sums counts of facets only some shards have, without changing its inputs', () => {
    const a = { nam: { '2024': 2 } };
    const b = { nam: { '2021': 2 }, 'chi-so': { pci: 1 } };
    expect(mergeCounts([a, b])).toEqual({ nam: { '2024': 2, '2021': 2 }, 'chi-so': { pci: 1 } });
    expect(a).toEqual({ nam: { '2024': 2 } });
  });
});
