/** Type tests (as Starlight's): the catalog's types say what the builder guarantees. */
import { describe, expectTypeOf, it } from 'vitest';
import type { Catalog, CatalogPlan, Unit } from '../../src/lib/catalog-types';
import { seedCorpus } from '../helpers/corpus';

describe('catalog-types', () => {
  it('joins a plan to its issuer and units, a district being optional', () => {
    expectTypeOf<CatalogPlan['province']>().toEqualTypeOf<Unit>();
    expectTypeOf<CatalogPlan['district']>().toEqualTypeOf<Unit | null>();
    expectTypeOf<Catalog['aliases']>().toEqualTypeOf<Map<string, CatalogPlan>>();
    expectTypeOf(seedCorpus().catalog).toEqualTypeOf<Catalog>();
  });
});
