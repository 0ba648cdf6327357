import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { findCitations } from '../../../src/lib/citations';
import { bodyText } from '../../../src/lib/markdown/body-text';
import { BODY_CITATIONS, linkBodyCitations, linkCitations, remarkCitationLinks, type BodyCitations } from '../../../src/lib/markdown/citation-links';
import { parseMdx as parse } from '../../../src/lib/markdown/parse';

const QT = { province: { id: 'quang-tri', name: 'Quảng Trị' } };

describe('citation links', () => {
  it('wraps each reference within one text node in a link, leaving the text as it was', () => {
    const tree = parse('Thực hiện Kế hoạch số 204/KH-UBND ngày 24/12/2021 của UBND tỉnh và Nghị quyết số 01-NQ/TU ngày 04/11/2021.');
    const before = bodyText(tree).text;
    const linked = linkCitations(tree, { province: { id: 'quang-tri', name: 'Quảng Trị' } });
    expect(linked.map((c) => c.key)).toEqual(['quang-tri-204-kh-ubnd-2021', 'quang-tri-01-nq-tu-2021']);
    expect(bodyText(tree).text).toBe(before);
    const paragraph = tree.children[0] as { children: { type: string; url?: string }[] };
    expect(paragraph.children.map((c) => c.type)).toEqual(['text', 'link', 'text', 'link', 'text']);
    expect(paragraph.children[1]!.url).toBe('/van-ban/quang-tri-204-kh-ubnd-2021/');
  });

  it('leaves headings and existing links alone, and a reference split by emphasis unlinked', () => {
    const tree = parse('## Quyết định số 12/QĐ-UBND\n\n[Nghị quyết số 76/NQ-CP](https://vbpl.vn/)\n\nQuyết định **số 13/QĐ-UBND** ngày 05/01/2024');
    expect(linkCitations(tree, {})).toEqual([]);
  });

  it('gives each link the class and key the pages and the client read', () => {
    const tree = parse('Theo Nghị định số 61/2018/NĐ-CP.');
    linkCitations(tree, {});
    expect((tree.children[0] as { children: unknown[] }).children[1]).toEqual({
      type: 'link',
      url: '/van-ban/61-2018-nd-cp/',
      children: [{ type: 'text', value: 'Nghị định số 61/2018/NĐ-CP' }],
      data: { hProperties: { className: ['cite'], dataKey: '61-2018-nd-cp' } },
    });
  });

  it('returns what it read: the text and every citation in it, linked or not (the plan itself, anaphora, headings)', () => {
    const source = '## Quyết định số 12/QĐ-UBND\n\nSố: 84/KH-UBND\n\nThực hiện Kế hoạch số 204/KH-UBND ngày 24/12/2021 của UBND tỉnh. Kế hoạch này';
    const tree = parse(source);
    const text = bodyText(tree).text;
    const context = { ...QT, date: '2022-01-05', number: '84/KH-UBND' };
    const { linked, body } = linkBodyCitations(tree, context);
    expect(body).toEqual({ text, citations: findCitations(text, context) });
    expect(body.citations.map((c) => c.kind)).toEqual(['full', 'self', 'full', 'anaphoric']);
    expect(linked.map((c) => c.key)).toEqual(['quang-tri-204-kh-ubnd-2021']);
  });

  it('as a remark plugin, reads the context from the frontmatter and leaves what it read on the file', () => {
    const tree = parse('Theo Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh.');
    const file = new VFile({ data: { astro: { frontmatter: { province: 'quang-tri', year: 2024, number: null } } } });
    remarkCitationLinks({ unitNames: new Map([['quang-tri', 'Quảng Trị']]) })(tree, file);
    const read = file.data[BODY_CITATIONS] as BodyCitations;
    expect(read.text).toBe('Theo Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh.');
    expect(read.citations.map((c) => [c.key, c.issuer])).toEqual([['quang-tri-12-qd-ubnd-2024', 'UBND tỉnh Quảng Trị']]);
    // Without a frontmatter: no context, the issuer stays as written.
    const bare = new VFile();
    remarkCitationLinks({ unitNames: new Map() })(parse('Theo Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh.'), bare);
    expect((bare.data[BODY_CITATIONS] as BodyCitations).citations.map((c) => c.key)).not.toEqual(['quang-tri-12-qd-ubnd-2024']);
  });
});
