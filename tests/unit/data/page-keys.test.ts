/** The portal's page keys on the real corpus (astro:content is the content files, tests/helpers/astro-content.ts). */
import { describe, expect, it } from 'vitest';
import { getCatalog, getCitationIndex, getCollectionDigests } from '../../../src/data/catalog';
import { bodyKey, pageKey } from '../../../src/data/page-keys';

describe('page keys', () => {
  it('keys a catalog plan by its id and content digest, not by everything it holds', async () => {
    const [catalog, digests] = await Promise.all([getCatalog(), getCollectionDigests()]);
    const [a, b] = catalog.plans;
    expect(await pageKey({ plan: a })).toBe(await pageKey({ plan: a }));
    expect(await pageKey({ plan: a })).not.toBe(await pageKey({ plan: b }));
    // A copy is not the catalog's plan: it is keyed by its content, in full.
    expect(await pageKey({ plan: { ...a! } })).not.toBe(await pageKey({ plan: a }));
    expect(await bodyKey(a!.id)).toBe(digests.get(a!.id));
    await expect(bodyKey('no/such/plan')).rejects.toThrow(/No plan "no\/such\/plan"/);
  });

  it('keys a cited document by its own fields, not by the plans citing it', async () => {
    const index = await getCitationIndex();
    const document = index.documents.get('76-nq-cp-2021')!;
    const before = await pageKey({ cites: [document] });
    document.citations.push(document.citations[0]!);
    try {
      expect(await pageKey({ cites: [document] })).toBe(before);
    } finally {
      document.citations.pop();
    }
    expect(await pageKey({ cites: [index.documents.get('18-nq-tw-khoa-xii')!] })).not.toBe(before);
  });

  it('keeps the parts of a key apart', async () => {
    expect(await pageKey('a', 'b')).not.toBe(await pageKey('ab'));
    expect(await pageKey(null)).not.toBe(await pageKey());
  });
});
