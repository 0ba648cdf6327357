/** Route data of the calendar (/lich/, /lich/<province>/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { calendarPageData, calendarPaths } from '../../../src/data/routes/calendar';
import { getAssignments } from '../../../src/data/catalog';
import { timeline } from '../../../src/lib/assignments';

describe('routes/calendar', () => {
  it('shows every dated entry, or one province’s, and offers the provinces with plans', async () => {
    const assignments = await getAssignments();
    const all = await calendarPageData();
    expect(all.entries).toEqual(timeline(assignments.tasks, assignments.deadlines));
    expect(all.provinces.map((u) => u.key)).toEqual((await calendarPaths()).map((p) => p.params.province));
    const quangTri = all.provinces.find((u) => u.key === 'quang-tri')!;
    const one = await calendarPageData(quangTri);
    expect(one.entries.length).toBeGreaterThan(0);
    expect(one.entries.every((e) => e.plan.province.key === 'quang-tri')).toBe(true);
    expect(one.entries).toEqual(all.entries.filter((e) => e.plan.province.key === 'quang-tri'));
  });
});
