/**
 * Appendix task tables: rows of cells (tab-separated in the common text, as docx and HTML
 * tables and GFM rows are written), under a header row naming "Nội dung"; a row continued
 * after a page break is merged into the row above and the merge is noted.
 */
export interface ImportedTask {
  no: string;
  content: string;
  product: string | null;
  lead: string[];
  partners: string[];
  start: string | null;
  end: string | null;
  notes: string | null;
}

const strip = (line: string) =>
  line
    .replace(/\*\*|__|\*/g, '')
    .replace(/^#+\s*/, '')
    .replace(/\s+$/, '')
    .trim();

export function readTasks(lines: readonly string[], notes: string[]): ImportedTask[] {
  const tasks: ImportedTask[] = [];
  const headerAt = lines.findIndex((l) => l.includes('\t') && /nội dung/iu.test(l));
  if (headerAt === -1) return tasks;
  const headers = lines[headerAt]!.split('\t').map((h) => strip(h).toLowerCase());
  const sub = lines[headerAt + 1]?.split('\t').map((h) => strip(h).toLowerCase()) ?? [];
  const column = (test: RegExp) => {
    const i = headers.findIndex((h) => test.test(h));
    const j = sub.findIndex((h) => test.test(h));
    return j !== -1 && !/^\d/.test(sub[0] ?? '') ? j : i;
  };
  const cols = {
    no: column(/^(stt|số tt|tt)$/u),
    content: column(/nội dung/u),
    product: column(/sản phẩm/u),
    lead: column(/chủ trì/u),
    partners: column(/phối hợp/u),
    start: column(/^triển khai$/u),
    end: column(/hoàn thành/u),
    notes: column(/ghi chú/u),
  };
  const items = (cell: string | undefined) =>
    (cell ?? '')
      .replace(/<[^>]+>/g, ' ')
      .split(/\s*;\s*-\s*|^\s*-\s*|\s+-\s+(?=\p{Lu})|;\s*(?=\p{Lu})/u)
      .map((s) => s.replace(/^[-\s]+|[;\s]+$/g, '').trim())
      .filter(Boolean);
  for (const line of lines.slice(headerAt + 1)) {
    if (!line.includes('\t')) continue;
    const cells = line.split('\t').map((c) =>
      c
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    const get = (i: number) => (i >= 0 && cells[i] ? cells[i]! : null);
    const no = get(cols.no);
    if (no && /^\d+$/.test(no)) {
      tasks.push({
        no,
        content: get(cols.content) ?? '',
        product: get(cols.product),
        lead: items(get(cols.lead) ?? ''),
        partners: items(get(cols.partners) ?? ''),
        start: get(cols.start),
        end: get(cols.end),
        notes: get(cols.notes),
      });
    } else if (tasks.length > 0 && cells.some(Boolean) && !cells.some((c) => /nội dung|triển khai/iu.test(c))) {
      const last = tasks.at(-1)!;
      if (get(cols.content)) last.content = `${last.content} ${get(cols.content)}`;
      if (get(cols.product)) last.product = `${last.product ?? ''} ${get(cols.product)}`.trim();
      notes.push(`appendix row ${last.no}: continued after a page break, merged`);
    }
  }
  return tasks;
}
