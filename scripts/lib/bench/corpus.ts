/**
 * A realistic, deterministic corpus of N plans for the benchmarks, written only to a
 * scratch directory (never content/).
 *
 * Issuers are spread the way the country issues plans:
 * - before 1 July 2025: the 63 provinces, each with its UBND tỉnh, five departments and
 *   8–14 districts (about 700 in all), each district's UBND huyện;
 * - from 1 July 2025: the 34 provinces (filed under their first predecessor, as the
 *   content model files every plan under a pre-2025 province id), each with its UBND
 *   tỉnh, five departments and 60–130 communes (about 3,300 in all), each commune's UBND xã.
 * Plan years run 2018–2026. Every (issuer, year) gets a number sequence that grows with
 * the issue date. The agencies, districts and provinces files of the scratch content
 * tree come from the content model (the real provinces reference, the real indices,
 * the real agency kinds and levels), so that agency, province, year, level, index and
 * cited-document pages are as many and as large as they would be.
 *
 * Text: each body is recombined from the blocks (paragraphs, list items, tables) of all
 * seed plans, section by section, with the names of the seeds' places and issuers
 * replaced by the new plan's; lengths follow the seeds' spread (3–6 top-level sections)
 * and about half of the plans have an appendix table of 3–60 rows, drawn from the seeds'
 * appendices row by row with their frontmatter tasks (so task pages, timelines and the
 * tasks data file are exercised), years moved to the plan's year. Everything is drawn
 * from one seeded generator: the same (N, seed) always writes the same files.
 * Synthetic names (districts, communes, signers) are built from syllables of real place
 * names; they are benchmark material, never content.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { slugify } from '../../../src/lib/slug';
import { documentNumberSlug } from '../../../src/lib/document-number';
import type { Task } from '../../../src/lib/schemas/plan';

/** mulberry32: a small, fast, seeded generator (public domain). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

interface Unit63 {
  name: string;
  slug: string;
  type: string;
}
interface Unit2025 {
  name: string;
  slug: string;
  type: string;
  predecessors: string[];
}

interface Agency {
  /** File (pre-2025 province id) and local id. */
  file: string;
  id: string;
  name: string;
  shortNames: string[];
  kind: string;
  level: 'tinh' | 'so-nganh' | 'huyen' | 'xa';
  district: string | null;
}

interface Issuer {
  agency: Agency;
  /** What the texts call the place: "tỉnh Hà Tĩnh", "huyện Kỳ Anh", "xã Tân Hòa". */
  place: string;
  /** The short place name of the place-and-date line. */
  placeName: string;
  provinceName: string;
  symbol: string;
  era: 'pre-2025' | '2025';
  /** Agencies of the same province that its plans task. */
  tasked: Agency[];
  letterhead: string[];
  signerTitle: string;
}

const DEPARTMENTS = [
  { id: 'so-noi-vu', name: 'Sở Nội vụ', kind: 'so-noi-vu', symbol: 'KH-SNV' },
  { id: 'so-thong-tin-va-truyen-thong', name: 'Sở Thông tin và Truyền thông', kind: 'so-tttt', symbol: 'KH-STTTT' },
  { id: 'so-van-hoa-the-thao-va-du-lich', name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'so-vhttdl', symbol: 'KH-SVHTTDL' },
  { id: 'so-tu-phap', name: 'Sở Tư pháp', kind: 'so-tu-phap', symbol: 'KH-STP' },
  { id: 'so-tai-chinh', name: 'Sở Tài chính', kind: 'so-tai-chinh', symbol: 'KH-STC' },
] as const;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Xuân', 'Thu', 'Hồng', 'Anh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Tuấn', 'Vân', 'Yến'];

/** The seeds' own place and issuer names, replaced in recombined text. */
const SEED_NAMES = ['Quảng Trị', 'Bến Tre', 'Hà Tĩnh', 'Kỳ Anh', 'Ninh Phước', 'Ninh Thuận', 'Cao Bằng', 'Đồng Khởi'];

