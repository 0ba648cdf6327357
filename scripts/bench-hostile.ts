/**
 * `npm run bench:hostile`: time and peak memory of `npm run check` on each hostile case of
 * scripts/lib/hostile-cases.ts alone (one content tree per case), and on a 900 KB plan that is
 * all references (the number-coverage check). Prints a line per case and writes
 * .bench/hostile.json. Needs GNU time (/usr/bin/time) for the peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOSTILE_CASES, ROOT, writeHostileTree, type HostileCase } from './lib/hostile-cases';

const TIME = '/usr/bin/time';
if (!existsSync(TIME)) {
  console.error('bench:hostile: GNU time (/usr/bin/time) is needed: apt-get install time');
  process.exit(2);
}

const seed = readFileSync(join(ROOT, 'content/plans/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd.mdx'), 'utf8');
const reference = 'Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh; ';
const references: HostileCase = {
  name: 'a 900 KB plan full of references (number coverage)',
  files: { 'plans/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd.mdx': `${seed}\n${reference.repeat(Math.floor((900 * 1024 - Buffer.byteLength(seed)) / Buffer.byteLength(reference)))}\n` },
  expected: /./,
};

mkdirSync(join(ROOT, '.bench'), { recursive: true });
const results = [];
for (const c of [...HOSTILE_CASES, references]) {
  const dir = mkdtempSync(join(ROOT, '.bench', 'hostile-'));
  const content = writeHostileTree(join(dir, 'content'), [c]);
  const run = spawnSync(TIME, ['-f', 'TIME %e %U %S %M', process.execPath, join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-content.ts', content], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 600_000,
  });
  const [, seconds, user, system, kilobytes] = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr) ?? [];
  const verdict =
    run.status === 0
      ? 'ok'
      : (run.stderr
          .split('\n')
          .find((line) => /^\s+- /.test(line))
          ?.trim()
          .replace(/^- .*?(?=› |: )/, '') ?? `exit ${run.status}`);
  const result = {
    case: c.name,
    seconds: Number(seconds),
    cpuSeconds: Math.round((Number(user) + Number(system)) * 100) / 100,
    peakRssMB: Math.round(Number(kilobytes) / 1024),
    exit: run.status,
    verdict: verdict.slice(0, 140),
  };
  results.push(result);
  console.log(`${result.case}: ${result.seconds.toFixed(2)} s (CPU ${result.cpuSeconds.toFixed(2)} s), ${result.peakRssMB} MB, exit ${result.exit} — ${result.verdict}`);
  rmSync(dir, { recursive: true, force: true });
}
const worst = { seconds: Math.max(...results.map((r) => r.seconds)), cpuSeconds: Math.max(...results.map((r) => r.cpuSeconds)), peakRssMB: Math.max(...results.map((r) => r.peakRssMB)) };
console.log(`worst: ${worst.seconds.toFixed(2)} s wall, ${worst.cpuSeconds.toFixed(2)} s CPU, ${worst.peakRssMB} MB (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
writeFileSync(join(ROOT, '.bench', 'hostile.json'), `${JSON.stringify({ date: new Date().toISOString(), results, worst }, null, 2)}\n`);
