import { describe, expect, it } from 'vitest';
import { detectIndices, loadIndices } from '../../src/lib/indices';
import { bodyTextOfSource } from '../../src/lib/markdown/body-text';
import { readIndices, readPlans } from '../../scripts/lib/read-content';

const indices = readIndices().map((entry) => entry.data);

describe('indices', () => {
  it('are the eight indices the seeds name, defined as the plans define them', () => {
    expect(indices.map((index) => index.label)).toEqual(['PAR INDEX', 'PAPI', 'PCI', 'DDCI', 'SIPAS', 'ICT INDEX', 'DTI', 'IPA']);
  });

  it.each(readPlans().map((plan) => [plan.id, plan] as const))('%s: the frontmatter tags are the indices its text names', (_id, plan) => {
    const text = `${plan.data.title}\n${bodyTextOfSource(plan.body).text}`;
    expect(detectIndices(text, indices)).toEqual(indices.map((i) => i.id).filter((id) => plan.data.indices.includes(id)));
  });

  it('detects acronyms and names, not look-alikes', () => {
    expect(detectIndices('nâng cao Chỉ số PAR-INDEX và chỉ số năng lực cạnh tranh', indices)).toEqual(['par-index', 'pci']);
    expect(detectIndices('Chỉ số đánh giá năng lực cạnh tranh các đơn vị, địa phương (DDCI)', indices)).toEqual(['ddci']);
    expect(detectIndices('TOPICAL, SIPASS, ICTX', indices)).toEqual([]);
  });

  it('refuses a bad entry, naming the file and the field', () => {
    expect(() => loadIndices('- id: X\n  label: X\n  name: x\n  definedIn: x\n  patterns: ["("]\n')).toThrow(
      /content\/indices\.yaml › \[0\]\.id: .*slug[\s\S]*\[0\]\.patterns\.0: "\(" is not a valid regular expression/,
    );
  });
});
