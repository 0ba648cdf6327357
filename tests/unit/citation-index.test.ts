import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import {
  amendmentLinks,
  buildCitationIndex,
  citedDocumentHref,
  documentHref,
  distinctPlans,
  documentsByCitations,
  planDocumentKey,
  planRelations,
  resolvedKey,
  SIMILAR_MAX_CITING,
  SIMILAR_SHOWN,
  unknownPart,
} from '../../src/lib/citation-index';
import { sentenceAround } from '../../src/lib/sentence';
import { compareVi } from '../../src/lib/collate';
import { bodyTextOfSource } from '../../src/lib/markdown/body-text';
import { readAgencies, readPlans, readIndices, readProvinces } from '../../scripts/lib/read-content';
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { createPlanRenderer } from '../../src/lib/markdown/render-plan';

const files = readPlans();
const catalog = buildCatalog({ plans: files.map((p) => ({ id: p.id, data: p.data })), agencies: readAgencies(), units: readProvinces(), indices: readIndices() });
const textOf = (id: string) => bodyTextOfSource(files.find((f) => f.id === id)!.body).text;
const index = buildCitationIndex(catalog.plans.map((plan) => ({ plan, text: textOf(plan.id) })));
const plan = (part: string) => catalog.plans.find((p) => p.id.includes(part))!;

describe('citation index', () => {
  it('reads the citations the renderer found as it would have found them itself (the body is read once per build)', async () => {
    const render = createPlanRenderer({ unitNames: new Map([...catalog.units.values()].map((unit) => [unit.key, unit.name])) });
    const rendered = await Promise.all(
      catalog.plans.map(async (plan) => {
        const file = files.find((f) => f.id === plan.id)!;
        const { frontmatter } = parseFrontmatter(readFileSync(file.filePath, 'utf8'));
        const { text, citations } = await render(file.body, file.filePath, frontmatter);
        expect(text, plan.id).toBe(textOf(plan.id));
        return { plan, text, citations };
      }),
    );
    const fromRenderer = buildCitationIndex(rendered);
    expect([...fromRenderer.documents.keys()]).toEqual([...index.documents.keys()]);
    expect(fromRenderer).toEqual(index);
    // The stored citations are used, not looked for again: an emptied list gives an index without that plan's body citations.
    const without = buildCitationIndex(rendered.map((entry, i) => (i === 0 ? { ...entry, citations: [] } : entry)));
    expect(without.byPlan.get(rendered[0]!.plan.id)!.body).toEqual([]);
    expect(index.byPlan.get(rendered[0]!.plan.id)!.body.length).toBeGreaterThan(0);
  });

  it('joins the citations of all plans into documents, most cited first', () => {
    const top = documentsByCitations(index).slice(0, 3);
    expect(top.map((d) => [d.key, distinctPlans(d).length])).toEqual([
      ['18-nq-tw-khoa-xii', 3],
      ['19-nq-tw-khoa-xii', 3],
      ['76-nq-cp-2021', 3],
    ]);
    expect(index.documents.get('76-nq-cp-2021')!.notations).toContain('76/NQ-CP');
  });

  it('knows which cited documents are plans of the portal', () => {
    expect(planDocumentKey(plan('105-kh-ubnd'))).toBe('ben-tre-105-kh-ubnd-2020');
    expect(planDocumentKey(plan('84-kh-ubnd'))).toBe('ha-tinh-huyen-ky-anh-84-kh-ubnd-2024');
    expect(planDocumentKey(plan('quang-tri'))).toBeNull();
    expect(index.documents.get('ben-tre-105-kh-ubnd-2020')!.plan?.id).toBe(plan('105-kh-ubnd').id);
  });

  it('gives each plan its relations', () => {
    const relations = planRelations(index, plan('ninh-phuoc'));
    expect(relations.implements.map((d) => d.key)).toEqual(['ninh-thuan-huyen-ninh-phuoc-1755-qd-ubnd-2023']);
    expect(relations.cites).toHaveLength(23);
    expect(relations.similar[0]).toMatchObject({ shared: 3 });
    expect(relations.similar[0]!.plan.id).toBe(plan('84-kh-ubnd').id);
  });

  it('finds similar plans without counting the documents nearly every plan cites, as a full scan of every plan would', () => {
    // SIMILAR_MAX_CITING + 20 plans all citing 76/NQ-CP, each also one of 7 decisions and one of 3 plans, titles in 4 variants.
    const base = plan('cao-bang');
    const many = Array.from({ length: SIMILAR_MAX_CITING + 20 }, (_, i) => ({
      plan: { ...base, id: `x/${i}`, data: { ...base.data, title: `${base.data.title} ${['A', 'Ă', 'B', 'a'][i % 4]}` } },
      text: `Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Quyết định số ${100 + (i % 7)}/QĐ-UBND ngày 02/01/2022 của UBND tỉnh Cao Bằng; Kế hoạch số ${10 + (i % 3)}/KH-UBND ngày 03/01/2022 của UBND tỉnh Cao Bằng.`,
    }));
    const big = buildCitationIndex(many);
    expect(big.documents.get('76-nq-cp-2021')!.citations.length).toBeGreaterThan(SIMILAR_MAX_CITING);
    const keysOf = (id: string) => {
      const r = planRelations(big, big.byPlan.get(id)!.plan);
      return new Set([...r.implements, ...r.cites].map((d) => d.key));
    };
    const citing = new Map<string, number>();
    for (const id of big.byPlan.keys()) for (const key of keysOf(id)) citing.set(key, (citing.get(key) ?? 0) + 1);
    const order = [...big.byPlan.keys()];
    for (const id of ['x/0', 'x/5', 'x/123']) {
      const mine = [...keysOf(id)].filter((key) => citing.get(key)! <= SIMILAR_MAX_CITING);
      const reference = order
        .filter((other) => other !== id)
        .map((other) => ({ plan: big.byPlan.get(other)!.plan, shared: mine.filter((key) => keysOf(other).has(key)).length }))
        .filter((row) => row.shared > 0)
        .sort((a, b) => b.shared - a.shared || compareVi(a.plan.data.title, b.plan.data.title))
        .slice(0, SIMILAR_SHOWN);
      const similar = planRelations(big, big.byPlan.get(id)!.plan).similar;
      expect(similar.map((row) => [row.plan.id, row.shared])).toEqual(reference.map((row) => [row.plan.id, row.shared]));
      // 76/NQ-CP is not counted: the most similar share the decision and the plan (2), not 3.
      expect(similar[0]!.shared).toBe(2);
    }
  });

  it('resolves an incomplete key against the corpus only when exactly one document fits', () => {
    const extra = buildCitationIndex([...catalog.plans.map((p) => ({ plan: p, text: textOf(p.id) })), { plan: plan('cao-bang'), text: 'Theo Nghị quyết số 76/NQ-CP và Quyết định số 3647/QĐ-UBND.' }]);
    expect(extra.documents.get('76-nq-cp-khong-ro-nam')!.resolvedTo).toBe('76-nq-cp-2021');
    // A Cao Bằng plan's undated "Quyết định số 3647/QĐ-UBND" is a Cao Bằng decision: Quảng Trị's 3647/QĐ-UBND does not fit.
    expect(extra.documents.get('cao-bang-3647-qd-ubnd-khong-ro-nam')).toMatchObject({ resolvedTo: null, candidates: [] });
  });

  it('links amended documents both ways, from either way a text says it', () => {
    const extra = buildCitationIndex([
      ...catalog.plans.map((p) => ({ plan: p, text: textOf(p.id) })),
      // Real phrasings: "… được sửa đổi, bổ sung bởi …" (Luật 80/2015/QH13 and 63/2020/QH14) and "… sửa đổi, bổ sung một số điều của …".
      {
        plan: plan('cao-bang'),
        text: 'Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 được sửa đổi, bổ sung bởi Luật số 63/2020/QH14; Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 63/2010/NĐ-CP.',
      },
    ]);
    const law = extra.documents.get('80-2015-qh13')!;
    expect(amendmentLinks(extra, law).amendedBy).toEqual([{ key: '63-2020-qh14', href: '/van-ban/63-2020-qh14/', label: 'Luật 63/2020/QH14' }]);
    expect(amendmentLinks(extra, extra.documents.get('63-2020-qh14')!).amends.map((a) => a.key)).toEqual(['80-2015-qh13']);
    expect(amendmentLinks(extra, extra.documents.get('63-2010-nd-cp')!).amendedBy.map((a) => a.key)).toEqual(['92-2017-nd-cp']);
    expect(amendmentLinks(extra, extra.documents.get('92-2017-nd-cp')!).amends.map((a) => a.key)).toEqual(['63-2010-nd-cp']);
  });

  it('quotes the sentence around a citation, as plain text', () => {
    const text = 'Mục 1.\n- Tuyên truyền **Nghị quyết số 76/NQ-CP** ngày 15/7/2021 của Chính phủ; tiếp theo.';
    const at = text.indexOf('Nghị quyết');
    expect(sentenceAround(text, at, at + 26)).toBe('Tuyên truyền Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;');
  });
});

