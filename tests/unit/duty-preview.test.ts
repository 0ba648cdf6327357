import { describe, expect, it } from 'vitest';
import { AGENCY_DUTIES, KIND_DUTIES, previewDuties } from '../../src/lib/duty-preview';

describe('duty-preview', () => {
  it('shows the first duties and counts the rest', () => {
    const duties = Array.from({ length: AGENCY_DUTIES + 4 }, (_, i) => i);
    expect(previewDuties(duties, AGENCY_DUTIES)).toEqual({ shown: duties.slice(0, AGENCY_DUTIES), more: 4 });
    expect(previewDuties(duties, KIND_DUTIES).shown).toEqual([0, 1, 2]);
  });

  it('shows a short list whole, and refuses a size that is not a count', () => {
    expect(previewDuties(['a'], KIND_DUTIES)).toEqual({ shown: ['a'], more: 0 });
    expect(() => previewDuties([], -1)).toThrow(/non-negative integer/);
    expect(() => previewDuties([], 1.5)).toThrow(/non-negative integer/);
  });
});
