import { describe, expect, it } from 'vitest';
import { foldVietnamese, isSlug, slugify } from '../../src/lib/slug';

describe('slugify', () => {
  it.each([
    ['Quảng Trị', 'quang-tri'],
    ['Đồng Khởi', 'dong-khoi'],
    ['ĐẢNG ĐOÀN', 'dang-doan'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'so-van-hoa-the-thao-va-du-lich'],
    ['84/KH-UBND', '84-kh-ubnd'],
    ['129/2007/QĐ-TTg', '129-2007-qd-ttg'],
    ['01-NQ/TU', '01-nq-tu'],
    ['Thừa Thiên Huế', 'thua-thien-hue'],
    ['  Kỳ Anh  ', 'ky-anh'],
    ['Ðà Nẵng', 'da-nang'], // Icelandic eth typed for Đ
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('gives the same slug for composed (NFC) and decomposed (NFD) text', () => {
    const name = 'Bến Tre Đồng Khởi';
    expect(slugify(name.normalize('NFD'))).toBe(slugify(name.normalize('NFC')));
  });

  it('always produces ASCII slugs or the empty string', () => {
    for (const input of ['Ủy ban nhân dân', '—', 'ỨỪỬỮỰ đđ', '!!!']) {
      const slug = slugify(input);
      expect(slug === '' || isSlug(slug)).toBe(true);
      expect(slug).toMatch(/^[a-z0-9-]*$/);
    }
  });

  it('folds đ/Đ, which have no Unicode decomposition', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(foldVietnamese('Đảng đoàn')).toBe('Dang doan');
  });
});
