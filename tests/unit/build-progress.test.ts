import { describe, expect, it } from 'vitest';
import { BuildProgress } from '../../scripts/lib/build-progress.mjs';

describe('build progress', () => {
  it('counts page lines instead of printing them, with a count line at most every few seconds', () => {
    let clock = 0;
    const progress = new BuildProgress({ everyMs: 5000, now: () => clock });
    const out: string[] = [];
    out.push(...progress.feed('20:27:05 [build] Building static entrypoints...'));
    for (let i = 0; i < 3000; i++) {
      clock += 5; // 3,000 pages in 15 s
      out.push(...progress.feed(`20:27:09   \u001b[2m├─\u001b[22m /tinh/t-${i}/index.html (+5ms)`.replace(/\u001b\[[0-9;]*m/g, i % 2 ? '' : '$&')));
    }
    out.push(...progress.feed('20:27:09   └─ /tinh/index.html (+5ms)'));
    out.push(...progress.feed('[ERROR] something broke'));
    out.push(...progress.end());
    expect(out).toEqual([
      '20:27:05 [build] Building static entrypoints...',
      'pages rendered: 1,000',
      'pages rendered: 2,000',
      'pages rendered: 3,000',
      '[ERROR] something broke',
      'pages rendered: 3,001',
    ]);
  });

  it('counts pages, not lines, when renders under way at once share lines, and passes a warning among them through', () => {
    let clock = 0;
    const progress = new BuildProgress({ everyMs: 5000, now: () => clock });
    const out: string[] = [];
    out.push(...progress.feed('  ├─ /a/index.html  ├─ /b/index.html  ├─ /c/index.html (cached)'));
    out.push(...progress.feed(' (+12ms)'));
    clock += 6000;
    out.push(...progress.feed(' (+14ms)  ├─ /d/index.html20:27:10 [WARN] odd'));
    out.push(...progress.feed(' (+3ms)'));
    out.push(...progress.end());
    expect(out).toEqual(['20:27:10 [WARN] odd', 'pages rendered: 4', 'pages rendered: 4']);
  });
});
