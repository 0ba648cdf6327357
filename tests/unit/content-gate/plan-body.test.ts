import { describe, expect, it } from 'vitest';
import { planBodyProblems } from '../../../src/lib/content-gate/plan-body';

const images = { planPath: 'plans/a/b/2024/x.mdx', images: new Set(['images/so-do.png']) };
const problems = (body: string, start = 10) => planBodyProblems('x.mdx', body, start, images).map((p) => `${p.field}: ${p.message}`);

describe('planBodyProblems', () => {
  it('accepts plain Markdown, tables and a local image of content/images/', () => {
    expect(problems('## I. Mục đích\n\n- Một *hai* **ba** \\{x\\} \\<y\\>\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n![Sơ đồ](../../../../images/so-do.png)\n')).toEqual([]);
  });

  it('refuses raw HTML, comments and autolinks with the line and column in the file', () => {
    expect(problems('Dòng một\n\n<!-- ghi chú -->\n')).toEqual(['line 12:1: an HTML comment <!-- … --> is not allowed in a plan: remove it']);
    expect(problems('Xem <https://chinhphu.vn> nhé')).toEqual(['line 10:5: an autolink <…> is not allowed: write the address as is, or as [text](address)']);
    expect(problems('Thư <vanthu@quangtri.gov.vn> nhé')[0]).toMatch(/^line 10:\d+: an autolink <…> is not allowed/);
    expect(problems('\nA <b>đậm</b>')).toEqual(['line 11:3: tag <b> is not allowed in a plan (only plain Markdown; write a literal {, }, < or > as \\{, \\}, \\< or \\>)']);
    expect(problems('import X from "../../../../../package.json"')[0]).toMatch(/^line 10:1: import\/export statement is not allowed/);
  });

  it('refuses images from elsewhere and links with other schemes by the one rule', () => {
    expect(problems('![x](../../x.png)')).toEqual(['line 10:1: image "../../x.png" is outside content/images/, the only folder plans may show images from']);
    expect(problems('a\n\n![x](https://example.com/t.png)')).toEqual([
      'line 12:1: image "https://example.com/t.png" from another origin: the portal loads nothing from elsewhere; put the file in content/images/ and give its relative path',
    ]);
    expect(problems('[x](javascript:alert(1))')).toEqual(['line 10:1: link to "javascript:alert(1)" (only http, https, mailto, tel or relative links) is not allowed']);
  });
});
