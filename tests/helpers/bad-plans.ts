/**
 * Bad plans: the real Kỳ Anh plan with one defect each, and what the error must say
 * (the file and the field, and what is expected). The unit suite checks every one through
 * the gate, the schema and the catalog as `npm run check` and the build run them
 * (tests/unit/bad-plans.test.ts); the build suite builds a few of them end to end to show
 * that nothing is half-published (tests/build/bad-input.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
export const SEED_PATH = 'ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd.mdx';
export const seed = readFileSync(join(ROOT, 'content/plans', SEED_PATH), 'utf8');

export interface Fixture {
  name: string;
  /** Files to write under plans/, path → content. */
  files: Record<string, string>;
  /** What the error output must say: the file and the field, and what is expected. */
  expected: RegExp[];
}

const replace = (from: RegExp, to: string) => {
  if (!from.test(seed)) throw new Error(`fixture pattern ${from} not found in the seed`);
  return seed.replace(from, to);
};
const appendBody = (mdx: string) => `${seed}\n${mdx}\n`;

export const FIXTURES: Fixture[] = [
  {
    name: 'missing title',
    files: { [SEED_PATH]: replace(/^title: .*\n/m, '') },
    expected: [/84-kh-ubnd\.mdx/, /title: expected title \(the trích yếu/],
  },
  {
    name: 'wrong number format',
    files: { [SEED_PATH]: replace(/^number: .*$/m, 'number: "84/ KH-UBND"') },
    expected: [/84-kh-ubnd\.mdx/, /number: "84\/ KH-UBND" is not a valid number/],
  },
  {
    name: 'impossible date 31/02/2024',
    files: { [SEED_PATH]: replace(/^date: .*$/m, 'date: "2024-02-31"') },
    expected: [/84-kh-ubnd\.mdx/, /date: day 31 does not exist in 02\/2024/],
  },
  {
    name: 'unknown province',
    files: { [SEED_PATH]: replace(/^province: .*$/m, 'province: atlantis') },
    expected: [/84-kh-ubnd\.mdx › province: unknown province "atlantis"/],
  },
  {
    name: 'unknown agency',
    files: { [SEED_PATH]: replace(/^issuer: .*$/m, 'issuer: ha-tinh/ubnd-huyen-khong-co') },
    expected: [/84-kh-ubnd\.mdx › issuer: unknown agency "ha-tinh\/ubnd-huyen-khong-co"/],
  },
  {
    name: 'duplicate identity',
    files: {
      [SEED_PATH]: seed,
      // The same document (issuer, issue year, number) filed again under the next plan year.
      'ha-tinh/ubnd-huyen-ky-anh/2025/84-kh-ubnd.mdx': replace(/^year: .*$/m, 'year: 2025'),
    },
    expected: [/2025\/84-kh-ubnd\.mdx › number: same identity as .*2024\/84-kh-ubnd\.mdx/],
  },
  {
    name: 'MDX import',
    files: { [SEED_PATH]: appendBody('import Evil from "../../evil.js"') },
    expected: [/84-kh-ubnd\.mdx › line \d+:1: import\/export statement is not allowed in a plan/],
  },
  {
    name: 'JavaScript expression',
    files: { [SEED_PATH]: appendBody('Tổng: {globalThis.process.exit(1)}') },
    expected: [/84-kh-ubnd\.mdx › line \d+:7: JavaScript expression \{…\} is not allowed in a plan/],
  },
  {
    name: 'onclick attribute',
    files: { [SEED_PATH]: appendBody('<div onclick="alert(1)">Bấm vào đây</div>') },
    expected: [/84-kh-ubnd\.mdx › line \d+:1: tag <div> is not allowed in a plan/],
  },
  {
    name: 'javascript: link',
    files: { [SEED_PATH]: appendBody('Xem [văn bản](javascript:alert(document.cookie)) và [bản khác](  JaVa\tScRiPt:alert(1)).') },
    expected: [/84-kh-ubnd\.mdx › line \d+:5: link to "javascript:alert\(document\.cookie\)" \(only http, https, mailto, tel or relative links\) is not allowed$/m],
  },
  {
    name: 'raw HTML',
    files: { [SEED_PATH]: appendBody('Văn bản <b>in đậm</b> và <iframe src="https://example.com"></iframe>') },
    expected: [/84-kh-ubnd\.mdx › line \d+:9: tag <b> is not allowed/, /84-kh-ubnd\.mdx › line \d+:\d+: tag <iframe> is not allowed/],
  },
  {
    name: '5 MB body',
    files: { [SEED_PATH]: appendBody('Cải cách hành chính. '.repeat((5 * 1024 * 1024) / 24)) },
    expected: [/84-kh-ubnd\.mdx: the plan file is 5\.\d MB; the limit is 1\.0 MB/],
  },
  {
    name: 'title of 2,000 characters',
    files: { [SEED_PATH]: replace(/^title: .*$/m, `title: ${'Tuyên truyền cải cách hành chính '.repeat(61).slice(0, 2000)}`) },
    expected: [/84-kh-ubnd\.mdx/, /title: title is longer than 500 characters/],
  },
  {
    name: 'zero-width character inside the number',
    files: { [SEED_PATH]: replace(/^number: .*$/m, 'number: "84/KH\u200B-UBND"') },
    expected: [/84-kh-ubnd\.mdx/, /number: .*is not a valid number/, /number: contains an invisible character \(U\+200B ZERO WIDTH SPACE\) at position 6/],
  },
  {
    name: 'script tag',
    files: { [SEED_PATH]: appendBody('<script>alert("xss")</script>') },
    expected: [/84-kh-ubnd\.mdx › line \d+:1: tag <script> is not allowed in a plan/],
  },
];

/** The fixtures the build suite builds end to end: one per stage that can refuse a plan (gate, schema, catalog, Markdown). */
export const BUILT_FIXTURES = new Set(['5 MB body', 'missing title', 'duplicate identity', 'MDX import']);
