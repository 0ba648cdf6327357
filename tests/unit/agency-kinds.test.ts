import { describe, expect, it } from 'vitest';
import { AGENCY_KINDS, AGENCY_KIND_IDS } from '../../src/lib/agency-kinds';
import { isSlug } from '../../src/lib/slug';
import { seedCorpus } from '../helpers/corpus';

describe('agency-kinds', () => {
  it('has URL-safe ids (the /co-quan/loai/<kind>/ pages) with distinct labels', () => {
    expect(AGENCY_KIND_IDS).toEqual(Object.keys(AGENCY_KINDS));
    for (const id of AGENCY_KIND_IDS) expect(isSlug(id), id).toBe(true);
    expect(new Set(Object.values(AGENCY_KINDS)).size).toBe(AGENCY_KIND_IDS.length);
  });

  it('covers the kind of every agency of the content', () => {
    for (const agency of seedCorpus().catalog.agencies.values()) expect(AGENCY_KIND_IDS, agency.key).toContain(agency.kind);
  });
});
