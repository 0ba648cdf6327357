import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Root } from 'hast';
import { buildCatalog } from '../../src/lib/catalog';
import { buildCitationIndex, planRelations } from '../../src/lib/citation-index';
import { bodyTextOfSource } from '../../src/lib/markdown/body-text';
import { separateTableCells } from '../../src/lib/markdown/cell-separators';
import { STROKE, foldForIndex, foldQuery, unfoldForDisplay } from '../../src/lib/search/fold';
import { documentNumberSlug, documentsWithNumber, prepareQuery } from '../../src/lib/search/query';
import { excerptParts, mergeRanked, resultTitle } from '../../src/lib/search/results';
import { FACETS, decodeFacetValue, encodeFacetValue, facetOptions } from '../../src/lib/search/facets';
import { DEFAULT_SORT, pagefindSort, parseSearchState, searchStateToQuery } from '../../src/lib/search/url-state';
import { citedDocumentLabel, searchRecord } from '../../src/lib/search/record';
import { fullTitle } from '../../src/lib/plan-format';
import { foldVietnamese } from '../../src/lib/slug';
import { readAgencies, readIndices, readPlans, readProvinces } from '../../scripts/lib/read-content';

describe('fold: đ/Đ for the index, reversibly', () => {
  it('writes đ and Đ as d/D + U+0335 and restores them', () => {
    expect(foldForIndex('Báo Đồng Khởi, Đảng bộ, đài')).toBe(`Báo D${STROKE}ồng Khởi, D${STROKE}ảng bộ, d${STROKE}ài`);
    expect(unfoldForDisplay(foldForIndex('Báo Đồng Khởi, Đảng bộ, đài'))).toBe('Báo Đồng Khởi, Đảng bộ, đài');
  });

  it('folds to what Pagefind folds to: stripping combining marks gives the accent-free word', () => {
    const folded = foldForIndex('Đồng Khởi Đài Phát thanh Đảng').normalize('NFD').replace(/\p{M}/gu, '');
    expect(folded).toBe(foldVietnamese('Đồng Khởi Đài Phát thanh Đảng'));
  });

  it('refuses text that already contains the reserved mark, naming where', () => {
    expect(() => foldForIndex(`ab${STROKE}c`)).toThrow(/U\+0335.*position 2/);
  });

  it('folds a query like the index, reading the Icelandic eth as Đ and dropping a stray U+0335', () => {
    expect(foldQuery('Đồng Khởi')).toBe(`D${STROKE}ồng Khởi`);
    expect(foldQuery('Ðồng')).toBe(`D${STROKE}ồng`);
    expect(foldQuery('ðảng')).toBe(`d${STROKE}ảng`);
    expect(foldQuery('Đồng'.normalize('NFD'))).toBe(`D${STROKE}ồng`);
    expect(foldQuery(`d${STROKE}ong`)).toBe('dong');
  });

  it('round-trips any text without U+0335 (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'd', 'D', 'đ', 'Đ', 'ồ', ' ', '\u0301', 'x') }), (text) => {
        expect(unfoldForDisplay(foldForIndex(text))).toBe(text);
      }),
      { seed: 6, numRuns: 2000 },
    );
  });
});

describe('prepareQuery: phrase first for several words', () => {
  it('runs one word once', () => {
    expect(prepareQuery('  dang ')).toEqual({ display: 'dang', allWords: 'dang', phrase: null });
  });

  it('runs several words as a phrase and as all-words, folded', () => {
    expect(prepareQuery('Quảng   Trị')).toEqual({ display: 'Quảng Trị', allWords: 'Quảng Trị', phrase: '"Quảng Trị"' });
    expect(prepareQuery('dai phat thanh').phrase).toBe('"dai phat thanh"');
    expect(prepareQuery('Đồng Khởi').phrase).toBe(`"D${STROKE}ồng Khởi"`);
  });

  it('keeps a document number as one word', () => {
    expect(prepareQuery('129/2007/QĐ-TTg')).toEqual({ display: '129/2007/QĐ-TTg', allWords: `129/2007/QD${STROKE}-TTg`, phrase: null });
  });

  it('runs a query the reader quoted as typed, curly quotes included', () => {
    expect(prepareQuery('“quản trị”')).toEqual({ display: '“quản trị”', allWords: '"quản trị"', phrase: null });
  });

  it('treats an empty or quotes-only query as no query (browse by facets)', () => {
    expect(prepareQuery('   ')).toEqual({ display: '', allWords: null, phrase: null });
    expect(prepareQuery('""')).toEqual({ display: '', allWords: null, phrase: null });
  });
});

