import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { normalizeText, remarkNormalizeText } from '../../../src/lib/markdown/normalize-text';
import { parseMdx } from '../../../src/lib/markdown/parse';
import { renderLikeThePortal } from '../../helpers/render';

const nfd = (text: string) => text.normalize('NFD');

describe('text normalisation', () => {
  it('publishes decomposed text composed', async () => {
    const html = await renderLikeThePortal('Cải cách hành chính *Đồng Khởi*'.normalize('NFD'));
    expect(html).toContain('Cải cách hành chính'.normalize('NFC'));
    expect(html).toContain('<em>Đồng Khởi</em>'.normalize('NFC'));
    expect(html).not.toContain('Cải cách'.normalize('NFD'));
  });

  it('composes text, inline code, link titles and image alternatives, and returns the same tree', () => {
    const tree = parseMdx(nfd('Chữ `mã số` [liên kết](/a "tiêu đề") ![ảnh bản đồ](b.png "bản đồ")'));
    expect(normalizeText(tree)).toBe(tree);
    const paragraph = tree.children[0] as unknown as { children: Record<string, unknown>[] };
    expect(paragraph.children.map(({ type, value, title, alt }) => ({ type, value, title, alt }))).toEqual([
      { type: 'text', value: 'Chữ ', title: undefined, alt: undefined },
      { type: 'inlineCode', value: 'mã số', title: undefined, alt: undefined },
      { type: 'text', value: ' ', title: undefined, alt: undefined },
      { type: 'link', value: undefined, title: 'tiêu đề', alt: undefined },
      { type: 'text', value: ' ', title: undefined, alt: undefined },
      { type: 'image', value: undefined, title: 'bản đồ', alt: 'ảnh bản đồ' },
    ]);
    expect((paragraph.children[3] as { children: { value: string }[] }).children[0]!.value).toBe('liên kết');
  });

  it('leaves composed text exactly as it was', () => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Đắk Lắk, ngày 12 tháng 01 năm 2024' }] }] };
    remarkNormalizeText()(tree);
    expect(tree).toEqual({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Đắk Lắk, ngày 12 tháng 01 năm 2024' }] }] });
  });
});
