import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonListBytes, TextBytes } from '../../src/lib/text-bytes';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A citation record as /du-lieu/trich-dan.json holds them, Vietnamese text and all (~600 characters). */
const citation = {
  plan: 'ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd',
  part: 'body',
  start: 1234,
  end: 1256,
  surface: 'Nghị quyết số 76/NQ-CP',
  sentence:
    'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030; Kế hoạch số 84/KH-UBND của Ủy ban nhân dân huyện Kỳ Anh về tuyên truyền cải cách hành chính năm 2024.',
  key: 'nq-cp-76-2021',
  documentUrl: '/van-ban/nq-cp-76-2021/',
  type: 'Nghị quyết',
  number: '76/NQ-CP',
  numberAsWritten: '76/NQ-CP',
  date: '2021-07-15',
  issuer: 'Chính phủ',
};

describe('TextBytes', () => {
  it('encodes the pieces as one UTF-8 text, across chunk boundaries', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 30 }), (pieces) => {
        const out = new TextBytes();
        for (const piece of pieces) out.push(piece);
        expect(decode(out.bytes())).toBe(pieces.join(''));
      }),
    );
    const big = 'Đ'.repeat(700_000);
    expect(decode(new TextBytes().push(big).push('ư').push(big).bytes())).toBe(`${big}ư${big}`);
  });
});

describe('jsonListBytes', () => {
  it('parses back to the head fields and the list, one item a line', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }), fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }), (head, items) => {
        const text = decode(jsonListBytes(head, 'items', items));
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify({ ...head, items })));
      }),
    );
    expect(decode(jsonListBytes({ count: 2 }, 'plans', [{ a: 1 }, { b: 'Đ' }]))).toBe('{\n  "count": 2,\n  "plans": [\n    {"a":1},\n    {"b":"Đ"}\n  ]\n}\n');
    expect(decode(jsonListBytes({ count: 0 }, 'plans', []))).toBe('{\n  "count": 0,\n  "plans": []\n}\n');
  });

  it('writes a list longer than a JavaScript string can be, which JSON.stringify cannot', () => {
    // 1,000,000 citations of ~600 characters: about 600 M characters, over V8's limit of
    // about 2^29 (536.9 M). This is the 50,000-plan archive's citations file, in size.
    const n = 1_000_000;
    const items = Array.from({ length: n }, () => citation);
    expect(() => JSON.stringify({ count: n, citations: items })).toThrow(RangeError);
    const bytes = jsonListBytes({ count: n }, 'citations', items);
    const line = JSON.stringify(citation);
    expect(bytes.length).toBeGreaterThan(2 ** 29);
    const head = '{\n  "count": 1000000,\n  "citations": [\n    ';
    expect(decode(bytes.subarray(0, 10_000)).startsWith(`${head}${line},\n    ${line},\n`)).toBe(true);
    expect(decode(bytes.subarray(bytes.length - 10_000)).endsWith(`,\n    ${line}\n  ]\n}\n`)).toBe(true);
    const lineBytes = new TextEncoder().encode(`${line},\n    `).length;
    expect(bytes.length).toBe(new TextEncoder().encode(head).length + n * lineBytes - ',\n    '.length + '\n  ]\n}\n'.length);
  });
});
