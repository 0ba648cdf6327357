import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { gatePlanFile } from '../../src/lib/content-gate/plan-file';
import { importPlan } from '../../src/lib/import-plan';
import { draftBody, draftMdx, draftPath } from '../../src/lib/plan-draft';
import { planSchema } from '../../src/lib/schemas/plan';
import { seedCorpus } from '../helpers/corpus';

const { catalog } = seedCorpus();
const raw = readFileSync(new URL('../../content/sources/003_f3464f3994928751.txt', import.meta.url), 'utf8');
const { plan } = importPlan(raw, [...catalog.agencies.values()], catalog.units, [...catalog.indices.values()]);

describe('draftPath', () => {
  it('files the draft under its issuer and year, named by its number', () => {
    expect(draftPath(plan)).toBe('ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd.mdx');
    expect(draftPath({ ...plan, number: null })).toBe('ha-tinh/ubnd-huyen-ky-anh/2024/ke-hoach-chua-ghi-so.mdx');
  });
  it('has no place for a plan whose issuer or year is unknown', () => {
    expect(draftPath({ ...plan, issuer: null })).toBeNull();
    expect(draftPath({ ...plan, year: null })).toBeNull();
  });
});

describe('draftBody', () => {
  it('keeps the text from the first "Thực hiện/Căn cứ" to before "Nơi nhận", with headings, items and MDX escaped', () => {
    const text =
      'KẾ HOẠCH\nTuyên truyền thử\n\nThực hiện Kế hoạch số 1/KH-UBND.\n\nI. MỤC ĐÍCH\n\n1. Mục đích chung\n\nNội dung {x} <b> dòng một\ndòng hai\n\n+ Ý một\n\n2. Hai. Ba.\n\nNơi nhận:\n- Như trên;';
    expect(draftBody(text, { ...plan, title: 'Tuyên truyền thử', tasks: [] })).toBe(
      'Thực hiện Kế hoạch số 1/KH-UBND.\n\n## I. MỤC ĐÍCH\n\n### 1. Mục đích chung\n\nNội dung \\{x\\} \\<b\\> dòng một dòng hai\n\n  - Ý một\n\n2\\. Hai. Ba.\n',
    );
  });
  it('writes the appendix as a GFM table, one row per task, with "|" escaped and lists joined by ";"', () => {
    const task = { ...plan.tasks[0]!, no: '1', content: 'a | b', product: null, lead: ['Sở A', 'Sở B'], partners: [], start: 'Quý I', end: null, notes: null };
    expect(draftBody('Căn cứ x\n', { ...plan, title: null, tasks: [task] })).toBe(
      'Căn cứ x\n\n## PHỤ LỤC\n\n| STT | Nội dung | Sản phẩm | Chủ trì | Phối hợp | Bắt đầu | Hoàn thành | Ghi chú |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| 1 | a \\| b |  | Sở A; Sở B |  | Quý I |  |  |\n',
    );
  });
  it('starts the Kỳ Anh draft at its legal basis and gives its sections as headings', () => {
    const body = draftBody(raw, plan);
    expect(body.startsWith('Thực hiện Kế hoạch số 08/KH-UBND ngày 08/01/2024 của Ủy ban nhân dân tỉnh Hà Tĩnh')).toBe(true);
    expect(body).toContain('\n\n## I. MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU CỤ THỂ\n\n### 1. Mục đích\n\n');
    expect(body).not.toContain('Nơi nhận');
  });
});

describe('draftMdx', () => {
  it('writes a draft that the content gate and the plan schema accept, with the imported fields and where it came from', () => {
    const mdx = draftMdx(raw, plan, '003_f3464f3994928751.txt', ['a note'], [{ original: 'Bru điện', corrected: 'Bưu điện', count: 1, reason: 'OCR' }]);
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    try {
      const path = join(dir, 'plans', draftPath(plan)!);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, mdx);
      const gated = gatePlanFile(path, 'draft.mdx', { planPath: `plans/${draftPath(plan)}`, images: new Set() });
      expect(gated.problems).toEqual([]);
      const parsed = planSchema.safeParse(gated.source!.frontmatter);
      expect(parsed.error?.issues ?? []).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const frontmatter = yaml.load(mdx.split('---\n')[1]!) as Record<string, unknown>;
    expect(frontmatter).toMatchObject({ number: '84/KH-UBND', issuer: 'ha-tinh/ubnd-huyen-ky-anh', year: 2024, duties: [], aliases: [] });
    expect(frontmatter['source']).toEqual({
      file: '003_f3464f3994928751.txt',
      corrections: [{ original: 'Bru điện', corrected: 'Bưu điện', count: 1, reason: 'OCR' }],
      notes: ['Draft made by npm run import; to be checked against the source.', 'a note'],
    });
    expect(mdx.endsWith(draftBody(raw, plan))).toBe(true);
  });
});
