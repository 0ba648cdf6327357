import { describe, expect, it } from 'vitest';
import { EMBED_PLANS, embedList } from '../../src/lib/embed-list';

describe('embed-list', () => {
  it('lists the EMBED_PLANS first plans and says how many there are', () => {
    const plans = Array.from({ length: EMBED_PLANS + 5 }, (_, i) => i);
    expect(embedList(plans)).toEqual({ shown: plans.slice(0, EMBED_PLANS), total: EMBED_PLANS + 5 });
  });

  it('lists a short list whole', () => {
    expect(embedList(['a', 'b'])).toEqual({ shown: ['a', 'b'], total: 2 });
    expect(embedList([])).toEqual({ shown: [], total: 0 });
  });
});
