import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, seededRandom } from '../../scripts/lib/bench/corpus';
import { median } from '../../scripts/lib/bench/statistics';

const ROOT = new URL('../../', import.meta.url).pathname;
mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, '.tmp', 'corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function readPlans(dir: string) {
  const files = (readdirSync(join(dir, 'plans'), { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).sort();
  return files.map((file) => {
    const text = readFileSync(join(dir, 'plans', file), 'utf8');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads generated frontmatter fields of any shape, as YAML gives them
    return { file, text, data: yaml.load(text.slice(4, text.indexOf('\n---', 4))) as Record<string, any> };
  });
}

describe('benchmark corpus generator', () => {
  const dir = join(scratch, 'a');
  const facts = generateCorpus({ contentDir: join(ROOT, 'content'), dir, n: 200, seed: 7 });
  const plans = readPlans(dir);

  it('is deterministic: the same seed writes the same files', () => {
    const again = join(scratch, 'b');
    generateCorpus({ contentDir: join(ROOT, 'content'), dir: again, n: 200, seed: 7 });
    expect(readPlans(again).map((p) => [p.file, p.text])).toEqual(plans.map((p) => [p.file, p.text]));
  });

  it('spreads plans over years 2018–2026, issuers of every level and both eras', () => {
    expect(plans).toHaveLength(200);
    expect(facts.plans).toBe(200);
    expect(new Set(plans.map((p) => p.data.year))).toEqual(new Set([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]));
    expect(new Set(plans.map((p) => p.data.level))).toEqual(new Set(['tinh', 'so-nganh', 'huyen', 'xa']));
    // District plans only before 1 July 2025, commune plans only from then on.
    for (const plan of plans.filter((p) => p.data.level === 'huyen')) expect(plan.data.date < '2025-07-01').toBe(true);
    for (const plan of plans.filter((p) => p.data.level === 'xa')) expect(plan.data.date >= '2025-07-01').toBe(true);
    expect(new Set(plans.map((p) => p.data.province)).size).toBeGreaterThan(40);
    expect(facts.issuers).toBeGreaterThan(150);
  });

  it("numbers each issuer's plans of a year in the order of their dates", () => {
    const byIssuerYear = new Map<string, { date: string; n: number }[]>();
    for (const plan of plans) {
      const key = `${plan.data.issuer}/${plan.data.year}`;
      byIssuerYear.set(key, [...(byIssuerYear.get(key) ?? []), { date: plan.data.date, n: Number(String(plan.data.number).split('/')[0]) }]);
    }
    for (const list of byIssuerYear.values()) {
      list.sort((a, b) => a.date.localeCompare(b.date) || a.n - b.n);
      for (let i = 1; i < list.length; i++) expect(list[i]!.n).toBeGreaterThan(list[i - 1]!.n);
    }
  });

  it("varies lengths and appendices, with the seeds' place names replaced", () => {
    expect(facts.fileBytes.max).toBeGreaterThan(2 * facts.fileBytes.min);
    expect(facts.withAppendix).toBeGreaterThan(50);
    expect(facts.withAppendix).toBeLessThan(150);
    const texts = plans.map((p) => p.text.slice(p.text.indexOf('\n---', 4)));
    expect(new Set(texts).size).toBe(200);
    expect(texts.filter((t) => t.includes('Kỳ Anh')).length).toBe(0);
  });

  it("gives every appendix table its frontmatter tasks, row for row, in the plan's years", () => {
    const withTasks = plans.filter((p) => p.data.tasks.length > 0);
    expect(withTasks).toHaveLength(facts.withAppendix);
    expect(facts.tasks).toBe(withTasks.reduce((sum, p) => sum + p.data.tasks.length, 0));
    for (const plan of withTasks) {
      const tasks = plan.data.tasks as { no: string; content: string; lead: string[]; start: string | null; end: string | null }[];
      const table = plan.text.slice(plan.text.lastIndexOf('\n\n| ')).trim().split('\n').slice(2);
      expect(tasks.map((task) => task.no)).toEqual(table.map((_, i) => String(i + 1)));
      tasks.forEach((task, i) => {
        expect(table[i]).toContain(task.content);
        expect(task.lead.length).toBeGreaterThan(0);
        // The seeds' periods (2020–2022) moved to the plan's year or the one before it.
        for (const year of `${task.start ?? ''} ${task.end ?? ''}`.match(/\b20\d\d\b/g) ?? []) expect([plan.data.year - 1, plan.data.year]).toContain(Number(year));
      });
    }
    // Document numbers keep their year: 129/2007/QĐ-TTg is not moved with the periods.
    expect(plans.some((p) => p.text.includes('/2007/QĐ-TTg'))).toBe(true);
  });

  it('passes npm run check: the tree is valid content', () => {
    const small = join(scratch, 'c');
    generateCorpus({ contentDir: join(ROOT, 'content'), dir: small, n: 40, seed: 7 });
    const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/check-content.ts', small], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr + result.stdout).toMatch(/check: ok — 40 plans/);
    expect(result.status).toBe(0);
  }, 240_000);
});

describe('statistics', () => {
  it('takes medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  it('draws the same numbers from the same seed', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
