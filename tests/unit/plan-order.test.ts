import { describe, expect, it } from 'vitest';
import { comparePlansNewestFirst, planSortDate } from '../../src/lib/plan-order';
import { seedCorpus } from '../helpers/corpus';

const { catalog, plan } = seedCorpus();

describe('plan-order', () => {
  it('sorts an undated plan by the first day of its plan year', () => {
    expect(planSortDate(plan('quang-tri').data)).toEqual({ year: 2022, month: null, day: null });
    expect(planSortDate(plan('84-kh-ubnd').data)).toEqual({ year: 2024, month: 1, day: 12 });
  });

  it('lists plans newest first, the catalog in that order', () => {
    expect([...catalog.plans].sort(comparePlansNewestFirst)).toEqual(catalog.plans);
    expect(comparePlansNewestFirst(plan('84-kh-ubnd'), plan('105-kh-ubnd'))).toBeLessThan(0);
  });

  it('breaks ties by plan year, then the title in Vietnamese order, then the id', () => {
    const a = plan('84-kh-ubnd');
    const later = { ...a, data: { ...a.data, year: 2025 } };
    expect(comparePlansNewestFirst(later, a)).toBeLessThan(0);
    const titled = (title: string, id: string) => ({ ...a, id, data: { ...a.data, title } });
    expect(comparePlansNewestFirst(titled('Đào tạo', 'x'), titled('Ê-đê', 'y'))).toBeLessThan(0);
    expect(comparePlansNewestFirst(titled('A', 'a'), titled('A', 'b'))).toBeLessThan(0);
  });
});
