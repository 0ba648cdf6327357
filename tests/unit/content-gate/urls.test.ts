import { describe, expect, it } from 'vitest';
import { imageProblem, linkProblem } from '../../../src/lib/content-gate/urls';

const context = { planPath: 'plans/a/b/2024/x.mdx', images: new Set(['images/so-do.png']) };

describe('the one address rule', () => {
  it('links: relative, fragments and http(s)/mailto/tel only', () => {
    for (const url of ['https://chinhphu.vn', '/tinh/ben-tre/', '#muc-i', 'mailto:a@b.vn', 'tel:+84', '../x']) expect(linkProblem(url)).toBeNull();
    for (const url of ['javascript:alert(1)', ' JaVa\tScRiPt:x', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x']) expect(linkProblem(url)).toMatch(/^link to /);
  });

  it('images: only an existing file of content/images/ by a plain relative path', () => {
    expect(imageProblem('../../../../images/so-do.png', context)).toBeNull();
    expect(imageProblem('https://example.com/a.png', context)).toMatch(/from another origin/);
    expect(imageProblem('//example.com/a.png', context)).toMatch(/from another origin/);
    expect(imageProblem('data:image/png;base64,AAAA', context)).toMatch(/from another origin/);
    expect(imageProblem('/images/so-do.png', context)).toMatch(/not an absolute path/);
    expect(imageProblem('../../x.png', context)).toMatch(/outside content\/images\//);
    expect(imageProblem('../../../../../package.json', context)).toMatch(/plain relative path .* to a \.png/);
    expect(imageProblem('../../../../images/%2e%2e/x.png', context)).toMatch(/plain relative path/);
    expect(imageProblem('../../../../images/khac.png', context)).toBe('image "../../../../images/khac.png": no such file content/images/khac.png');
    expect(imageProblem('../../../../images/../../../etc/x.png', context)).toMatch(/outside content\/images\//);
  });
});
