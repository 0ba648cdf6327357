import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { HEADING_ID_PREFIX, rehypeAsciiHeadingIds, setAsciiHeadingIds } from '../../../src/lib/markdown/heading-ids';
import { renderLikeThePortal } from '../../helpers/render';

const heading = (tagName: string, text: string, id?: string) => ({
  type: 'element' as const,
  tagName,
  properties: id ? { id } : {},
  children: [{ type: 'text' as const, value: text }],
});
const ids = (tree: Root) => tree.children.map((node) => (node.type === 'element' ? node.properties['id'] : null));

describe('heading ids', () => {
  it('gives headings ASCII, unique ids', async () => {
    const html = await renderLikeThePortal('## I. Mục đích, yêu cầu\n\n## I. Mục đích, yêu cầu\n\n| Số TT | Nội dung |\n| - | - |\n| 1 | Đài |');
    expect(html).toMatch(/<h2 id="muc-i-muc-dich-yeu-cau">/);
    expect(html).toMatch(/<h2 id="muc-i-muc-dich-yeu-cau-1">/);
  });
  it('keeps body heading ids in their own namespace: "Nội dung" and "Nơi nhận" cannot take the page’s ids', async () => {
    const html = await renderLikeThePortal('## Nội dung\n\n## Nơi nhận\n\n## Nhiệm vụ');
    expect(html).toMatch(/<h2 id="muc-noi-dung">/);
    expect(html).toMatch(/<h2 id="muc-noi-nhan">/);
    expect(html).toMatch(/<h2 id="muc-nhiem-vu">/);
    expect(html).not.toMatch(/<h2 id="noi-dung">/);
  });
  it('numbers repeats, names an empty heading, keeps an id already set and leaves other elements alone', () => {
    const tree: Root = {
      type: 'root',
      children: [
        heading('h2', 'II. Nội dung, hình thức tuyên truyền'),
        heading('h3', 'II. Nội dung, hình thức tuyên truyền'),
        heading('h4', '…'),
        heading('h2', 'Đã có', 'rieng'),
        heading('p', 'Đoạn văn'),
        heading('h6', 'II. Nội dung, hình thức tuyên truyền'),
      ],
    };
    expect(setAsciiHeadingIds(tree)).toBe(tree);
    expect(ids(tree)).toEqual(['muc-ii-noi-dung-hinh-thuc-tuyen-truyen', 'muc-ii-noi-dung-hinh-thuc-tuyen-truyen-1', 'muc-khong-ten', 'rieng', undefined, 'muc-ii-noi-dung-hinh-thuc-tuyen-truyen-2']);
    expect(HEADING_ID_PREFIX).toBe('muc-');
  });
  it('counts repeats per tree, not across the trees the plugin sees', () => {
    const plugin = rehypeAsciiHeadingIds();
    const one = (): Root => ({ type: 'root', children: [heading('h2', 'Phụ lục')] });
    const [a, b] = [one(), one()];
    plugin(a);
    plugin(b);
    expect([...ids(a), ...ids(b)]).toEqual(['muc-phu-luc', 'muc-phu-luc']);
  });
});
