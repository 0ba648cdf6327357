/**
 * Throughput of the citation parser: `npm run bench:cite [-- <MB>]`. Builds a text of the
 * given size (default 5 MB) from the five source texts repeated, runs findCitations on it
 * several times and prints MB/s; then the same on a dense text that is all references.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { findCitations } from '../src/lib/citations';

const megabytes = Number(process.argv[2] ?? 5);
const dir = new URL('../content/sources/', import.meta.url);
const seeds = readdirSync(dir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => readFileSync(new URL(file, dir), 'utf8'))
  .join('\n');

function measure(label: string, unit: string) {
  const text = unit.repeat(Math.ceil((megabytes * 1024 * 1024) / Buffer.byteLength(unit)));
  const bytes = Buffer.byteLength(text);
  findCitations(text.slice(0, 100_000)); // warm up
  const runs: number[] = [];
  let count = 0;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    count = findCitations(text).length;
    runs.push(performance.now() - started);
  }
  const best = Math.min(...runs);
  console.log(`${label}: ${(bytes / 1024 / 1024).toFixed(1)} MB, ${count} references, best of 3 ${best.toFixed(0)} ms → ${(bytes / 1024 / 1024 / (best / 1000)).toFixed(1)} MB/s`);
}

measure('plans (the five sources repeated)', seeds);
measure('dense (a reference every 60 bytes)', 'Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh; ');
