import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatePlanFile } from '../../../src/lib/content-gate/plan-file';

const ROOT = new URL('../../../', import.meta.url).pathname;
const images = { planPath: 'plans/a/b/2024/x.mdx', images: new Set<string>() };

describe('gatePlanFile', () => {
  it('passes a real plan with its source and tree', () => {
    const gated = gatePlanFile(join(ROOT, 'content/plans/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd.mdx'), 'x.mdx', images);
    expect(gated.problems).toEqual([]);
    expect(gated.source?.frontmatter['number']).toBe('84/KH-UBND');
    expect(gated.tree?.children.length).toBeGreaterThan(10);
  });

  it('words a file over the limit as readPlanSource does, without reading it whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-file-'));
    writeFileSync(join(dir, 'big.mdx'), Buffer.alloc(3 * 1024 * 1024, 0x61));
    expect(gatePlanFile(join(dir, 'big.mdx'), 'big.mdx', images).problems).toEqual([{ file: 'big.mdx', field: '', message: 'the plan file is 3.0 MB; the limit is 1.0 MB' }]);
    expect(gatePlanFile(join(dir, 'none.mdx'), 'none.mdx', images).problems).toEqual([{ file: 'none.mdx', field: '', message: 'cannot read none.mdx: no such file or directory' }]);
  });
});
