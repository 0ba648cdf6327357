import { describe, expect, it } from 'vitest';
import { compareVi, sortVi } from '../../src/lib/collate';

describe('Vietnamese collation', () => {
  it('orders by the Vietnamese alphabet: a ă â b c d đ e ê … o ô ơ … u ư', () => {
    const words = ['Ơ', 'Đà Nẵng', 'Ư', 'Ă', 'A', 'Ô', 'D', 'Â', 'E', 'Ê', 'O', 'U', 'B'];
    expect(sortVi(words)).toEqual(['A', 'Ă', 'Â', 'B', 'D', 'Đà Nẵng', 'E', 'Ê', 'O', 'Ô', 'Ơ', 'U', 'Ư']);
  });

  it('puts Đ after D and before E, where a code-point sort puts it after Z', () => {
    const provinces = ['Điện Biên', 'Yên Bái', 'Đồng Nai', 'Bến Tre', 'Đắk Lắk', 'Cao Bằng', 'Đà Nẵng', 'Hà Tĩnh'];
    expect(sortVi(provinces)).toEqual(['Bến Tre', 'Cao Bằng', 'Đà Nẵng', 'Đắk Lắk', 'Điện Biên', 'Đồng Nai', 'Hà Tĩnh', 'Yên Bái']);
    expect([...provinces].sort().at(-1)).toBe('Đồng Nai'); // what a naive sort does
  });

  it('orders tones within a letter and numbers numerically', () => {
    expect(compareVi('ma', 'mà')).toBeLessThan(0);
    expect(sortVi(['Sở 10', 'Sở 2'])).toEqual(['Sở 2', 'Sở 10']);
  });

  it('sorts by a key', () => {
    expect(sortVi([{ n: 'Ninh Thuận' }, { n: 'Cao Bằng' }], (x) => x.n).map((x) => x.n)).toEqual(['Cao Bằng', 'Ninh Thuận']);
  });
});
