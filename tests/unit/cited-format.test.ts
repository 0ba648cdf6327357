import { describe, expect, it } from 'vitest';
import { documentDate, documentScope, documentTitle, quoteParts } from '../../src/lib/cited-format';
import { documentUrl } from '../../src/lib/urls';

describe('cited-format', () => {
  it('titles a numbered document by type and number, a law cited by name by its name', () => {
    expect(documentTitle({ type: 'Nghị quyết', number: '76/NQ-CP', notations: ['76/NQ-CP'] })).toBe('Nghị quyết 76/NQ-CP');
    expect(documentTitle({ type: 'Luật', number: null, notations: ['Luật Ban hành văn bản quy phạm pháp luật'] })).toBe('Luật Ban hành văn bản quy phạm pháp luật');
  });

  it('dates a document as far as the citations say, or says the date is unknown', () => {
    expect(documentDate({ date: '2021-07-15' })).toBe('15/07/2021');
    expect(documentDate({ date: '2021' })).toBe('2021');
    expect(documentDate({ date: null })).toBe('không rõ ngày');
  });

  it('puts a document page under /van-ban/', () => {
    expect(documentUrl('76-nq-cp')).toBe('/van-ban/76-nq-cp/');
  });

  it('says whether a document is central or local, and the Party’s', () => {
    expect(documentScope({ national: true, party: false })).toBe('Văn bản trung ương');
    expect(documentScope({ national: true, party: true })).toBe('Văn bản trung ương của Đảng');
    expect(documentScope({ national: false, party: true })).toBe('Văn bản địa phương của Đảng');
    expect(documentScope({ national: false, party: false })).toBe('Văn bản địa phương');
  });

  it('cuts a quote around the cited words, white space of the citation folded', () => {
    expect(quoteParts('Thực hiện Nghị quyết số 76/NQ-CP của Chính phủ.', 'Nghị quyết số\n76/NQ-CP')).toEqual(['Thực hiện ', 'Nghị quyết số 76/NQ-CP', ' của Chính phủ.']);
    expect(quoteParts('Một câu khác.', 'Nghị quyết số 76/NQ-CP')).toEqual(['Một câu khác.']);
  });
});