describe('document numbers in a query', () => {
  it('recognises a number as typed or pasted, and nothing else', () => {
    expect(documentNumberSlug('84/KH-UBND')).toBe('84-kh-ubnd');
    expect(documentNumberSlug(' 84/ KH-UBND ')).toBe('84-kh-ubnd');
    expect(documentNumberSlug('76/NQ-CP')).toBe('76-nq-cp');
    expect(documentNumberSlug('129/2007/QĐ-TTg')).toBe('129-2007-qd-ttg');
    expect(documentNumberSlug('01-NQ/TU')).toBe('01-nq-tu');
    expect(documentNumberSlug('2231/SNV-CCHC&PC')).toBe('2231-snv-cchc-pc');
    expect(documentNumberSlug('"30c/NQ-CP"')).toBe('30c-nq-cp');
    for (const other of ['quang tri', 'KH-UBND', '2022', 'Nghị quyết 76/NQ-CP', '1/2', '76 NQ CP']) expect(documentNumberSlug(other), other).toBeNull();
  });

  it('finds the cited documents with that number, whole numbers only', () => {
    const ids = ['76-nq-cp-2021', 'quang-tri-84-kh-ubnd-2021', 'ninh-thuan-huyen-ninh-phuoc-84-kh-ubnd-2022', 'ha-tinh-184-kh-ubnd-2024', '129-2007-qd-ttg', 'quang-tri-01-nq-tu-2021', '18-nq-tw-khoa-xii'];
    expect(documentsWithNumber('84-kh-ubnd', ids)).toEqual(['quang-tri-84-kh-ubnd-2021', 'ninh-thuan-huyen-ninh-phuoc-84-kh-ubnd-2022']);
    expect(documentsWithNumber('76-nq-cp', ids)).toEqual(['76-nq-cp-2021']);
    expect(documentsWithNumber('129-2007-qd-ttg', ids)).toEqual(['129-2007-qd-ttg']);
    expect(documentsWithNumber('01-nq-tu', ids)).toEqual(['quang-tri-01-nq-tu-2021']);
    expect(documentsWithNumber('18-nq-tw', ids)).toEqual(['18-nq-tw-khoa-xii']);
  });
});

describe('results', () => {
  const r = (id: string) => ({ id });
  it('lists phrase matches first, then the other all-words matches, then citing plans, each once', () => {
    expect(mergeRanked([
      { kind: 'phrase', results: [r('b'), r('c')] },
      { kind: 'words', results: [r('a'), r('b'), r('d'), r('c')] },
      { kind: 'cites', results: [r('e'), r('a')] },
    ])).toEqual([
      { result: r('b'), kind: 'phrase' },
      { result: r('c'), kind: 'phrase' },
      { result: r('a'), kind: 'words' },
      { result: r('d'), kind: 'words' },
      { result: r('e'), kind: 'cites' },
    ]);
    expect(mergeRanked([{ kind: 'phrase', results: null }, { kind: 'words', results: [r('a')] }])).toEqual([{ result: r('a'), kind: 'words' }]);
  });

  it('turns an excerpt into text and marks, restoring đ and decoding entities, never HTML', () => {
    expect(excerptParts(`Báo <mark>D${STROKE}ồng</mark> <mark>Khởi</mark> &amp; &lt;b&gt; d${STROKE}ài`)).toEqual([
      { text: 'Báo ', mark: false },
      { text: 'Đồng', mark: true },
      { text: ' ', mark: false },
      { text: 'Khởi', mark: true },
      { text: ' & <b> đài', mark: false },
    ]);
    expect(excerptParts('a <img src=x onerror=alert(1)> b')).toEqual([{ text: 'a  b', mark: false }]);
    expect(excerptParts('&#273;&#x110;')).toEqual([{ text: 'đĐ', mark: false }]);
  });
});

