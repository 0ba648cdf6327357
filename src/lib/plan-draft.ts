/**
 * Writing an imported plan as an MDX draft: frontmatter from the imported fields (unknown
 * values stay null) and the text as plain Markdown (paragraphs, "- " items, numbered
 * headings, the appendix as a GFM table), MDX-escaped. A person reviews it before publishing.
 */
import yaml from 'js-yaml';
import type { ImportedPlan } from './import-plan';
import { documentNumberSlug } from './document-number';
import { slugify } from './slug';

/** The longest slug of an unnumbered draft, cut at a hyphen. */
const UNNUMBERED_SLUG_MAX = 72;

/**
 * The file name of an unnumbered plan: its month when the date has one and its title, as a
 * slug ("2026-05-kiem-tra-cap-giay-chung-nhan-…"), so that the unnumbered drafts of one issuer
 * and year (Word drafts leave "Số:" blank) do not all land on one file; the same document
 * imported again gets the same name. Without a title: "ke-hoach-chua-ghi-so".
 */
function unnumberedSlug(plan: ImportedPlan): string {
  const month = plan.date && /^\d{4}-\d{2}/.test(plan.date) ? plan.date.slice(0, 7) : null;
  const title = plan.title ? slugify(plan.title) : '';
  if (!title) return month ? `ke-hoach-chua-ghi-so-${month}` : 'ke-hoach-chua-ghi-so';
  const full = month ? `${month}-${title}` : title;
  if (full.length <= UNNUMBERED_SLUG_MAX) return full;
  return full.slice(0, full.lastIndexOf('-', UNNUMBERED_SLUG_MAX));
}

/** The path under content/plans/ the draft belongs at, or null when the issuer or year is unknown. */
export function draftPath(plan: ImportedPlan): string | null {
  if (!plan.issuer || !plan.year) return null;
  return `${plan.issuer}/${plan.year}/${plan.number ? documentNumberSlug(plan.number) : unnumberedSlug(plan)}.mdx`;
}

const escapeMdx = (text: string) => text.replace(/[{}<>]/g, (c) => `\\${c}`);
const HEADING_1 = /^(?:[IVX]+|[A-D])\.\s+\S/u;
const HEADING_2 = /^\d+(?:\.\d+)*\.\s+[^.]{2,100}$/u;

/**
 * The last line of the title in the raw lines, or -1. The title is often printed over
 * several lines, blank lines between ("Triển khai thực hiện Chỉ thị số 11-CT/TU …" / "của
 * Ban Thường vụ …" / "công tác quản lý …"), and its first line may start like the body
 * ("Triển khai …"): the body starts after the whole title, not at its first line.
 */
function titleEnd(lines: readonly string[], title: string | null): number {
  if (!title) return -1;
  const single = lines.findIndex((l) => l.includes(title));
  if (single !== -1) return single;
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  const whole = flat(title);
  for (const [i, line] of lines.entries()) {
    let read = flat(line).replace(/^KẾ HOẠCH\s+/u, '');
    if (read.length < 8 || !whole.startsWith(read)) continue;
    let last = i;
    for (let j = i + 1; j < lines.length && read.length < whole.length; j++) {
      const next = flat(lines[j]!);
      if (!next) continue;
      if (!whole.startsWith(`${read} ${next}`)) break;
      read = `${read} ${next}`;
      last = j;
    }
    if (read === whole) return last;
  }
  return -1;
}

/** The body of the draft from the raw text: from after the title to before "Nơi nhận", then the appendix. */
export function draftBody(raw: string, plan: ImportedPlan): string {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .split('\n')
    .map((l) =>
      l
        .replace(/\*\*/g, '')
        .replace(/^#+\s*/, '')
        .trimEnd(),
    );
  const titleAt = titleEnd(lines, plan.title);
  const startAt = lines.findIndex((l, i) => i > titleAt && /^(Thực hiện|Căn cứ|Triển khai)(?![\p{L}])/u.test(l.trim()));
  const endAt = lines.findIndex((l, i) => i > startAt && /^\*?Nơi nhận\s*:?\*?$/u.test(l.trim()));
  const body = lines.slice(startAt === -1 ? titleAt + 1 : startAt, endAt === -1 ? undefined : endAt);
  const blocks = body
    .join('\n')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((block) => {
      const text = escapeMdx(block);
      if (HEADING_1.test(block) && block.length < 120) return `## ${text}`;
      if (HEADING_2.test(block)) return `### ${text}`;
      if (/^\d+\.\s/.test(block)) return text.replace(/^(\d+)\./, '$1\\.');
      if (/^\+\s/.test(block)) return `  - ${text.slice(2)}`;
      return text;
    });
  if (plan.tasks.length > 0) {
    const cell = (value: string | null) => escapeMdx(value ?? '').replace(/\|/g, '\\|');
    blocks.push(
      '## PHỤ LỤC',
      [
        '| STT | Nội dung | Sản phẩm | Chủ trì | Phối hợp | Bắt đầu | Hoàn thành | Ghi chú |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        ...plan.tasks.map((t) => `| ${[t.no, t.content, t.product, t.lead.join('; '), t.partners.join('; '), t.start, t.end, t.notes].map(cell).join(' | ')} |`),
      ].join('\n'),
    );
  }
  return `${blocks.join('\n\n')}\n`;
}

/** The whole MDX draft: frontmatter and body. */
export function draftMdx(raw: string, plan: ImportedPlan, sourceFile: string, notes: string[], corrections: { original: string; corrected: string; count: number; reason: string }[] = []): string {
  const frontmatter = {
    type: plan.type,
    number: plan.number,
    symbol: plan.symbol,
    title: plan.title,
    year: plan.year,
    date: plan.date,
    place: plan.place,
    issuer: plan.issuer,
    level: plan.level,
    province: plan.province,
    district: plan.district,
    status: plan.status,
    letterhead: plan.letterhead,
    signer: plan.signer,
    recipients: plan.recipients,
    legalBasis: plan.legalBasis,
    indices: plan.indices,
    duties: plan.duties,
    tasks: plan.tasks,
    source: { file: sourceFile, corrections, notes: ['Draft made by npm run import; to be checked against the source.', ...notes] },
    aliases: [],
  };
  return `---\n${yaml.dump(frontmatter, { lineWidth: -1, noRefs: true })}---\n\n${draftBody(raw, plan)}`;
}
