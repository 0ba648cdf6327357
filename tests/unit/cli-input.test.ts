/**
 * Every CLI reads bounded input (at most the limit + 1 bytes, devices and pipes included)
 * and answers a missing or unreadable path with one line, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

/** Runs a script through a shell (for pipes), with its peak RSS from GNU time when available. */
function run(command: string) {
  const started = performance.now();
  const result = spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, TSX: TSX, NODE: process.execPath } });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout, ms: performance.now() - started };
}

const oneLine = (text: string) => {
  expect(text.trim().split('\n')).toHaveLength(1);
  expect(text).not.toMatch(/\n\s+at /);
};

describe('bounded input for the CLIs', () => {
  it('npm run import -- /dev/zero stops at the limit', () => {
    const result = run('"$NODE" "$TSX" scripts/import.ts /dev/zero');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('import: /dev/zero is over 10.0 MB, the limit (read stopped there)\n');
    expect(result.ms).toBeLessThan(20_000);
  });

  it('yes | npm run cite -- - stops at the limit', () => {
    const result = run('yes | "$NODE" "$TSX" scripts/cite.ts -');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('cite: standard input is over 10.0 MB, the limit (read stopped there)\n');
  });

  it('npm run cite -- /dev/zero stops at the limit', () => {
    expect(run('"$NODE" "$TSX" scripts/cite.ts /dev/zero').stderr).toBe('cite: /dev/zero is over 10.0 MB, the limit (read stopped there)\n');
  });

  it('missing paths get one line each', () => {
    const check = run('"$NODE" "$TSX" scripts/check-content.ts .tmp/no-such-content');
    expect(check.status).toBe(2);
    expect(check.stderr).toBe('check: cannot read the content directory .tmp/no-such-content: no such directory\n');
    const importContent = run('"$NODE" "$TSX" scripts/import.ts content/sources/000_a3a2f507bb98c9f5.txt --json --content .tmp/no-such-content');
    expect(importContent.stderr).toBe('import: cannot read the content directory .tmp/no-such-content: no such directory\n');
    // A directory is a batch (issue 14); one with no document in it is one line and exit 1.
    const dir = run('mkdir -p .tmp/empty-import-dir && "$NODE" "$TSX" scripts/import.ts .tmp/empty-import-dir');
    oneLine(dir.stderr);
    expect(dir.status).toBe(1);
    expect(dir.stderr).toBe('import: .tmp/empty-import-dir is a directory with no document in it (.docx, .pdf, image, .html, .md, .txt)\n');
    const emptyContent = run('mkdir -p .tmp/empty-content && "$NODE" "$TSX" scripts/check-content.ts .tmp/empty-content');
    expect(emptyContent.status).toBe(1);
    for (const line of emptyContent.stderr.trim().split('\n').slice(1)) expect(line).toMatch(/^ {2}- \.tmp\/empty-content\/\S+: cannot read the file: no such file or directory$/);
  });
});