describe('facets and URL state', () => {
  it('encodes ids and labels, refusing an id with "|"', () => {
    expect(decodeFacetValue(encodeFacetValue({ id: 'quang-tri', label: 'Quảng Trị' }))).toEqual({ id: 'quang-tri', label: 'Quảng Trị' });
    expect(decodeFacetValue('ha-tinh/ubnd|Ủy ban | x')).toEqual({ id: 'ha-tinh/ubnd', label: 'Ủy ban | x' });
    expect(() => encodeFacetValue({ id: 'a|b', label: 'x' })).toThrow(/\|/);
  });

  it('orders facet options per facet: Vietnamese collation, years newest first, levels as given, documents by count', () => {
    const labels = (key: (typeof FACETS)[number]['key'], counts: Record<string, number>, selected: string | null = null, given: string[] = []) =>
      facetOptions(key, counts, selected, given).map((option) => `${option.label}:${option.count}${option.selected ? '*' : ''}`);
    expect(labels('tinh', { 'dak-lak|Đắk Lắk': 1, 'an-giang|An Giang': 2, 'ben-tre|Bến Tre': 1, 'dien-bien|Điện Biên': 1, 'da-nang|Đà Nẵng': 3 })).toEqual([
      'An Giang:2', 'Bến Tre:1', 'Đà Nẵng:3', 'Đắk Lắk:1', 'Điện Biên:1',
    ]);
    expect(labels('nam', { '2021|2021': 1, '2024|2024': 2, '2022|2022': 0 }, '2022')).toEqual(['2024:2', '2022:0*', '2021:1']);
    expect(labels('cap', { 'huyen|Cấp huyện': 1, 'tinh|Cấp tỉnh': 1, 'so-nganh|Sở': 1 }, null, ['tinh', 'so-nganh', 'huyen', 'xa'])).toEqual(['Cấp tỉnh:1', 'Sở:1', 'Cấp huyện:1']);
    expect(labels('van-ban', { 'a|Nghị quyết A': 1, 'b|Nghị quyết B': 3, 'c|Chỉ thị C': 0 })).toEqual(['Nghị quyết B:3', 'Nghị quyết A:1']);
  });

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
        fc.dictionary(fc.constantFrom(...facetKeys), fc.string({ minLength: 1 }).filter((v) => v.trim() === v && v !== '')),
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

describe('search record of the seeds', () => {
  const files = readPlans();
  const catalog = buildCatalog({ plans: files.map((plan) => ({ id: plan.id, data: plan.data })), agencies: readAgencies(), units: readProvinces(), indices: readIndices() });
  const index = buildCitationIndex(catalog.plans.map((plan) => ({ plan, text: bodyTextOfSource(files.find((f) => f.id === plan.id)!.body).text })));
  const plan = (id: string) => catalog.plans.find((p) => p.id.includes(id))!;

  it('gives a result its title, issuer, number and date, and facet values by stable id', () => {
    const kyAnh = plan('84-kh-ubnd');
    const record = searchRecord(kyAnh, planRelations(index, kyAnh), catalog.indices);
    expect(record.meta).toEqual({ number: '84/KH-UBND', date: '12/01/2024' });
    expect(record.filters['co-quan']).toEqual(['ha-tinh/ubnd-huyen-ky-anh|Ủy ban nhân dân huyện Kỳ Anh']);
    expect(record.filters.tinh).toEqual(['ha-tinh|Hà Tĩnh']);
    expect(record.filters['tinh-2025']).toEqual(['ha-tinh-2025|Hà Tĩnh']);
    expect(record.filters.nam).toEqual(['2024|2024']);
    expect(record.filters.cap).toEqual(['huyen|Cấp huyện']);
    expect(record.filters['chi-so']).toEqual(['pci|PCI', 'ddci|DDCI']);
    expect(record.filters['van-ban']).toContain('76-nq-cp-2021|Nghị quyết 76/NQ-CP (2021)');
    expect(record.sort).toEqual({ ngay: '2024-01-12' });
  });

  it('files a plan under its 2025 successor, sorts undated plans by year and leaves a self-citation out', () => {
    const benTre = plan('105-kh-ubnd');
    const record = searchRecord(benTre, planRelations(index, benTre), catalog.indices);
    expect(record.filters['tinh-2025']).toEqual(['vinh-long-2025|Vĩnh Long']);
    expect(record.filters['van-ban'].some((value) => value.startsWith('ben-tre-105-kh-ubnd'))).toBe(false);
    expect(searchRecord(plan('quang-tri'), { implements: [], cites: [] }, catalog.indices).sort).toEqual({ ngay: '2022-00-00' });
  });

  it('titles a result as the plan page does, from the heading the index holds', () => {
    for (const each of catalog.plans) expect(resultTitle(`${each.data.type.toUpperCase()}  ${each.data.title}`)).toBe(fullTitle(each));
    expect(resultTitle('Something else')).toBe('Something else');
  });

  it('labels cited documents with their year when known', () => {
    expect(citedDocumentLabel({ type: 'Nghị quyết', number: '76/NQ-CP', notations: [], date: '2021-07-15' })).toBe('Nghị quyết 76/NQ-CP (2021)');
    expect(citedDocumentLabel({ type: 'Kế hoạch', number: '84/KH-UBND', notations: [], date: null })).toBe('Kế hoạch 84/KH-UBND');
  });
});

describe('table cells end with a line break (no glued words in the page text)', () => {
  it('appends "\\n" to th and td, once', () => {
    const cell = (tagName: string, value: string) => ({ type: 'element' as const, tagName, properties: {}, children: [{ type: 'text' as const, value }] });
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'tr', properties: {}, children: [cell('th', 'STT'), cell('th', 'Nội dung '), cell('td', 'x')] }] };
    separateTableCells(separateTableCells(tree));
    const row = tree.children[0] as { children: { children: { value: string }[] }[] };
    expect(row.children.map((c) => c.children.map((t) => t.value).join(''))).toEqual(['STT\n', 'Nội dung ', 'x\n']);
  });
});
