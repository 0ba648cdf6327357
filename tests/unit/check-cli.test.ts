/** `npm run check` on a content tree with one error of each kind, and on the real content. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const check = (dir?: string) => {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/check-content.ts'), ...(dir ? [dir] : [])], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

describe('npm run check', () => {
  it('passes on the real content', () => {
    const result = check();
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/check: ok — 5 plans, \d+ agencies, 99 units, 8 indices, 64 reference spans in bodies/);
  });

  it('reports one error of each kind, naming file and field, and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    const plan = (id: string) => join(dir, 'plans', `${id}.mdx`);
    const edit = (id: string, change: (text: string) => string, to = id) => {
      const text = change(readFileSync(plan(id), 'utf8'));
      mkdirSync(dirname(plan(to)), { recursive: true });
      writeFileSync(plan(to), text);
    };
    edit('quang-tri/ubnd-tinh/2022/tuyen-truyen-cchc', (t) => t.replace(/^title: .*\n/m, '')); // schema
    edit('ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd', (t) => t.replace(/^year: .*$/m, 'year: 2025'), 'ha-tinh/ubnd-huyen-ky-anh/2025/84-kh-ubnd'); // duplicate identity
    edit('ben-tre/ubnd-tinh/2021/105-kh-ubnd', (t) => t.replace(/^indices: .*$/m, 'indices: [gdp]')); // unknown index
    edit('cao-bang/so-vhttdl/2022/tuyen-truyen-cchc', (t) => `${t}\nimport X from "./x.js"\n`); // MDX import
    edit('ninh-thuan/ubnd-huyen-ninh-phuoc/2024/tuyen-truyen-cchc', (t) => `${t}\nTheo Quyết định số 12/ QĐ UBND của huyện.\n`); // unreadable number
    writeFileSync(join(dir, 'agencies', 'ha-tinh.yaml'), readFileSync(join(dir, 'agencies', 'ha-tinh.yaml'), 'utf8').replace('kind: buu-dien', 'kind: post-office')); // bad agency
    const result = check(dir);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/quang-tri\/ubnd-tinh\/2022\/tuyen-truyen-cchc\.mdx › title: expected title/);
    expect(result.output).toMatch(/2025\/84-kh-ubnd\.mdx › number: same identity as/);
    expect(result.output).toMatch(/105-kh-ubnd\.mdx › indices\.0: unknown index "gdp"/);
    expect(result.output).toMatch(/cao-bang\/so-vhttdl\/2022\/tuyen-truyen-cchc\.mdx › line \d+:1: import\/export statement is not allowed in a plan/);
    expect(result.output).toMatch(/ninh-phuoc\/2024\/tuyen-truyen-cchc\.mdx › body: "12\/ QĐ" looks like a document number the references parser cannot read/);
    expect(result.output).toMatch(/agencies\/ha-tinh\.yaml › \[\d+\] \(buu-dien-huyen-ky-anh\)\.kind: expected kind as one of/);
  });

  it('accepts the numbers other issuers give their letters after "Văn bản số", and still refuses a number with its issuer lost', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    const file = join(dir, 'plans', 'ninh-thuan/ubnd-huyen-ninh-phuoc/2024/tuyen-truyen-cchc.mdx');
    const seed = readFileSync(file, 'utf8');
    // As Sở Công Thương Lào Cai's plan KH-3957 cites the companies' requests (tests/fixtures/real/SOURCES.md).
    const companies = '\nCông ty cổ phần Xây dựng Yên Hà tại Văn bản số 12/YH/KT-TC ngày 15/6/2026; Công ty TNHH tại Văn bản số 93/CT-05 ngày 18/6/2026 và Văn bản số 305/QLTC ngày 20/4/2026.\n';
    writeFileSync(file, `${seed}${companies}`);
    const ok = check(dir);
    expect(ok.status, ok.output).toBe(0);
    writeFileSync(file, `${seed}${companies}\nTheo Quyết định số 12/QĐ UBND của huyện.\n`);
    const refused = check(dir);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/tuyen-truyen-cchc\.mdx › body: "12\/QĐ" looks like a document number the references parser cannot read/);
    expect(refused.output).not.toMatch(/12\/YH|93\/CT|305\/QLTC/);
  });
});
