import { describe, expect, it } from 'vitest';
import { planJsonLd } from '../../src/lib/plan-json-ld';
import { seedCorpus } from '../helpers/corpus';

const { plan } = seedCorpus();

describe('plan-json-ld', () => {
  it('describes a numbered plan as schema.org Legislation with its number, date and issuer', () => {
    expect(planJsonLd(plan('84-kh-ubnd'), 'https://example.gov.vn')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: 'Kế hoạch tuyên truyền cải cách hành chính, Chỉ số năng lực cạnh tranh (PCI), Chỉ số đánh giá năng lực cạnh tranh các đơn vị, địa phương (DDCI) trên địa bàn huyện Kỳ Anh năm 2024',
      legislationType: 'Kế hoạch',
      legislationIdentifier: '84/KH-UBND',
      legislationDate: '2024-01-12',
      inLanguage: 'vi',
      legislationJurisdiction: 'Tỉnh Hà Tĩnh',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'Ủy ban nhân dân huyện Kỳ Anh' },
      url: 'https://example.gov.vn/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/',
    });
  });

  it('leaves out the number of an unnumbered draft and says it is a draft; a year-only date stays a year', () => {
    const ld = planJsonLd(plan('quang-tri'), new URL('https://example.gov.vn/'));
    expect(ld).not.toHaveProperty('legislationIdentifier');
    expect(ld.legislationDate).toBe('2022');
    expect(ld.legislationLegalForce).toBe('Chưa ghi số (dự thảo)');
  });

  it('resolves the URL against the public address it is given', () => {
    expect(planJsonLd(plan('84-kh-ubnd'), 'http://127.0.0.1:4321').url).toBe('http://127.0.0.1:4321/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/');
  });
});
