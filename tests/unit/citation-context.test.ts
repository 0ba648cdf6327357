import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { citationContext } from '../../src/lib/citation-context';
import { planContext } from '../../src/lib/citation-index';
import { seedCorpus } from '../helpers/corpus';

const names = new Map([
  ['ha-tinh', 'Hà Tĩnh'],
  ['ha-tinh/huyen-ky-anh', 'Kỳ Anh'],
]);

describe('citation-context', () => {
  it('names the province and district and carries the issue date', () => {
    expect(citationContext({ province: 'ha-tinh', district: 'ha-tinh/huyen-ky-anh', date: '2024-01-12', year: 2024 }, names)).toEqual({
      province: { id: 'ha-tinh', name: 'Hà Tĩnh' },
      district: { id: 'ha-tinh/huyen-ky-anh', name: 'Kỳ Anh' },
      date: '2024-01-12',
    });
  });

  it("carries the plan's own number when there is one, so that the plan naming itself is not a citation", () => {
    expect(citationContext({ province: 'ha-tinh', district: null, date: null, year: 2024, number: '84/KH-UBND' }, names).number).toBe('84/KH-UBND');
  });

  it('falls back to the plan year without a date, and to the id without a name', () => {
    expect(citationContext({ province: 'quang-tri', district: null, date: null, year: 2022 }, names)).toEqual({ province: { id: 'quang-tri', name: 'quang-tri' }, district: null, date: '2022' });
    expect(citationContext({ province: null, district: null, date: null, year: null }, names)).toEqual({ province: null, district: null, date: null });
  });

  it('gives the catalog the context the remark plugin derives from the raw frontmatter', () => {
    const { files, catalog } = seedCorpus();
    const unitNames = new Map([...catalog.units.values()].map((unit) => [unit.key, unit.name]));
    for (const plan of catalog.plans) {
      const file = files.find((f) => f.id === plan.id)!;
      const raw = parseFrontmatter(readFileSync(file.filePath, 'utf8')).frontmatter as { province: string; district: string | null; date: string | null; year: number; number: string | null };
      const asThePluginReadsIt = citationContext(
        { province: raw.province, district: raw.district, date: raw.date != null ? String(raw.date) : null, year: raw.year, number: raw.number ?? null },
        unitNames,
      );
      expect(planContext(plan), plan.id).toEqual(asThePluginReadsIt);
    }
  });
});
