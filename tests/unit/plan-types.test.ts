import { describe, expect, it } from 'vitest';
import { PLAN_TYPES } from '../../src/lib/plan-types';
import { seedCorpus } from '../helpers/corpus';

describe('plan-types', () => {
  it('lists the plan-like document types, and every seed plan has one of them', () => {
    expect(PLAN_TYPES).toEqual(['Kế hoạch', 'Chương trình', 'Đề án', 'Phương án']);
    for (const plan of seedCorpus().catalog.plans) expect(PLAN_TYPES as readonly string[]).toContain(plan.data.type);
  });
});
