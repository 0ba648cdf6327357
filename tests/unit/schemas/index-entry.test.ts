/** The index schema on its own (content/indices.yaml is tested through its loader, tests/unit/indices.test.ts). */
import { describe, expect, it } from 'vitest';
import { indexSchema } from '../../../src/lib/schemas/index-entry';
import { readIndices } from '../../../scripts/lib/read-content';

const pci = { id: 'pci', label: 'PCI', name: 'Chỉ số năng lực cạnh tranh cấp tỉnh', definedIn: 'Kế hoạch số 84/KH-UBND', patterns: ['\\bPCI\\b', 'năng lực cạnh tranh'] };

describe('schemas/index-entry', () => {
  it('accepts every index of content/indices.yaml and refuses a pattern that is not a regular expression', () => {
    expect(readIndices().length).toBeGreaterThan(0);
    const [first] = readIndices();
    expect(indexSchema.safeParse({ ...first!.data, patterns: ['PCI('] }).error?.issues[0]?.message).toBe('"PCI(" is not a valid regular expression');
  });

  it('accepts an index with its label, name, definition and patterns, unchanged', () => {
    expect(indexSchema.parse(pci)).toEqual(pci);
  });

  it('needs at least one pattern, every field, and no other', () => {
    expect(indexSchema.safeParse({ ...pci, patterns: [] }).error?.issues[0]?.path).toEqual(['patterns']);
    expect(indexSchema.safeParse({ ...pci, patterns: ['ok', '[a-'] }).error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['patterns', 1], '"[a-" is not a valid regular expression'],
    ]);
    const { definedIn: _definedIn, ...partial } = pci;
    expect(indexSchema.safeParse(partial).error?.issues.map((issue) => issue.path)).toEqual([['definedIn']]);
    expect(indexSchema.safeParse({ ...pci, url: 'x' }).success).toBe(false);
  });
});
