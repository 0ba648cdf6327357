import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { loadAgencyFile, loadProvinceUnits } from '../../src/lib/content-loaders';

const reference = readFileSync(new URL('../../content/provinces/provinces-vn.json', import.meta.url), 'utf8');
const districts = readFileSync(new URL('../../content/provinces/districts.yaml', import.meta.url), 'utf8');

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems.map((p) => `${p.file} › ${p.field}: ${p.message}`);
  }
  return [];
}

describe('provinces', () => {
  const units = loadProvinceUnits(reference, districts);
  const byId = new Map(units.map((unit) => [unit.id, unit.data]));

  it('has the 63 units before 2025, the 34 from 2025-07-01 and the districts the plans name', () => {
    expect(units.filter((u) => u.data.tier === 'province' && u.data.era === 'pre-2025')).toHaveLength(63);
    expect(units.filter((u) => u.data.era === '2025')).toHaveLength(34);
    expect(units.filter((u) => u.data.tier === 'district').map((u) => u.id)).toEqual(['ninh-thuan/huyen-ninh-phuoc', 'ha-tinh/huyen-ky-anh']);
  });

  it('keeps a new unit apart from its name-bearing predecessor', () => {
    expect(byId.get('quang-tri')).toMatchObject({ era: 'pre-2025', successor: 'quang-tri-2025' });
    expect(byId.get('quang-tri-2025')).toMatchObject({ era: '2025', predecessors: ['quang-tri', 'quang-binh'] });
    expect(byId.get('ben-tre')?.successor).toBe('vinh-long-2025');
    expect(byId.get('ninh-thuan')?.successor).toBe('khanh-hoa-2025');
  });

  it('gives every pre-2025 province a successor that exists and lists it back', () => {
    for (const unit of units.filter((u) => u.data.era === 'pre-2025' && u.data.tier === 'province')) {
      const successor = byId.get(unit.data.successor!);
      expect(successor?.predecessors, unit.id).toContain(unit.id);
    }
  });

  it('notes that the district level ended on 2025-07-01', () => {
    expect(byId.get('ha-tinh/huyen-ky-anh')).toMatchObject({ type: 'huyện', name: 'Kỳ Anh', parent: 'ha-tinh', until: '2025-06-30' });
    expect(byId.get('ha-tinh/huyen-ky-anh')?.note).toMatch(/kết thúc hoạt động từ ngày 01\/7\/2025/);
  });

  it('names the file and the entry of a bad district', () => {
    expect(problemsOf(() => loadProvinceUnits(reference, '- province: ha-tinh\n  type: xã\n  name: X\n  source: s\n'))).toEqual([
      expect.stringMatching(/^content\/provinces\/districts\.yaml › \[0\]\.type: expected type as one of/),
    ]);
    expect(problemsOf(() => loadProvinceUnits(reference, 'a: [b'))[0]).toMatch(/districts\.yaml › line 1:6: not valid YAML/);
  });
});

describe('agencies', () => {
  const file = 'content/agencies/quang-tri.yaml';

  it('ids an agency by its file and id, and takes its province from the file name', () => {
    const [agency] = loadAgencyFile(file, '- id: so-noi-vu\n  name: Sở Nội vụ tỉnh Quảng Trị\n  kind: so-noi-vu\n  level: so-nganh\n');
    expect(agency).toEqual({
      id: 'quang-tri/so-noi-vu',
      data: { id: 'so-noi-vu', name: 'Sở Nội vụ tỉnh Quảng Trị', shortNames: [], kind: 'so-noi-vu', level: 'so-nganh', province: 'quang-tri', district: null },
    });
    expect(loadAgencyFile('content/agencies/trung-uong.yaml', '- id: bo-noi-vu\n  name: Bộ Nội vụ\n  kind: bo-nganh-trung-uong\n  level: trung-uong\n')[0]!.data.province).toBeNull();
  });

  it('names the file, the entry and the field of each problem', () => {
    const yaml = [
      '- id: so-noi-vu',
      '  name: Sở Nội vụ',
      '  kind: so-noi-vu',
      '  level: so-nganh',
      '- id: so-noi-vu',
      '  name: Trùng',
      '  kind: so-noi-vu',
      '  level: so-nganh',
      '- id: Sở Tư pháp',
      '  name: Sở Tư pháp',
      '  kind: so-tu-phap',
      '  level: so-nganh',
      '- id: bao',
      '  name: Báo',
      '  kind: newspaper',
      '  level: so-nganh',
      '  province: ha-tinh',
    ].join('\n');
    expect(problemsOf(() => loadAgencyFile(file, yaml))).toEqual([
      `${file} › [1] (so-noi-vu).id: duplicate agency id "so-noi-vu" in this file`,
      expect.stringMatching(/\[2\] \(Sở Tư pháp\)\.id: expected id .* as a lowercase ASCII slug/),
      `${file} › [3] (bao).province: leave province out: it is taken from the file name ("quang-tri")`,
    ]);
    expect(problemsOf(() => loadAgencyFile(file, '- id: bao\n  name: Báo\n  kind: newspaper\n  level: so-nganh\n'))).toEqual([
      expect.stringMatching(/\[0\] \(bao\)\.kind: expected kind as one of: ubnd-tinh/),
    ]);
    expect(problemsOf(() => loadAgencyFile(file, 'id: x'))).toEqual([`${file} › : expected a YAML list of agencies (lines starting with "- id: …")`]);
  });
});
