/**
 * Hostile and broken content, one case per defect class of issue 13, written into a
 * content tree: the unit suite runs `npm run check` on it and the build suite runs the
 * build, and both compare with what the gate functions say of each file.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatProblem } from '../../src/lib/content-error';
import { takeInventory } from '../../src/lib/content-gate/inventory';
import { gatePlanFile } from '../../src/lib/content-gate/plan-file';
import { contentLabel } from '../../src/lib/content-gate/content-text';

export const ROOT = new URL('../../', import.meta.url).pathname;
const SEED = readFileSync(join(ROOT, 'content/plans/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd.mdx'), 'utf8');
const PLAN_DIR = 'plans/ha-tinh/ubnd-huyen-ky-anh/2024';

const frontmatterLine = (line: string) => SEED.replace(/^---\n/, `---\n${line}\n`);
const body = (text: string) => `${SEED}\n${text}\n`;
/** Nine levels of nine aliases: 9^9 strings from a few hundred bytes. */
export const BILLION_LAUGHS = [
  'lol0: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((n, i) => `lol${i + 1}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

export interface HostileCase {
  /** The defect class (issue 13's numbering) and what the case is. */
  name: string;
  /** Path under the content dir → file content. */
  files: Record<string, string | Buffer>;
  /** What the message must say (on top of being the gate's own message). */
  expected: RegExp;
}

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: '1. YAML aliases (billion laughs) in frontmatter',
    files: { [`${PLAN_DIR}/aliases.mdx`]: frontmatterLine(BILLION_LAUGHS) },
    expected: /aliases\.mdx › line 2:\d+: YAML anchor &a is not allowed/,
  },
  {
    name: '1. YAML nesting that exhausts the parser',
    files: { [`${PLAN_DIR}/nesting.mdx`]: frontmatterLine(`deep:\n  ${'- '.repeat(50_000)}x`) },
    expected: /nesting\.mdx › line 3:1: indented more than 128 columns/,
  },
  { name: '1. duplicate key', files: { [`${PLAN_DIR}/duplicate.mdx`]: frontmatterLine('title: Một tên khác') }, expected: /duplicate\.mdx › line \d+:1: not valid YAML: Map keys must be unique/ },
  { name: '1. YAML tag', files: { [`${PLAN_DIR}/tag.mdx`]: frontmatterLine('extra: !!binary aGk=') }, expected: /tag\.mdx › line 2:\d+: YAML tag !!binary is not allowed/ },
  {
    name: '2. control character in a title (YAML escape)',
    files: { [`${PLAN_DIR}/control.mdx`]: SEED.replace(/^title: .*$/m, 'title: "Tuyên truyền\\x1b cải cách"') },
    expected: /control\.mdx › title: U\+001B ESCAPE is not allowed/,
  },
  {
    name: '3. body between 1 and 5 MB',
    files: { [`${PLAN_DIR}/large.mdx`]: body('Cải cách hành chính. '.repeat(Math.ceil((1.5 * 1024 * 1024) / 24))) },
    expected: /large\.mdx: the plan file is 1\.\d MB; the limit is 1\.0 MB/,
  },
  {
    name: '3. a field over its limit',
    files: { [`${PLAN_DIR}/field.mdx`]: SEED.replace(/^place: .*$/m, `place: "${'Kỳ Anh '.repeat(3000)}"`) },
    expected: /field\.mdx › place: a value of \d+ KB; the limit for one field is 16 KB/,
  },
  {
    name: '3. U+0335 in the text',
    files: { [`${PLAN_DIR}/u0335.mdx`]: body('Đồng Khởi và d\u0335ồng') },
    expected: /u0335\.mdx › line \d+:\d+: U\+0335 COMBINING SHORT STROKE OVERLAY is not allowed/,
  },
  {
    name: '3. invalid UTF-8',
    files: { [`${PLAN_DIR}/utf8.mdx`]: Buffer.concat([Buffer.from(body('Văn bản')), Buffer.from([0xff, 0xfe, 0x41])]) },
    expected: /utf8\.mdx › line \d+:1: not valid UTF-8 \(bytes FF FE 41\)/,
  },
  { name: '3. NUL byte', files: { [`${PLAN_DIR}/nul.mdx`]: body('Văn\u0000bản') }, expected: /nul\.mdx › line \d+:4: U\+0000 NULL is not allowed/ },
  {
    name: '3. agencies file in a sub-folder',
    files: { 'agencies/cu/ha-tinh.yaml': readFileSync(join(ROOT, 'content/agencies/ha-tinh.yaml')) },
    expected: /agencies\/cu\/ha-tinh\.yaml: unexpected file: an agencies file is content\/agencies\/<province>\.yaml/,
  },
  { name: '3. plan saved as .md', files: { [`${PLAN_DIR}/ban-nhap.md`]: SEED }, expected: /ban-nhap\.md: unexpected file: a plan is content\/plans\// },
  {
    name: '4. local image outside the images folder',
    files: { [`${PLAN_DIR}/image-local.mdx`]: body('![](../../x.png)') },
    expected: /image-local\.mdx › line \d+:1: image "\.\.\/\.\.\/x\.png" is outside content\/images\//,
  },
  {
    name: '4. remote image',
    files: { [`${PLAN_DIR}/image-remote.mdx`]: body('![Ảnh](https://example.com/pixel.png)') },
    expected: /image-remote\.mdx › line \d+:1: image "https:\/\/example\.com\/pixel\.png" from another origin/,
  },
  {
    name: '4. image import of a source file',
    files: { [`${PLAN_DIR}/image-import.mdx`]: body('![](../../../../../package.json)') },
    expected: /image-import\.mdx › line \d+:1: image "\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/package\.json": expected a plain relative path/,
  },
  { name: '5. HTML comment', files: { [`${PLAN_DIR}/comment.mdx`]: body('<!-- ghi chú -->') }, expected: /comment\.mdx › line \d+:1: an HTML comment <!-- … --> is not allowed/ },
  { name: '5. autolink', files: { [`${PLAN_DIR}/autolink.mdx`]: body('Xem <https://chinhphu.vn>.') }, expected: /autolink\.mdx › line \d+:5: an autolink <…> is not allowed/ },
];

/** Writes the real agencies, provinces and indices and `cases`' files into `dir` (no real plans). */
export function writeHostileTree(dir: string, cases: readonly HostileCase[] = HOSTILE_CASES): string {
  cpSync(join(ROOT, 'content/agencies'), join(dir, 'agencies'), { recursive: true });
  cpSync(join(ROOT, 'content/provinces'), join(dir, 'provinces'), { recursive: true });
  cpSync(join(ROOT, 'content/indices.yaml'), join(dir, 'indices.yaml'));
  for (const c of cases) {
    for (const [path, data] of Object.entries(c.files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), data);
    }
  }
  return dir;
}

/** What the gate functions themselves say of the tree (inventory and plan files), as `file › field: message` lines. */
export function gateLines(dir: string): string[] {
  const label = contentLabel(dir);
  const inventory = takeInventory(dir, label);
  const images = new Set(inventory.files.image);
  return [...inventory.problems, ...inventory.files.plan.flatMap((path) => gatePlanFile(join(dir, path), label(path), { planPath: path, images }).problems)].map(formatProblem);
}

/** The problem lines ("  - file › field: message") of a check or build output. */
export function problemLines(output: string): string[] {
  return output
    .split('\n')
    .map((line) => /^\s+- (.+)$/.exec(line)?.[1])
    .filter((line): line is string => line !== undefined);
}
