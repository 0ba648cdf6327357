import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../src/lib/search/index-manifest';

const recent = { path: 'gan-day/', plans: 1000, since: '2025-06-01' };
const shards = [
  { path: '', year: '2026', plans: 4100 },
  { path: 'nam-2025/', year: '2025', plans: 5200 },
  { path: 'khong-ro-nam/', year: null, plans: 3 },
];

describe('the search index manifest', () => {
  it('reads the recent index and the shards as the build writes them', () => {
    expect(parseManifest({ recent, shards, plans: 9303 })).toEqual({ recent, shards, plans: 9303 });
    expect(parseManifest({ recent: null, shards: null, plans: 5 })).toEqual({ recent: null, shards: null, plans: 5 });
    expect(parseManifest({ recent })).toEqual({ recent, shards: null, plans: null });
    for (const plans of [-1, 1.5, '5', null]) expect(parseManifest({ plans }).plans).toBeNull();
  });

  it('reads a malformed recent index as none: the whole index then answers first', () => {
    for (const bad of [null, {}, 'x', { recent: { path: '../x/', plans: 1, since: '' } }, { recent: { path: 'gan-day/', plans: '1', since: '' } }])
      expect(parseManifest(bad)).toEqual({ recent: null, shards: null, plans: null });
  });

  it('refuses malformed shards, naming the entry: searching some years only would be wrong', () => {
    expect(() => parseManifest({ shards: [shards[0]] })).toThrow(/portal-index\.json.*at least two/);
    expect(() => parseManifest({ shards: 'nam-2025/' })).toThrow(/at least two/);
    expect(() => parseManifest({ shards: [{ ...shards[0], path: 'nam-2026/' }, shards[1]] })).toThrow(/entry 1 has the path "nam-2026\/"/);
    expect(() => parseManifest({ shards: [shards[0], { ...shards[1], path: '../x/' }] })).toThrow(/entry 2 has the path/);
    expect(() => parseManifest({ shards: [shards[0], { ...shards[1], year: '25' }] })).toThrow(/entry 2 has the year "25"/);
    expect(() => parseManifest({ shards: [shards[0], { ...shards[1], plans: 0 }] })).toThrow(/entry 2 has 0 plans/);
    expect(() => parseManifest({ shards: [shards[0], null] })).toThrow(/entry 2 is not an object/);
  });
});