interface Block {
  kind: 'heading' | 'list' | 'table' | 'paragraph';
  text: string;
}
interface SeedPlan {
  data: Record<string, unknown>;
  /** Text before the first top-level section. */
  intro: Block[];
  /** Top-level sections (a "## " heading and its blocks), appendix excluded. */
  sections: Block[][];
  /**
   * The appendix: its heading blocks, one table's header and rows, and the frontmatter
   * tasks of those rows (row i is task i), as the seed has them.
   */
  appendix: { head: Block[]; header: string[]; rows: string[]; tasks: Task[] } | null;
}

function blocksOf(markdown: string): Block[] {
  return markdown
    .split(/\n{2,}/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({
      text,
      kind: text.startsWith('#') ? 'heading' : text.startsWith('|') ? 'table' : /^([-*+]|\d+\.)\s/.test(text) ? 'list' : 'paragraph',
    }));
}

function readSeedPlans(plansDir: string): SeedPlan[] {
  const files = (readdirSync(plansDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.mdx')).sort();
  return files.map((file) => {
    const { frontmatter, content } = parseFrontmatter(readFileSync(join(plansDir, file), 'utf8'));
    const blocks = blocksOf(content);
    const intro: Block[] = [];
    const sections: Block[][] = [];
    let appendix: SeedPlan['appendix'] = null;
    let inAppendix = false;
    for (const block of blocks) {
      if (block.kind === 'heading' && /^##\s/.test(block.text)) {
        inAppendix = /^##\s+phụ lục/iu.test(block.text);
        if (inAppendix) appendix = { head: [block], header: [], rows: [], tasks: (frontmatter['tasks'] as Task[] | undefined) ?? [] };
        else sections.push([block]);
        continue;
      }
      if (inAppendix && appendix) {
        if (block.kind === 'table' && appendix.header.length === 0) {
          const lines = block.text.split('\n');
          appendix.header = lines.slice(0, 2);
          appendix.rows = lines.slice(2);
        } else if (appendix.header.length === 0) appendix.head.push(block);
        continue;
      }
      (sections.at(-1) ?? intro).push(block);
    }
    // A table whose rows are not the frontmatter's tasks, row for row, is drawn as text only.
    if (appendix && appendix.tasks.length !== appendix.rows.length) appendix.tasks = [];
    return { data: frontmatter as Record<string, unknown>, intro, sections, appendix };
  });
}

/** A place-like name from syllables of real names: "Tân Hòa", "Phước Sơn". */
function placeName(random: Random, syllables: readonly string[], used: Set<string>): string {
  for (;;) {
    const name = `${pick(random, syllables)} ${pick(random, syllables)}`;
    const [a, b] = name.split(' ');
    // Unique by slug: "Quảng Vinh" and "Quang Vinh" would share an id.
    if (a !== b && !used.has(slugify(name))) {
      used.add(slugify(name));
      return name;
    }
  }
}

interface Model {
  agencies: Map<string, Agency[]>;
  districts: { province: string; type: string; name: string; code: null; source: string }[];
  preIssuers: Issuer[];
  postIssuers: Issuer[];
}

function buildModel(random: Random, units63: Unit63[], units2025: Unit2025[]): Model {
  const syllables = [...new Set([...units63, ...units2025].flatMap((unit) => unit.name.split(' ')).filter((s) => s.length > 1))].sort();
  const agencies = new Map<string, Agency[]>();
  const add = (agency: Agency) => {
    const list = agencies.get(agency.file) ?? [];
    list.push(agency);
    agencies.set(agency.file, list);
    return agency;
  };
  const districts: Model['districts'] = [];
  const preIssuers: Issuer[] = [];
  const postIssuers: Issuer[] = [];
  const usedNames = new Set<string>();
  const provinceIssuers = (file: string, suffix: string, unitName: string, unitType: string, era: Issuer['era'], target: Issuer[]) => {
    const place = `${unitType} ${unitName}`;
    const ubnd = add({ file, id: `ubnd-tinh${suffix}`, name: `Ủy ban nhân dân ${place}`, shortNames: [`UBND ${place}`, 'UBND tỉnh'], kind: 'ubnd-tinh', level: 'tinh', district: null });
    const departments = DEPARTMENTS.map((d) => add({ file, id: `${d.id}${suffix}`, name: `${d.name} ${place}`, shortNames: [d.name], kind: d.kind, level: 'so-nganh', district: null }));
    const letterhead = ['ỦY BAN NHÂN DÂN', place.toUpperCase()];
    target.push({ agency: ubnd, place, placeName: unitName, provinceName: unitName, symbol: 'KH-UBND', era, tasked: departments, letterhead, signerTitle: 'Phó Chủ tịch' });
    departments.forEach((agency, i) =>
      target.push({
        agency,
        place,
        placeName: unitName,
        provinceName: unitName,
        symbol: DEPARTMENTS[i]!.symbol,
        era,
        tasked: departments.filter((d) => d !== agency),
        letterhead: [`UBND ${place.toUpperCase()}`, DEPARTMENTS[i]!.name.toUpperCase()],
        signerTitle: 'Giám đốc',
      }),
    );
    return departments;
  };
  for (const unit of units63) {
    const departments = provinceIssuers(unit.slug, '', unit.name, unit.type, 'pre-2025', preIssuers);
    for (let d = between(random, 8, 14); d > 0; d--) {
      const name = placeName(random, syllables, usedNames);
      const districtId = `${unit.slug}/huyen-${slugify(name)}`;
      districts.push({ province: unit.slug, type: 'huyện', name, code: null, source: 'Tên tổng hợp cho bộ dữ liệu đo hiệu năng (không phải địa danh thật).' });
      const slug = slugify(name);
      const ubnd = add({ file: unit.slug, id: `ubnd-huyen-${slug}`, name: `Ủy ban nhân dân huyện ${name}`, shortNames: ['UBND huyện'], kind: 'ubnd-huyen', level: 'huyen', district: districtId });
      const offices = [
        add({ file: unit.slug, id: `phong-noi-vu-huyen-${slug}`, name: `Phòng Nội vụ huyện ${name}`, shortNames: ['Phòng Nội vụ'], kind: 'phong-noi-vu', level: 'huyen', district: districtId }),
        add({
          file: unit.slug,
          id: `phong-vhtt-huyen-${slug}`,
          name: `Phòng Văn hóa và Thông tin huyện ${name}`,
          shortNames: ['Phòng Văn hóa và Thông tin'],
          kind: 'phong-vhtt',
          level: 'huyen',
          district: districtId,
        }),
      ];
      preIssuers.push({
        agency: ubnd,
        place: `huyện ${name}`,
        placeName: name,
        provinceName: unit.name,
        symbol: 'KH-UBND',
        era: 'pre-2025',
        tasked: [...offices, departments[0]!],
        letterhead: ['ỦY BAN NHÂN DÂN', `HUYỆN ${name.toUpperCase()}`],
        signerTitle: 'Phó Chủ tịch',
      });
    }
  }
  for (const unit of units2025) {
    const file = unit.predecessors[0]!;
    const departments = provinceIssuers(file, '-2025', unit.name, unit.type, '2025', postIssuers);
    for (let c = between(random, 60, 130); c > 0; c--) {
      const name = placeName(random, syllables, usedNames);
      const type = random() < 0.8 ? 'xã' : 'phường';
      const ubnd = add({ file, id: `ubnd-${slugify(type)}-${slugify(name)}`, name: `Ủy ban nhân dân ${type} ${name}`, shortNames: [`UBND ${type}`], kind: 'ubnd-xa', level: 'xa', district: null });
      postIssuers.push({
        agency: ubnd,
        place: `${type} ${name}`,
        placeName: name,
        provinceName: unit.name,
        symbol: 'KH-UBND',
        era: '2025',
        tasked: departments.slice(0, 2),
        letterhead: ['ỦY BAN NHÂN DÂN', `${type.toUpperCase()} ${name.toUpperCase()}`],
        signerTitle: 'Phó Chủ tịch',
      });
    }
  }
  return { agencies, districts, preIssuers, postIssuers };
}

const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const pad = (n: number) => String(n).padStart(2, '0');

interface Slot {
  issuer: Issuer;
  year: number;
  /** Months the issuer can date a plan in that year (the 2025 split at 1 July). */
  months: [number, number];
}

/** N (issuer, year) pairs without repetition while there are enough, sampled by era share. */
function slots(random: Random, model: Model, n: number): Slot[] {
  const all: Slot[] = [];
  for (const year of YEARS) {
    if (year <= 2025) for (const issuer of model.preIssuers) all.push({ issuer, year, months: year === 2025 ? [1, 6] : [1, 12] });
    if (year >= 2025) for (const issuer of model.postIssuers) all.push({ issuer, year, months: year === 2025 ? [7, 12] : [1, 12] });
  }
  // Provincial bodies issue every year; communes and districts less often: weight by level.
  const weight = (slot: Slot) => (slot.issuer.agency.level === 'tinh' ? 6 : slot.issuer.agency.level === 'so-nganh' ? 3 : 1);
  const keyed = all.map((slot) => ({ slot, key: -Math.log(random()) / weight(slot) }));
  keyed.sort((a, b) => a.key - b.key);
  const chosen = keyed.map((k) => k.slot);
  const out: Slot[] = [];
  for (let i = 0; i < n; i++) out.push(chosen[i % chosen.length]!);
  return out;
}

function substitute(text: string, issuer: Issuer): string {
  let out = text;
  for (const name of SEED_NAMES) out = out.split(name).join(name === 'Đồng Khởi' ? issuer.provinceName : issuer.placeName);
  return out;
}

/**
 * Years moved by as many years as the plan is after its seed ("Tháng 12/2020" in a 2021
 * seed is "Tháng 12/2023" in a 2024 plan). A year inside a document number
 * ("129/2007/QĐ-TTg", followed by "/") is the number, and stays.
 */
function shiftYears(text: string, shift: number): string {
  return shift === 0 ? text : text.replace(/\b(20\d\d)\b(?!\/)/g, (year) => String(Number(year) + shift));
}

function recombine(random: Random, seeds: SeedPlan[], issuer: Issuer, pools: Record<Block['kind'], Block[]>, year: number): { body: string; tasks: Task[] } {
  const out: string[] = [];
  const take = (block: Block) => {
    // Half the paragraphs and list items come from another seed: combinations stay varied.
    const source = (block.kind === 'paragraph' || block.kind === 'list') && random() < 0.5 ? pick(random, pools[block.kind]) : block;
    out.push(substitute(source.text, issuer));
  };
  pick(random, seeds).intro.forEach(take);
  const sectionCount = between(random, 3, 6);
  for (let s = 0; s < sectionCount; s++) {
    const candidates = seeds.filter((seed) => seed.sections.length > s);
    const seed = candidates.length > 0 ? pick(random, candidates) : pick(random, seeds);
    (seed.sections[s] ?? pick(random, seed.sections)).forEach(take);
  }
  // The appendix table and its frontmatter tasks are drawn row by row together, so that
  // task pages, agencies' timelines and the tasks data file get what the table shows.
  const tasks: Task[] = [];
  const withAppendix = seeds.filter((seed) => seed.appendix && seed.appendix.tasks.length > 0);
  if (withAppendix.length > 0 && random() < 0.5) {
    const seed = pick(random, withAppendix);
    const { head, header, rows, tasks: seedTasks } = seed.appendix!;
    const shift = year - Number(seed.data['year']);
    const appendixRows = between(random, 3, 60);
    head.forEach((block) => out.push(shiftYears(substitute(block.text, issuer), shift)));
    const body: string[] = [];
    for (let i = 0; i < appendixRows; i++) {
      const j = Math.floor(random() * rows.length);
      const no = String(i + 1);
      const cell = (value: string | null) => (value === null ? null : shiftYears(substitute(value, issuer), shift));
      body.push(cell(rows[j]!)!.replace(/^\|\s*[^|]*\|/, `| ${no} |`));
      const task = seedTasks[j]!;
      tasks.push({
        no,
        content: cell(task.content)!,
        product: cell(task.product),
        lead: task.lead.map((name) => cell(name)!),
        partners: task.partners.map((name) => cell(name)!),
        start: cell(task.start),
        end: cell(task.end),
        notes: cell(task.notes),
      });
    }
    out.push([...header, ...body].join('\n'));
  }
  return { body: out.join('\n\n'), tasks };
}

export interface CorpusFacts {
  plans: number;
  issuers: number;
  provinces: number;
  agencies: number;
  fileBytes: { min: number; median: number; max: number };
  withAppendix: number;
  /** Appendix task rows in all (each plan with an appendix has 3–60). */
  tasks: number;
}

/**
 * Writes a content tree of `n` plans into `dir` (emptied first) from the content model
 * and seed plans of `contentDir`. Returns what was written.
 */
export function generateCorpus(options: { contentDir: string; dir: string; n: number; seed?: number }): CorpusFacts {
  const { contentDir, dir, n } = options;
  const random = seededRandom(options.seed ?? 16);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'plans'), { recursive: true });
  cpSync(join(contentDir, 'provinces'), join(dir, 'provinces'), { recursive: true });
  cpSync(join(contentDir, 'indices.yaml'), join(dir, 'indices.yaml'));
  // The citation vocabulary, where the content tree has one.
  if (existsSync(join(contentDir, 'reference'))) cpSync(join(contentDir, 'reference'), join(dir, 'reference'), { recursive: true });
  const reference = JSON.parse(readFileSync(join(contentDir, 'provinces/provinces-vn.json'), 'utf8')) as { units63: Unit63[]; units2025: Unit2025[] };
  const indices = (yaml.load(readFileSync(join(contentDir, 'indices.yaml'), 'utf8')) as { id: string }[]).map((entry) => entry.id);
  const seeds = readSeedPlans(join(contentDir, 'plans'));
  const pools: Record<Block['kind'], Block[]> = { heading: [], list: [], table: [], paragraph: [] };
  for (const seed of seeds) for (const block of [...seed.intro, ...seed.sections.flat()]) pools[block.kind].push(block);
  const dutyItems = seeds.flatMap((seed) => ((seed.data['duties'] as { items: string[] }[] | undefined) ?? []).flatMap((duty) => duty.items));
  const titles = seeds.map((seed) => String(seed.data['title']));
  const model = buildModel(random, reference.units63, reference.units2025);

  // Agencies: the generated ones, plus the real files' agencies the seeds' text names.
  const districtsYaml = yaml.load(readFileSync(join(contentDir, 'provinces/districts.yaml'), 'utf8')) as unknown[];
  writeFileSync(join(dir, 'provinces/districts.yaml'), yaml.dump([...districtsYaml, ...model.districts], { lineWidth: -1 }));
  mkdirSync(join(dir, 'agencies'), { recursive: true });
  for (const file of readdirSync(join(contentDir, 'agencies')).filter((f) => f.endsWith('.yaml'))) {
    const province = file.replace(/\.yaml$/, '');
    const real = (yaml.load(readFileSync(join(contentDir, 'agencies', file), 'utf8')) as { id: string }[]) ?? [];
    const generated = (model.agencies.get(province) ?? []).filter((agency) => !real.some((r) => r.id === agency.id));
    model.agencies.delete(province);
    writeFileSync(join(dir, 'agencies', file), yaml.dump([...real, ...generated.map(agencyYaml)], { lineWidth: -1 }));
  }
  for (const [province, list] of model.agencies) writeFileSync(join(dir, 'agencies', `${province}.yaml`), yaml.dump(list.map(agencyYaml), { lineWidth: -1 }));

  const chosen = slots(random, model, n);
  // Numbers grow with the date within each (issuer, year): draw dates, then number in order.
  const planned = chosen.map((slot, i) => {
    const month = between(random, slot.months[0], slot.months[1]);
    return { slot, i, date: `${slot.year}-${pad(month)}-${pad(between(random, 1, 28))}` };
  });
  const sequences = new Map<string, number>();
  const byIssuerYear = [...planned].sort((a, b) => a.date.localeCompare(b.date) || a.i - b.i);
  const numbers = new Map<number, number>();
  for (const plan of byIssuerYear) {
    const key = `${plan.slot.issuer.agency.file}/${plan.slot.issuer.agency.id}/${plan.slot.year}`;
    const next = (sequences.get(key) ?? between(random, 3, 40)) + between(random, 1, 25);
    sequences.set(key, next);
    numbers.set(plan.i, next);
  }
  const sizes: number[] = [];
  let withAppendix = 0;
  let taskCount = 0;
  const issuers = new Set<string>();
  for (const plan of planned) {
    const { issuer, year } = plan.slot;
    const agencyId = `${issuer.agency.file}/${issuer.agency.id}`;
    issuers.add(agencyId);
    const number = `${numbers.get(plan.i)}/${issuer.symbol}`;
    const seed = pick(random, seeds);
    const { body, tasks } = recombine(random, seeds, issuer, pools, year);
    if (tasks.length > 0) withAppendix++;
    taskCount += tasks.length;
    const title = substitute(pick(random, titles), issuer).replace(/\b(20\d\d)\b/g, String(year));
    const signer = `${pick(random, FAMILY)} ${pick(random, MIDDLE)} ${pick(random, GIVEN)}`;
    const data = {
      type: 'Kế hoạch',
      number,
      symbol: issuer.symbol,
      title: title.length > 500 ? title.slice(0, 500) : title,
      year,
      date: plan.date,
      place: issuer.placeName,
      issuer: agencyId,
      level: issuer.agency.level,
      province: issuer.agency.file,
      district: issuer.agency.district,
      status: 'ban-hanh',
      letterhead: issuer.letterhead,
      signer: {
        name: signer,
        title: issuer.signerTitle,
        capacity: 'KT.',
        lines: issuer.agency.level === 'so-nganh' ? ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'] : ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      },
      recipients: ((seed.data['recipients'] as string[] | undefined) ?? []).map((line) => substitute(line, issuer)),
      legalBasis: ((seed.data['legalBasis'] as string[] | undefined) ?? []).map((line) => substitute(line, issuer)),
      indices: indices.filter(() => random() < 0.35),
      duties: issuer.tasked
        .filter(() => random() < 0.7)
        .map((agency) => ({
          agency: `${agency.file}/${agency.id}`,
          named: agency.shortNames[0] ?? agency.name,
          request: false,
          items: Array.from({ length: between(random, 1, 4) }, () => substitute(pick(random, dutyItems), issuer)),
        })),
      tasks,
      source: { file: `synthetic/${plan.i}.txt`, corrections: [], notes: ['Kế hoạch tổng hợp cho đo hiệu năng (scripts/lib/bench/corpus.ts).'] },
      aliases: [],
    };
    const path = join(dir, 'plans', agencyId, String(year), `${documentNumberSlug(number)}.mdx`);
    mkdirSync(dirname(path), { recursive: true });
    const file = `---\n${yaml.dump(data, { lineWidth: -1 })}---\n\n${body}\n`;
    sizes.push(Buffer.byteLength(file));
    writeFileSync(path, file);
  }
  sizes.sort((a, b) => a - b);
  const agencyCount = [...readdirSync(join(dir, 'agencies'))].reduce((sum, file) => sum + (yaml.load(readFileSync(join(dir, 'agencies', file), 'utf8')) as unknown[]).length, 0);
  return {
    plans: n,
    issuers: issuers.size,
    provinces: new Set(planned.map((plan) => plan.slot.issuer.provinceName)).size,
    agencies: agencyCount,
    fileBytes: { min: sizes[0] ?? 0, median: sizes[Math.floor(sizes.length / 2)] ?? 0, max: sizes.at(-1) ?? 0 },
    withAppendix,
    tasks: taskCount,
  };
}

function agencyYaml(agency: Agency) {
  return {
    id: agency.id,
    name: agency.name,
    shortNames: agency.shortNames,
    kind: agency.kind,
    level: agency.level,
    ...(agency.district ? { district: agency.district } : {}),
  };
}
