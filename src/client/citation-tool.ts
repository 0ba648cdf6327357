/**
 * The citation tool's client code: reads the pasted text, finds its references with the
 * portal's own parser (no server), and shows the text with each reference marked and
 * linked to its page on the portal when the portal has one.
 */
import { CITING_KINDS, findCitations, type Citation } from '../lib/citations';
import { segmentText } from '../lib/citations/annotate';
import { documentUrl } from '../lib/urls';

const form = document.querySelector<HTMLFormElement>('#cong-cu-trich-dan')!;
const input = form.querySelector<HTMLTextAreaElement>('#van-ban-dan')!;
const province = form.querySelector<HTMLSelectElement>('#tinh')!;
const output = document.querySelector<HTMLElement>('#ket-qua')!;
const known = new Set<string>(JSON.parse(document.querySelector('#van-ban-da-biet')!.textContent ?? '[]'));
const provinceNames = new Map([...province.options].map((option) => [option.value, option.textContent ?? '']));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function render(text: string, citations: Citation[]) {
  output.replaceChildren();
  const heading = element('h2', citations.length === 0 ? 'Không tìm thấy trích dẫn văn bản nào.' : `Tìm thấy ${citations.length} trích dẫn`);
  heading.id = 'so-trich-dan';
  heading.tabIndex = -1;
  output.append(heading);
  if (citations.length === 0) return;
  const annotated = element('p', undefined, { class: 'annotated' });
  for (const segment of segmentText(text, citations)) {
    if (!segment.citation) {
      annotated.append(segment.text);
      continue;
    }
    const mark = element('mark');
    if (known.has(segment.citation.key)) mark.append(element('a', segment.text, { href: documentUrl(segment.citation.key) }));
    else mark.append(segment.text);
    annotated.append(mark);
  }
  output.append(element('h3', 'Văn bản đã đánh dấu'), annotated);
  const table = element('table', undefined, { class: 'tasks-table' });
  const head = element('tr');
  for (const label of ['Trích dẫn', 'Loại', 'Số, ký hiệu', 'Ngày', 'Cơ quan ban hành', 'Mã định danh']) head.append(element('th', label, { scope: 'col' }));
  table.append(element('thead'), element('tbody'));
  table.tHead!.append(head);
  for (const c of citations) {
    const row = element('tr');
    row.append(element('td', c.surface), element('td', c.type), element('td', c.number ?? '—'), element('td', c.date ?? '—'), element('td', c.issuer ?? '—'));
    const keyCell = element('td');
    keyCell.append(known.has(c.key) ? element('a', c.key, { href: documentUrl(c.key) }) : element('code', c.key));
    row.append(keyCell);
    table.tBodies[0]!.append(row);
  }
  const scroll = element('section', undefined, { class: 'table-scroll', tabindex: '0', 'aria-label': 'Bảng trích dẫn' });
  scroll.append(table);
  output.append(element('h3', 'Danh sách trích dẫn'), scroll);
  heading.focus();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const id = province.value;
  // Citations of other documents: the pasted text naming itself and "Kế hoạch này" are not listed.
  const found = findCitations(input.value, id ? { province: { id, name: provinceNames.get(id) ?? id } } : {});
  render(
    input.value,
    found.filter((citation) => CITING_KINDS.has(citation.kind)),
  );
});
form.hidden = false;
document.querySelector('#can-javascript')?.remove();