describe('cited documents as pages link to them', () => {
  it('links a cited document that is a plan of the portal to that plan, and any other to its document page', () => {
    const own = [...index.documents.values()].find((d) => d.plan);
    expect(own).toBeDefined();
    expect(citedDocumentHref(index, own!.key)).toBe(own!.plan!.url);
    expect(citedDocumentHref(index, '76-nq-cp-2021')).toBe('/van-ban/76-nq-cp-2021/');
    expect(documentHref(index.documents.get(own!.key)!)).toBe(own!.plan!.url);
    expect(documentHref(index.documents.get('76-nq-cp-2021')!)).toBe('/van-ban/76-nq-cp-2021/');
  });

  it('marks Party documents by how their number is written', () => {
    expect(index.documents.get('18-nq-tw-khoa-xii')!.party).toBe(true);
    expect(index.documents.get('quang-tri-01-nq-tu-2021')!.party).toBe(true);
    expect(index.documents.get('76-nq-cp-2021')!.party).toBe(false);
  });

  it('says what an incomplete key does not know', () => {
    expect(unknownPart('76-nq-cp-2021')).toBeNull();
    expect(unknownPart('quang-tri-204-kh-ubnd-khong-ro-nam')).toBe('year');
    expect(unknownPart('khong-ro-noi-204-kh-ubnd-2021')).toBe('place');
    expect(resolvedKey(index, 'not-a-cited-key')).toBe('not-a-cited-key');
  });
});
