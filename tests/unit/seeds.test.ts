/**
 * The five seed plans against their sources: the facts the texts state, the appendix
 * table against the structured tasks, and the body word for word against the source.
 */
import { readFileSync } from 'node:fs';
import type { Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/markdown/parse';
import { readPlans, type PlanFile } from '../../scripts/lib/read-content';

const SOURCES_DIR = new URL('../../content/sources/', import.meta.url).pathname;
const plans = readPlans();
const bySource = (file: string) => plans.find((plan) => plan.data.source.file === file)!;

describe('seed facts', () => {
  it('000 Quảng Trị 2022: unnumbered, undated draft signed TM. UBND by Chủ tịch Võ Văn Hưng', () => {
    const { data } = bySource('000_a3a2f507bb98c9f5.txt');
    expect(data).toMatchObject({ number: null, symbol: 'KH-UBND', status: 'du-thao', year: 2022, place: 'Quảng Trị', province: 'quang-tri', level: 'tinh' });
    expect(data.date).toEqual({ year: 2022, month: null, day: null });
    expect(data.signer).toEqual({ name: 'Võ Văn Hưng', title: 'Chủ tịch', capacity: 'TM.', lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] });
    expect(data.letterhead).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ']);
    expect(data.tasks).toHaveLength(4);
  });

  it('001 Ninh Phước 2024: unnumbered, dated only tháng 01 năm 2024, signed KT. by Phó Chủ tịch Ngô Khánh', () => {
    const { data } = bySource('001_a689da5a626b9bf9.txt');
    expect(data).toMatchObject({ number: null, status: 'du-thao', year: 2024, place: 'Ninh Phước', district: 'ninh-thuan/huyen-ninh-phuoc', level: 'huyen' });
    expect(data.date).toEqual({ year: 2024, month: 1, day: null });
    expect(data.signer).toMatchObject({ name: 'Ngô Khánh', title: 'Phó Chủ tịch', capacity: 'KT.' });
    expect(data.letterhead).toBeNull();
  });

  it('002 Bến Tre 2021: number only in the appendix caption, 105/KH-UBND of 30/12/2020', () => {
    const plan = bySource('002_77040273e88d3b8a.txt');
    expect(plan.data).toMatchObject({ number: '105/KH-UBND', status: 'ban-hanh', year: 2021, place: null, province: 'ben-tre' });
    expect(plan.data.date).toEqual({ year: 2020, month: 12, day: 30 });
    expect(plan.body).toContain('Kế hoạch số 105/KH-UBND ngày 30 tháng 12 năm 2020');
    expect(plan.data.signer).toEqual({ name: 'Trần Ngọc Tam', title: null, capacity: null, lines: [] });
    expect(plan.data.tasks).toHaveLength(13);
  });

  it('003 Kỳ Anh: 84/KH-UBND of 12/01/2024, with the "Bru điện" conversion errors corrected and recorded', () => {
    const plan = bySource('003_f3464f3994928751.txt');
    expect(plan.data).toMatchObject({ number: '84/KH-UBND', year: 2024, district: 'ha-tinh/huyen-ky-anh' });
    expect(plan.data.date).toEqual({ year: 2024, month: 1, day: 12 });
    expect(plan.data.signer).toMatchObject({ name: 'Dương Thị Vân Anh', capacity: 'KT.' });
    expect(plan.body).not.toMatch(/Bru điện|bu chính/);
    expect(plan.data.source.corrections).toContainEqual(expect.objectContaining({ original: 'Bru điện', corrected: 'Bưu điện', count: 4 }));
  });

  it('004 Sở VHTTDL Cao Bằng: unnumbered plan of 07/01/2022 signed by its Giám đốc', () => {
    const { data } = bySource('004_db0b1a17f5ee1002.txt');
    expect(data).toMatchObject({ number: null, symbol: 'KH-SVHTTDL', level: 'so-nganh', issuer: 'cao-bang/so-vhttdl' });
    expect(data.date).toEqual({ year: 2022, month: 1, day: 7 });
    expect(data.signer).toEqual({ name: 'Sầm Việt An', title: 'Giám đốc', capacity: null, lines: ['GIÁM ĐỐC'] });
  });
});

