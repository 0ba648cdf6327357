import { describe, expect, it } from 'vitest';
import { AGENCY_LEVELS, LEVEL_DESCRIPTIONS, LEVEL_LABELS, PLAN_LEVELS } from '../../src/lib/levels';
import { isSlug } from '../../src/lib/slug';

describe('levels', () => {
  it('lists the plan levels in their fixed order, as URL-safe ids', () => {
    expect(PLAN_LEVELS).toEqual(['tinh', 'so-nganh', 'huyen', 'xa']);
    for (const level of AGENCY_LEVELS) expect(isSlug(level)).toBe(true);
  });

  it('labels every level and describes every plan level', () => {
    expect(Object.keys(LEVEL_LABELS).sort()).toEqual([...AGENCY_LEVELS].sort());
    expect(Object.keys(LEVEL_DESCRIPTIONS).sort()).toEqual([...PLAN_LEVELS].sort());
    expect(LEVEL_LABELS.huyen).toBe('Cấp huyện');
  });
});
