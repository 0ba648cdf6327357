import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/lib/number-format';

describe('number-format', () => {
  it('formats counts the Vietnamese way: a dot groups thousands', () => {
    expect([formatCount(0), formatCount(999), formatCount(1234), formatCount(1234567)]).toEqual(['0', '999', '1.234', '1.234.567']);
  });

  it('writes negative numbers and decimals with the Vietnamese separators', () => {
    expect([formatCount(-1500), formatCount(2.5)]).toEqual(['-1.500', '2,5']);
  });
});
