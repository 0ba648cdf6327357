/**
 * plan-draft: the draft's path (issuer/year/number; for an unnumbered plan a name from its month
 * and title, so that a batch of such drafts of one issuer and year does not land on one file —
 * found on the real corpus: five unnumbered plans of Sở Công Thương Lào Cai, 2026, all went to
 * ke-hoach-chua-ghi-so.mdx), its body and the whole MDX.
 */
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
import type { ImportedPlan } from '../../src/lib/import-plan';
import { SLUG_PATTERN } from '../../src/lib/slug';

const { catalog } = seedCorpus();
const raw = readFileSync(new URL('../../content/sources/003_f3464f3994928751.txt', import.meta.url), 'utf8');
const { plan } = importPlan(raw, [...catalog.agencies.values()], catalog.units, [...catalog.indices.values()]);

describe('draftPath', () => {
  it('files the draft under its issuer and year, named by its number', () => {
    expect(draftPath(plan)).toBe('ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd.mdx');
    expect(draftPath({ ...plan, number: null, title: null, date: '2024' })).toBe('ha-tinh/ubnd-huyen-ky-anh/2024/ke-hoach-chua-ghi-so.mdx');
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
  it('starts after a title printed over several lines, even when its first line reads like the body', () => {
    // The layout of a real Lào Cai plan (tests/fixtures/real/SOURCES.md, Word): the title's first line starts with "Triển khai".
    const text =
      'KẾ HOẠCH\n\nTriển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026\n\ncủa Ban Thường vụ Tỉnh ủy về tăng cường\n\ncông tác quản lý khoáng sản\n\nThực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch.\n\nI. MỤC ĐÍCH\n\nNơi nhận:';
    const title = 'Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy về tăng cường công tác quản lý khoáng sản';
    expect(draftBody(text, { ...plan, title, tasks: [] })).toBe('Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch.\n\n## I. MỤC ĐÍCH\n');
    // On the type word's line, continued below.
    const shared = 'KẾ HOẠCH Triển khai thực hiện Chỉ thị số 11-CT/TU\ncủa Ban Thường vụ\n\nCăn cứ Luật.\n\nNơi nhận:';
    expect(draftBody(shared, { ...plan, title: 'Triển khai thực hiện Chỉ thị số 11-CT/TU của Ban Thường vụ', tasks: [] })).toBe('Căn cứ Luật.\n');
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
    expect(frontmatter).toMatchObject({ number: '84/KH-UBND', issuer: 'ha-tinh/ubnd-huyen-ky-anh', year: 2024, aliases: [] });
    // The draft carries the duties the import read from the organisation section, each body with its items verbatim.
    expect(plan.duties.length).toBeGreaterThan(0);
    expect(frontmatter['duties']).toEqual(plan.duties.map((d) => expect.objectContaining({ agency: d.agency, items: d.items })));
    expect(frontmatter['source']).toEqual({
      file: '003_f3464f3994928751.txt',
      corrections: [{ original: 'Bru điện', corrected: 'Bưu điện', count: 1, reason: 'OCR' }],
      notes: ['Draft made by npm run import; to be checked against the source.', 'a note'],
    });
    expect(mdx.endsWith(draftBody(raw, plan))).toBe(true);
  });
});

const unnumbered = (fields: Partial<ImportedPlan>): ImportedPlan => ({
  type: 'Kế hoạch',
  number: null,
  symbol: null,
  title: null,
  year: 2026,
  date: null,
  place: 'Lào Cai',
  issuer: 'lao-cai/so-cong-thuong',
  level: null,
  province: 'lao-cai',
  district: null,
  status: 'du-thao',
  letterhead: null,
  signer: { name: null, title: null, capacity: null, lines: [] },
  recipients: [],
  legalBasis: [],
  indices: [],
  tasks: [],
  duties: [],
  ...fields,
});

// The titles of real plans in the corpus (tests/fixtures/real/SOURCES.md: KH-3024…, KH-3898…, KH-3957…).
const CHECK = 'Kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp, tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai';
const TRAIN = 'Huấn luyện, kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn cho Người quản lý vật liệu nổ công nghiệp, tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai';

describe('draftPath of an unnumbered plan (a Word draft with "Số:      /KH-SCT")', () => {
  it('unnumbered plans of one issuer and year get distinct names from month and title, ASCII, at most 72 characters', () => {
    const paths = [unnumbered({ date: '2026-05', title: CHECK }), unnumbered({ date: '2026-07', title: CHECK }), unnumbered({ date: '2026-06', title: TRAIN })].map(draftPath);
    expect(new Set(paths).size).toBe(3);
    expect(paths[0]).toBe('lao-cai/so-cong-thuong/2026/2026-05-kiem-tra-cap-giay-chung-nhan-huan-luyen-ky-thuat-an-toan-vat.mdx');
    for (const p of paths) {
      const name = p!
        .split('/')
        .pop()!
        .replace(/\.mdx$/, '');
      expect(name).toMatch(SLUG_PATTERN);
      expect(name.length).toBeLessThanOrEqual(72);
    }
  });

  it('the same document imported again gets the same name', () => {
    expect(draftPath(unnumbered({ date: '2026-05', title: CHECK }))).toBe(draftPath(unnumbered({ date: '2026-05', title: CHECK })));
  });

  it('no title: ke-hoach-chua-ghi-so, with the month when the date has one', () => {
    expect(draftPath(unnumbered({}))).toBe('lao-cai/so-cong-thuong/2026/ke-hoach-chua-ghi-so.mdx');
    expect(draftPath(unnumbered({ date: '2026-04' }))).toBe('lao-cai/so-cong-thuong/2026/ke-hoach-chua-ghi-so-2026-04.mdx');
    expect(draftPath(unnumbered({ date: '2026' }))).toBe('lao-cai/so-cong-thuong/2026/ke-hoach-chua-ghi-so.mdx');
  });
});
