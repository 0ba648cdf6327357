// Split from tests/unit/search.test.ts (one test file per module); assertions unchanged.
import { describe, expect, it } from 'vitest';
import { planRelations } from '../../../src/lib/citation-index';
import { citedDocumentLabel, searchRecord } from '../../../src/lib/search/record';
import { seedCorpus } from '../../helpers/corpus';

describe('search record of the seeds', () => {
  const { catalog, index, plan } = seedCorpus();

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

  it('labels cited documents with their year when known', () => {
    expect(citedDocumentLabel({ type: 'Nghị quyết', number: '76/NQ-CP', notations: [], date: '2021-07-15' })).toBe('Nghị quyết 76/NQ-CP (2021)');
    expect(citedDocumentLabel({ type: 'Kế hoạch', number: '84/KH-UBND', notations: [], date: null })).toBe('Kế hoạch 84/KH-UBND');
  });
});
