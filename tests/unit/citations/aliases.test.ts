import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ALIAS_NEIGHBOURHOOD, ALIASES } from '../../../src/lib/citations/aliases';

const file = load(readFileSync(new URL('../../../content/reference/programmes.yaml', import.meta.url), 'utf8'), { schema: CORE_SCHEMA }) as {
  programmes: { names: string[]; number: string; date: string }[];
};
const matches = (text: string) => ALIASES.filter((alias) => new RegExp(alias.pattern.source, alias.pattern.flags).test(text)).map((alias) => alias.number);

describe('aliases', () => {
  it('are the programmes of content/reference/programmes.yaml, in its order, with the issuing document', () => {
    expect(ALIASES.map((alias) => [alias.number, alias.date])).toEqual(file.programmes.map((p) => [p.number, p.date]));
    expect(ALIASES[0]).toMatchObject({ type: 'Nghị quyết', number: '76/NQ-CP', date: '2021-07-15', issuer: 'Chính phủ' });
  });

  it('match a name across line breaks, with or without spaces around the hyphen and the comma', () => {
    expect(matches('triển khai Chương trình tổng thể cải cách hành chính nhà nước\ngiai đoạn 2021-2030')).toEqual(['76/NQ-CP']);
    expect(matches('Chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030 của Chính phủ')).toEqual(['76/NQ-CP']);
    expect(matches('Chương trình chuyển đổi số quốc gia đến năm 2025 định hướng đến năm 2030')).toEqual(['749/QĐ-TTg']);
  });

  it('match whole words only', () => {
    expect(matches('Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 20301')).toEqual([]);
    expect(matches('Chương trình tổng thể cải cách hành chính')).toEqual([]);
  });

  it('are redundant next to an explicit citation within 160 characters', () => {
    expect(ALIAS_NEIGHBOURHOOD).toBe(160);
  });
});
