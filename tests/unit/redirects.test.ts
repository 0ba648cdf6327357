import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { buildCitationIndex } from '../../src/lib/citation-index';
import { bodyTextOfSource } from '../../src/lib/markdown/body-text';
import { countByKind, documentRedirect, permalinkTarget, siteRedirects } from '../../src/lib/redirects';
import { permalinks } from '../../src/lib/permalinks';
import { readAgencies, readIndices, readPlans, readProvinces } from '../../scripts/lib/read-content';

const files = readPlans();
const KY_ANH = 'ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd';
// One alias added, as a renamed plan would list its old path.
const catalog = buildCatalog({
  plans: files.map((p) => ({ id: p.id, data: p.id === KY_ANH ? { ...p.data, aliases: ['ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd-cu'] } : p.data })),
  agencies: readAgencies(),
  units: readProvinces(),
  indices: readIndices(),
});
const index = buildCitationIndex(catalog.plans.map((plan) => ({ plan, text: bodyTextOfSource(files.find((f) => f.id === plan.id)!.body).text })));

describe('the redirects of the site', () => {
  const redirects = siteRedirects(catalog, index);

  it('lead each former path, each permalink naming one plan and each document that is a plan to that plan', () => {
    expect(redirects).toContainEqual({ from: '/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd-cu/', to: `/ke-hoach/${KY_ANH}/`, kind: 'alias' });
    expect(redirects).toContainEqual({ from: '/so/84-kh-ubnd/ha-tinh-ubnd-huyen-ky-anh/', to: `/ke-hoach/${KY_ANH}/`, kind: 'permalink' });
    expect(redirects).toContainEqual({ from: '/van-ban/ben-tre-105-kh-ubnd-2020/', to: '/ke-hoach/ben-tre/ubnd-tinh/2021/105-kh-ubnd/', kind: 'document-plan' });
    const documents = [...index.documents.values()];
    const documentsThatArePlans = documents.filter((d) => d.plan).length;
    expect(documentsThatArePlans).toBeGreaterThan(0);
    expect(countByKind(redirects)).toEqual({
      alias: 1,
      permalink: 2,
      'document-plan': documentsThatArePlans,
      'document-resolved': documents.filter((d) => !d.plan && d.resolvedTo).length,
    });
  });

  it('are sorted, unique by source, and never lead to another redirect', () => {
    const froms = redirects.map((r) => r.from);
    expect(froms).toEqual([...froms].sort());
    expect(new Set(froms).size).toBe(froms.length);
    for (const redirect of redirects) expect(froms, redirect.to).not.toContain(redirect.to);
  });

  it('leave a number shared by several plans, and /so/<number>/, as list pages', () => {
    for (const link of permalinks(catalog)) {
      const target = permalinkTarget(link);
      if (!link.path.includes('/')) expect(target, link.path).toBeNull();
      if (target) expect(link.plans).toEqual([target]);
    }
  });

  it('send a document to the plan it is, or an incomplete key to the document it resolves to', () => {
    const plan = catalog.plans[0]!;
    expect(documentRedirect({ plan, resolvedTo: null })).toEqual({ to: plan.url, kind: 'document-plan' });
    expect(documentRedirect({ plan: null, resolvedTo: '76-nq-cp-2021' })).toEqual({ to: '/van-ban/76-nq-cp-2021/', kind: 'document-resolved' });
    expect(documentRedirect({ plan: null, resolvedTo: null })).toBeNull();
  });
});
