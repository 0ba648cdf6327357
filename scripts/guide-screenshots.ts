/**
 * The pictures of the publishing guide (content/README.md, "Hướng dẫn cho cán bộ đăng kế
 * hoạch"): `npm run screenshots:guide -- <document> [<out dir>]` (default out dir:
 * docs/huong-dan/). It does what the guide tells agency staff to do, on a copy of the
 * content tree in a scratch directory, and photographs each step in Debian's Chromium:
 *
 * 1. `npm run import -- <document>`: the report, as the terminal shows it (bao-cao-nhap.png);
 * 2. `npm run check`: the content gate's verdict on the tree with the new plan (kiem-tra.png);
 * 3. the build, and the new plan's page on the portal, desktop and phone
 *    (ke-hoach-may-tinh.png, ke-hoach-dien-thoai.png).
 *
 * Any step that fails stops the script with its output: a guide must not show a step that
 * does not work. The repository's content/ and dist/ are never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/browser';
import { serve } from './lib/static-server';
import { escapeHtmlText as escapeHtml } from '../src/lib/escape';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [documentArg, outArg = 'docs/huong-dan'] = process.argv.slice(2);
if (!documentArg) {
  console.error('usage: npm run screenshots:guide -- <document (.docx, .pdf, .html, .md, .txt)> [<out dir>]');
  process.exit(2);
}
const document = resolve(documentArg);
const out = resolve(outArg);

/** Runs a step in `cwd`; stops the script with its output when it fails. */
function step(what: string, cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.replace(/\u001b\[[0-9;]*m/g, '');
  if (result.status !== 0) {
    console.error(`${what} failed (exit ${result.status}):\n${output}`);
    process.exit(1);
  }
  return output;
}

/** The plan files under a content tree's plans/, by path. */
function planFiles(content: string): Set<string> {
  const dir = join(content, 'plans');
  return new Set((readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.mdx') && statSync(join(dir, file)).isFile()));
}

/** A terminal's text as a page: dark background, the command on top. DejaVu Sans, not its monospace sibling, which has no precomposed Vietnamese letters (its "ố" is drawn as "ô" and a loose accent). */
function terminalPage(command: string, text: string): string {
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><style>
    body { margin: 0; background: #1e1e1e; color: #e6e6e6; font: 15px/1.5 "DejaVu Sans", sans-serif; }
    pre { margin: 0; padding: 16px 20px; font: inherit; white-space: pre-wrap; overflow-wrap: anywhere; }
    .prompt { color: #8ae234; }
  </style><pre><span class="prompt">$ ${escapeHtml(command)}</span>\n${escapeHtml(text.trimEnd())}</pre></html>`;
}

const scratch = mkdtempSync(join(tmpdir(), 'guide-'));
try {
  const content = join(scratch, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const before = planFiles(content);
  const tsx = join(ROOT, 'node_modules/.bin/tsx');

  // As staff run it: from their checkout (here the scratch copy), on the file by its name.
  const name = basename(document);
  cpSync(document, join(scratch, name));
  const report = step('import', scratch, tsx, [join(ROOT, 'scripts/import.ts'), name]);
  const added = [...planFiles(content)].filter((file) => !before.has(file));
  if (added.length !== 1) throw new Error(`import wrote ${added.length} plan files, expected 1`);
  const planPath = added[0]!.replace(/\.mdx$/, '');
  // npm run check on that tree (its output names no path).
  const check = step('check', ROOT, tsx, ['scripts/check-content.ts', content]);
  const dist = join(scratch, 'dist');
  step('build', ROOT, process.execPath, ['scripts/build.mjs', '--out', dist], { PORTAL_CONTENT_DIR: content, PORTAL_CACHE_DIR: join(scratch, 'cache') });

  mkdirSync(out, { recursive: true });
  const server = await serve(dist);
  const browser = await launchChromium();
  try {
    const shoot = async (file: string, viewport: { width: number; height: number }, load: (page: Awaited<ReturnType<typeof browser.newPage>>) => Promise<unknown>) => {
      const page = await browser.newPage({ viewport });
      await load(page);
      await page.screenshot({ path: join(out, file), fullPage: false });
      await page.close();
      console.log(`wrote ${relative(ROOT, join(out, file))}`);
    };
    await shoot('bao-cao-nhap.png', { width: 1100, height: 760 }, (page) => page.setContent(terminalPage(`npm run import -- ${name}`, report)));
    await shoot('kiem-tra.png', { width: 1100, height: 120 }, (page) => page.setContent(terminalPage('npm run check', check)));
    await shoot('ke-hoach-may-tinh.png', { width: 1280, height: 900 }, (page) => page.goto(`${server.origin}/ke-hoach/${planPath}/`));
    await shoot('ke-hoach-dien-thoai.png', { width: 390, height: 844 }, (page) => page.goto(`${server.origin}/ke-hoach/${planPath}/`));
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