const parseBody = parseMdx;
const clean = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

describe.each(plans.map((plan) => [plan.data.source.file, plan] as const))('%s', (_file, plan: PlanFile) => {
  const tree = parseBody(plan.body);

  it('has an appendix table that agrees with the structured tasks', () => {
    const tables: Table[] = [];
    visit(tree, 'table', (table: Table) => void tables.push(table));
    if (plan.data.tasks.length === 0) {
      expect(tables).toHaveLength(0);
      return;
    }
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.children.slice(1).map((row) => row.children.map((cell) => clean(toString(cell))));
    expect(rows).toHaveLength(plan.data.tasks.length);
    rows.forEach((cells, index) => {
      const task = plan.data.tasks[index]!;
      expect(cells[0]).toBe(task.no);
      expect(cells).toContain(clean(task.content));
      if (task.product) expect(cells).toContain(clean(task.product));
      for (const body of [...task.lead, ...task.partners]) {
        expect(cells.some((cell) => cell.includes(clean(body)))).toBe(true);
      }
      for (const period of [task.start, task.end]) if (period) expect(cells).toContain(clean(period));
    });
  });

  it('records each correction exactly: its original occurs in the source as many times as it says', () => {
    const source = readFileSync(`${SOURCES_DIR}${plan.data.source.file}`, 'utf8').normalize('NFC');
    for (const correction of plan.data.source.corrections) {
      expect({ original: correction.original, occurrences: source.split(correction.original).length - 1 }).toEqual({
        original: correction.original,
        occurrences: correction.count,
      });
    }
  });

  it('reproduces the source text word for word, except the recorded corrections', () => {
    let source = readFileSync(`${SOURCES_DIR}${plan.data.source.file}`, 'utf8').normalize('NFC');
    for (const correction of plan.data.source.corrections) {
      source = source.split(correction.original).join(correction.corrected);
    }
    source = clean(
      source
        .replace(/<[^>]+>/g, ' ')
        .replace(/\*+/g, '')
        .replace(/^#+ /gm, ''),
    );
    // Every heading and paragraph outside tables appears in the source, in order.
    let cursor = 0;
    let covered = 0;
    const missing: string[] = [];
    const visitBlocks = (nodes: readonly RootContent[]) => {
      for (const node of nodes) {
        if (node.type === 'table') continue;
        if (node.type === 'heading' || node.type === 'paragraph') {
          const text = clean(toString(node));
          const at = source.indexOf(text, cursor);
          if (at === -1) missing.push(text);
          else {
            cursor = at + text.length;
            covered += text.length;
          }
        } else if ('children' in node) visitBlocks(node.children as RootContent[]);
      }
    };
    visitBlocks(tree.children);
    expect(missing).toEqual([]);
    // And nothing of the source's text (up to the recipients) was left out: the blocks
    // cover it all but list markers and spaces.
    const start = source.indexOf(clean(toString(tree.children.find((n) => n.type === 'paragraph')!)));
    const end = source.search(/Nơi nhận:/);
    const span = source
      .slice(start, end)
      .replace(/(^| )[-+] /g, ' ')
      .replace(/\s+/g, '').length;
    const blocksBeforeRecipients = covered - (plan.data.tasks.length > 0 ? tailLength(tree) : 0);
    expect(blocksBeforeRecipients).toBeGreaterThanOrEqual(span * 0.98);
  });
});

/** Length of the appendix's text blocks (heading, title lines, caption), which follow the recipients in the source. */
function tailLength(tree: Root): number {
  const index = tree.children.findIndex((node) => node.type === 'heading' && /^phụ lục/iu.test(toString(node)));
  return tree.children
    .slice(index)
    .filter((node) => node.type !== 'table')
    .reduce((sum, node) => sum + clean(toString(node)).length, 0);
}
