/**
 * Build benchmark: `npm run bench:build -- <N> [<N> …]` (e.g. 1000 10000 50000).
 *
 * For each N, generates a realistic corpus of N plans (scripts/lib/bench/corpus.ts:
 * every province before and after 2025, departments, districts, communes, years
 * 2018–2026; deterministic, BENCH_SEED, default 16) into .bench/build-<N>/content (never
 * content/), then runs the portal's real build (scripts/build.mjs, every feature on,
 * search index included) cold, and then twice more on the same content-layer cache:
 * after one plan's body was edited and after one plan was added (the incremental
 * rebuild). It prints time, peak memory (summed RSS of the build's process tree, sampled
 * every 50 ms; also per phase of the build, read from its log: scripts/lib/bench/phases.ts),
 * pages and dist/ size against the issue's targets, and appends each run to
 * .bench/build-results.json (`plans`, `issuers`, `processor`, `seconds`, `peakRssBytes`,
 * `pages`, `distBytes`, each the median of BENCH_RUNS cold builds, default 1, plus the
 * rebuild figures, CPU seconds from /usr/bin/time and the machine's load while it ran:
 * on a shared machine, CPU seconds compare better than wall-clock time).
 *
 * BENCH_REBUILD=0 skips the two rebuilds; BENCH_TAG=<t> works in .bench/build-<N>-<t>/; BENCH_PROJECT=<checkout> builds another checkout
 * of the portal (e.g. an older revision) on the same corpus, for before/after figures.
 * BENCH_PROCESSORS=unified,native adds Astro's native processor (no portal transforms)
 * for comparison; the portal's own (unified) is the default. Builds run with `nice`
 * when BENCH_NICE is set (the default is 10). Logs: .bench/build-<N>/build-<processor>.log.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, type CorpusFacts } from './lib/bench/corpus';
import { documentNumberSlug } from '../src/lib/document-number';
import { median } from './lib/bench/statistics';
import { phaseFigures, phaseMarks, type PhaseFigures } from './lib/bench/phases';
import { treeRss } from './lib/tree-rss.mjs';
import { pageCounts } from './lib/page-log.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The project whose build is measured (default this one): BENCH_PROJECT=<checkout> measures another revision on the same corpus. */
const PROJECT = resolve(process.env.BENCH_PROJECT ?? ROOT);
const RESULTS = join(ROOT, '.bench', 'build-results.json');
const GiB = 2 ** 30;
/** The issue's targets: seconds by corpus size, and peak memory at 50,000. */
const TARGET_SECONDS: Record<number, number> = { 10_000: 600, 50_000: 3600 };
const TARGET_PEAK_BYTES = 16 * GiB;

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) {
  console.error('usage: npm run bench:build -- <number of plans> [<number of plans> …]');
  process.exit(2);
}
const processors = (process.env.BENCH_PROCESSORS ?? 'unified').split(',');
const runs = Math.max(1, Number(process.env.BENCH_RUNS) || 1);
const seed = Number(process.env.BENCH_SEED) || 16;
const niceness = process.env.BENCH_NICE ?? '10';

interface BuildFigures {
  seconds: number;
  peakRssBytes: number;
  pages: number;
  distBytes: number;
  /** Mean 1-minute load average while it ran (other jobs on the machine). */
  load: number;
  /** CPU seconds (user + system) of the build's process tree, from /usr/bin/time; null without it. Less sensitive to other jobs than wall-clock time. */
  cpuSeconds: number | null;
  /** Time and memory peak of each phase the log shows (scripts/lib/bench/phases.ts). */
  phases: PhaseFigures[];
}

const TIME = '/usr/bin/time';

function dirStats(dir: string): { pages: number; distBytes: number } {
  let distBytes = 0;
  let pages = 0;
  for (const file of readdirSync(dir, { recursive: true }) as string[]) {
    const stats = statSync(join(dir, file));
    if (!stats.isFile()) continue;
    distBytes += stats.size;
    if (file.endsWith('.html')) pages++;
  }
  return { pages, distBytes };
}

