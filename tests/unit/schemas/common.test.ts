import { describe, expect, it } from 'vitest';
import { partialDate, slug, text } from '../../../src/lib/schemas/common';

describe('schemas/common', () => {
  it('text: trims and composes Vietnamese (NFC), refuses empty and non-text, naming the field', () => {
    expect(text('name').parse('  Quảng Trị ')).toBe('Quảng Trị');
    expect(text('name').parse('Quảng Trị'.normalize('NFD'))).toBe('Quảng Trị'.normalize('NFC'));
    expect(text('name').safeParse('   ').error?.issues[0]?.message).toBe('expected name, not an empty string');
    expect(text('name').safeParse(3).error?.issues[0]?.message).toBe('expected name as text');
  });

  it('slug: lowercase ASCII words joined by single hyphens', () => {
    expect(slug('id').parse('ubnd-huyen-ky-anh')).toBe('ubnd-huyen-ky-anh');
    for (const bad of ['Quang-Tri', 'quang--tri', 'quảng-trị', '-x']) expect(slug('id').safeParse(bad).success, bad).toBe(false);
  });

  it('partialDate: full, month or year dates, a bare year as a number; impossible dates refused', () => {
    expect(partialDate.parse('2024-01-12')).toEqual({ year: 2024, month: 1, day: 12 });
    expect(partialDate.parse('2024-01')).toEqual({ year: 2024, month: 1, day: null });
    expect(partialDate.parse(2022)).toEqual({ year: 2022, month: null, day: null });
    expect(partialDate.safeParse('2024-02-31').error?.issues[0]?.message).toMatch(/^day 31 does not exist in 02\/2024; expected a real date/);
    expect(partialDate.safeParse(true).success).toBe(false);
  });
});
