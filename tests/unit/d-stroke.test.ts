import { describe, expect, it } from 'vitest';
import { D_STROKE_LOOKALIKES, foldDStroke, readDStroke } from '../../src/lib/d-stroke';

describe('d-stroke', () => {
  it('reads the Icelandic eth typed for đ/Đ as the Vietnamese letter', () => {
    expect(readDStroke('Ðồng Khởi, ðoàn')).toBe('Đồng Khởi, đoàn');
    expect(Object.values(D_STROKE_LOOKALIKES).sort()).toEqual(['Đ', 'đ']);
  });

  it('writes đ/Đ as d/D, or as what a folding asks for, and nothing else', () => {
    expect(foldDStroke('Đảng đoàn')).toBe('Dảng doàn');
    expect(foldDStroke('Đđ', 'x', 'X')).toBe('Xx');
    expect(foldDStroke('ð')).toBe('ð');
  });
});