async function build(contentDir: string, outDir: string, cacheDir: string, processor: string, logFile: string): Promise<BuildFigures> {
  const env = {
    ...process.env,
    PORTAL_CONTENT_DIR: contentDir,
    PORTAL_CACHE_DIR: cacheDir,
    PORTAL_MD_PROCESSOR: processor,
    BUILD_LOG: logFile,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const timeFile = `${logFile}.time`;
  const timed = existsSync(TIME) ? [TIME, '-f', '%U %S', '-o', timeFile] : [];
  const command = [...timed, ...(niceness === '0' ? [] : ['nice', '-n', niceness]), process.execPath];
  const started = process.hrtime.bigint();
  const startedAt = Date.now();
  const child = spawn(command[0]!, [...command.slice(1), join(PROJECT, 'scripts/build.mjs'), '--out', outDir], { cwd: PROJECT, env, stdio: 'ignore' });
  const loads: number[] = [];
  const samples: [number, number][] = [];
  const timer = setInterval(() => samples.push([Date.now(), treeRss(child.pid!)]), 50);
  const loadTimer = setInterval(() => loads.push(loadavg()[0]!), 5000);
  const code = await new Promise((done) => child.on('close', done));
  clearInterval(timer);
  clearInterval(loadTimer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0) throw new Error(`build with ${processor} failed (exit ${String(code)}); see ${logFile}`);
  const cpu = timed.length > 0 ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : null;
  return {
    seconds,
    peakRssBytes: samples.reduce((peak, [, rss]) => Math.max(peak, rss), 0),
    ...dirStats(outDir),
    load: loads.length ? loads.reduce((a, b) => a + b, 0) / loads.length : loadavg()[0]!,
    cpuSeconds: cpu ? cpu[0]! + cpu[1]! : null,
    phases: phaseFigures(phaseMarks(readFileSync(logFile, 'utf8'), startedAt), Date.now(), samples),
  };
}

/** One plan edited (a sentence added to its body) and one added (a copy under a new number). */
function editOne(contentDir: string): void {
  const plans = (readdirSync(join(contentDir, 'plans'), { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).sort();
  const file = join(contentDir, 'plans', plans[Math.floor(plans.length / 2)]!);
  appendFileSync(file, '\nKế hoạch này được cập nhật để đo thời gian dựng lại.\n');
}
function addOne(contentDir: string): void {
  const plans = (readdirSync(join(contentDir, 'plans'), { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).sort();
  const from = plans[0]!;
  const text = readFileSync(join(contentDir, 'plans', from), 'utf8');
  const number = /^number: (\d+)\/(\S+)$/m.exec(text);
  if (!number) throw new Error(`no number in ${from}`);
  // A number the generator never gives (its sequences stay far below 5,000) and still a valid one (at most five digits).
  const next = `${Number(number[1]) + 5000}/${number[2]}`;
  const target = join(contentDir, 'plans', dirname(from), `${documentNumberSlug(next)}.mdx`);
  writeFileSync(target, text.replace(/^number: .*$/m, `number: ${next}`));
}

/** How many pages a build's log says it rendered and copied from the last build (Astro's incremental build). */
function copiedPages(log: string): string {
  const { rendered, copied } = pageCounts(readFileSync(log, 'utf8'));
  return `${rendered} pages rendered, ${copied} copied`;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const gib = (bytes: number) => `${(bytes / GiB).toFixed(2)} GiB`;

interface Row {
  plans: number;
  issuers: number;
  processor: string;
  seconds: number;
  peakRssBytes: number;
  pages: number;
  distBytes: number;
  runs: number;
  msPerPlan: number;
  rebuildAfterEditSeconds: number;
  rebuildAfterAddSeconds: number;
  cpuSeconds: number | null;
  rebuildAfterEditCpuSeconds: number | null;
  rebuildAfterAddCpuSeconds: number | null;
  /** The (first) cold build's phases: seconds and peak RSS of each. */
  phases: PhaseFigures[];
  load: number;
  corpus: CorpusFacts & { seed: number; generator: string };
  date: string;
  machine: { cpus: number; memoryBytes: number; node: string };
  /** The git revision built. */
  revision: string;
}

const skipRebuild = process.env.BENCH_REBUILD === '0';
const rows: Row[] = [];
for (const n of sizes) {
  const dir = join(ROOT, '.bench', `build-${n}${process.env.BENCH_TAG ? `-${process.env.BENCH_TAG}` : ''}`);
  const contentDir = join(dir, 'content');
  const started = performance.now();
  const facts = generateCorpus({ contentDir: join(ROOT, 'content'), dir: contentDir, n, seed });
  console.log(
    `${n} plans generated in ${((performance.now() - started) / 1000).toFixed(1)} s: ${facts.issuers} issuers, ${facts.agencies} agencies, files ${facts.fileBytes.min}–${facts.fileBytes.max} bytes (median ${facts.fileBytes.median}), ${facts.withAppendix} with an appendix (${facts.tasks} task rows)`,
  );
  for (const processor of processors) {
    const cold: BuildFigures[] = [];
    const outDir = join(dir, `dist-${processor}`);
    const cacheDir = join(dir, `cache-${processor}`);
    for (let run = 0; run < runs; run++) {
      rmSync(cacheDir, { recursive: true, force: true });
      cold.push(await build(contentDir, outDir, cacheDir, processor, join(dir, `build-${processor}.log`)));
      console.log(`  ${processor} cold build ${run + 1}/${runs}: ${cold.at(-1)!.seconds.toFixed(1)} s, peak ${gib(cold.at(-1)!.peakRssBytes)}`);
    }
    // Incremental: the same cache, one plan edited, then one plan added.
    const pristine = join(dir, 'content-pristine');
    rmSync(pristine, { recursive: true, force: true });
    cpSync(contentDir, pristine, { recursive: true });
    let edit: Pick<BuildFigures, 'seconds' | 'cpuSeconds'> = { seconds: Number.NaN, cpuSeconds: null };
    let add: Pick<BuildFigures, 'seconds' | 'cpuSeconds'> = { seconds: Number.NaN, cpuSeconds: null };
    if (!skipRebuild) {
      editOne(contentDir);
      edit = await build(contentDir, outDir, cacheDir, processor, join(dir, `rebuild-edit-${processor}.log`));
      addOne(contentDir);
      add = await build(contentDir, outDir, cacheDir, processor, join(dir, `rebuild-add-${processor}.log`));
    }
    rmSync(contentDir, { recursive: true, force: true });
    cpSync(pristine, contentDir, { recursive: true });
    rmSync(pristine, { recursive: true, force: true });
    const seconds = median(cold.map((r) => r.seconds));
    const row: Row = {
      plans: n,
      issuers: facts.issuers,
      processor,
      seconds,
      peakRssBytes: median(cold.map((r) => r.peakRssBytes)),
      pages: cold[0]!.pages,
      distBytes: cold[0]!.distBytes,
      runs,
      msPerPlan: (seconds * 1000) / n,
      rebuildAfterEditSeconds: edit.seconds,
      rebuildAfterAddSeconds: add.seconds,
      cpuSeconds: cold.every((r) => r.cpuSeconds !== null) ? median(cold.map((r) => r.cpuSeconds!)) : null,
      rebuildAfterEditCpuSeconds: edit.cpuSeconds,
      rebuildAfterAddCpuSeconds: add.cpuSeconds,
      load: median(cold.map((r) => r.load)),
      phases: cold[0]!.phases,
      corpus: { ...facts, seed, generator: 'scripts/lib/bench/corpus.ts' },
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, memoryBytes: totalmem(), node: process.version },
      revision: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT, encoding: 'utf8' }).stdout.trim(),
    };
    rows.push(row);
    const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Row[]) : [];
    mkdirSync(dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify([...previous, row], null, 2)}\n`);
    const cpu = (value: number | null) => (value === null ? '' : ` (${value.toFixed(0)} CPU s)`);
    const rebuilt = (figures: Pick<BuildFigures, 'seconds' | 'cpuSeconds'>, log: string) =>
      `${figures.seconds.toFixed(1)} s${cpu(figures.cpuSeconds)} (${((100 * figures.seconds) / seconds).toFixed(0)} %; ${copiedPages(join(dir, log))})`;
    console.log(
      `${n} plans, ${processor}: ${seconds.toFixed(1)} s${cpu(row.cpuSeconds)} (${row.msPerPlan.toFixed(0)} ms a plan), peak ${gib(row.peakRssBytes)}, ${row.pages} pages, dist ${mib(row.distBytes)}; ` +
        (skipRebuild
          ? 'rebuilds not measured (BENCH_REBUILD=0)'
          : `rebuild after one edit ${rebuilt(edit, `rebuild-edit-${processor}.log`)}, after one addition ${rebuilt(add, `rebuild-add-${processor}.log`)}`),
    );
    console.log(`  phases: ${row.phases.map((phase) => `${phase.name} ${phase.seconds.toFixed(0)} s, peak ${gib(phase.peakRssBytes)}`).join('; ')}`);
  }
}

const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
console.log('\n| plans | issuers | processor | build + index | ms a plan | peak RSS | pages | dist | rebuild (edit / add) | load | target |');
console.log('| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const row of rows) {
  const targets: string[] = [];
  if (TARGET_SECONDS[row.plans]) targets.push(`≤ ${TARGET_SECONDS[row.plans]} s: ${verdict(row.seconds <= TARGET_SECONDS[row.plans]!)}`);
  if (row.plans >= 50_000) targets.push(`peak ≤ 16 GiB: ${verdict(row.peakRssBytes <= TARGET_PEAK_BYTES)}`);
  if (row.plans >= 10_000 && !Number.isNaN(row.rebuildAfterEditSeconds))
    targets.push(`rebuild ≤ 10 %: ${verdict(Math.max(row.rebuildAfterEditSeconds, row.rebuildAfterAddSeconds) <= 0.1 * row.seconds)}`);
  console.log(
    `| ${row.plans} | ${row.issuers} | ${row.processor} | ${row.seconds.toFixed(1)} s | ${row.msPerPlan.toFixed(0)} | ${gib(row.peakRssBytes)} | ${row.pages} | ${mib(row.distBytes)} | ${Number.isNaN(row.rebuildAfterEditSeconds) ? 'not measured' : `${row.rebuildAfterEditSeconds.toFixed(1)} s / ${row.rebuildAfterAddSeconds.toFixed(1)} s`} | ${row.load.toFixed(1)} | ${targets.join('; ') || '–'} |`,
  );
}
console.log(`\nNode ${process.version}, ${cpus().length} cores, ${gib(totalmem())}; figures appended to ${RESULTS}; logs in .bench/build-<N>/`);
