// Split from tests/unit/search.test.ts (one test file per module); assertions unchanged.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FACETS } from '../../../src/lib/search/facets';
import { DEFAULT_SORT, pagefindSort, parseSearchState, searchStateToQuery } from '../../../src/lib/search/url-state';

describe('URL state', () => {
  it('reads and writes the URL: one parameter per facet, defaults left out, junk ignored', () => {
    const state = parseSearchState('?q=+c%E1%BA%A3i++c%C3%A1ch+&tinh=quang-tri&chi-so=pci&sap-xep=moi-nhat&x=1&nam=');
    expect(state).toEqual({ q: 'cải cách', facets: { tinh: 'quang-tri', 'chi-so': 'pci' }, sort: 'moi-nhat' });
    expect(searchStateToQuery(state)).toBe('?q=c%E1%BA%A3i+c%C3%A1ch&tinh=quang-tri&chi-so=pci&sap-xep=moi-nhat');
    expect(parseSearchState('?sap-xep=bogus').sort).toBe(DEFAULT_SORT);
    expect(searchStateToQuery(parseSearchState(''))).toBe('');
    expect(pagefindSort('lien-quan')).toBeUndefined();
    expect(pagefindSort('cu-nhat')).toEqual({ ngay: 'asc' });
  });

  it('round-trips every state (property)', () => {
    const facetKeys = FACETS.map((facet) => facet.key);
    fc.assert(
      fc.property(
        fc.string().map((q) => q.replace(/\s+/g, ' ').trim()),
        fc.dictionary(
          fc.constantFrom(...facetKeys),
          fc.string({ minLength: 1 }).filter((v) => v.trim() === v && v !== ''),
        ),
        fc.constantFrom('lien-quan', 'moi-nhat', 'cu-nhat'),
        (q, facets, sort) => {
          const state = { q, facets, sort } as const;
          expect(parseSearchState(searchStateToQuery(state))).toEqual(state);
        },
      ),
      { seed: 6, numRuns: 1000 },
    );
  });
});
