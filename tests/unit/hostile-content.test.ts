/**
 * The hostile-content suite, `npm run check` side: every defect class of issue 13 in one
 * content tree; check refuses each with the gate's own message (the build suite,
 * tests/build/hostile-content.test.ts, asserts the same lines from the build), within
 * 10 s and 1 GB. And the gate itself on arbitrary bytes: a verdict, never a crash.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { readPlanSource } from '../../src/lib/content-gate/plan-source';
import { planBodyProblems } from '../../src/lib/content-gate/plan-body';
import { HOSTILE_CASES, ROOT, gateLines, problemLines, writeHostileTree } from '../helpers/hostile';
import { scratchDir, removeScratch } from '../helpers/build';

const TIME = '/usr/bin/time';

describe('hostile content through npm run check', () => {
  it('refuses every class with the gate’s message, naming file and line or field, in under 10 s of CPU and 1 GB', () => {
    if (!existsSync(TIME)) throw new Error('GNU time (/usr/bin/time) is needed to measure memory: apt-get install time');
    const dir = scratchDir('hostile');
    const content = writeHostileTree(join(dir, 'content'));
    const gate = gateLines(content);
    for (const c of HOSTILE_CASES)
      expect(
        gate.filter((line) => c.expected.test(line)),
        c.name,
      ).toHaveLength(1);

    const result = spawnSync(TIME, ['-f', 'TIME %U %S %M', process.execPath, join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-content.ts', content], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    // CPU time (user + system), not wall time: the machine may be shared.
    const [, user, system, kilobytes] = /TIME ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr) ?? [];
    expect(result.status, result.stderr).toBe(1);
    const check = problemLines(result.stderr);
    for (const line of gate) expect(check, line).toContain(line);
    // Only the gate's lines: the refused files are not read any further.
    expect(check.sort()).toEqual([...gate].sort());
    expect(Number(user) + Number(system)).toBeLessThan(10);
    expect(Number(kilobytes) * 1024).toBeLessThan(1024 ** 3);
    removeScratch(dir);
  });
});

describe('the gate on arbitrary input', () => {
  const verdict = (bytes: Uint8Array) => {
    try {
      const source = readPlanSource('x.mdx', bytes);
      return planBodyProblems('x.mdx', source.body, source.bodyStartLine, { planPath: 'plans/a/b/2024/x.mdx', images: new Set() });
    } catch (error) {
      if (error instanceof ContentError) return error.problems;
      throw error;
    }
  };

  it('any bytes after a frontmatter opening give problems naming the file, or a source; never another error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, close) => {
        const input = Buffer.concat([Buffer.from('---\n'), Buffer.from(bytes), Buffer.from(close ? '\n---\nText\n' : '')]);
        for (const problem of verdict(input)) expect(problem.file).toBe('x.mdx');
      }),
      { numRuns: 500 },
    );
  });

  it('any YAML-looking frontmatter (anchors, aliases, tags, brackets, indentation) gets a verdict', () => {
    const token = fc.constantFrom('a: ', '&x ', '*x ', '!!str ', '[', ']', '{', '}', ', ', '- ', '  ', '\n', '"', "'", '#', ': ', '? ', 'đ', '\\x01', '<<: ');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (tokens) => {
        const problems = verdict(Buffer.from(`---\n${tokens.join('')}\n---\nText\n`));
        for (const problem of problems) expect(problem.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});
