/** Route data of the citation tool (/trich-dan/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { citationToolPageData } from '../../../src/data/routes/citation-tool';
import { getCitationIndex } from '../../../src/data/catalog';

describe('routes/citation-tool', () => {
  it('offers the 63 provinces as issued, in Vietnamese order, and the keys of every document page', async () => {
    const data = await citationToolPageData();
    expect(data.provinces).toHaveLength(63);
    expect(data.provinces[0]!.name).toBe('An Giang');
    expect(data.knownKeys.sort()).toEqual([...(await getCitationIndex()).documents.keys()].sort());
    expect(data.example).toMatch(/3647\/QĐ-UBND/);
  });
});
