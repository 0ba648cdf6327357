/** What the search benchmark reads from the search page's status sentence (scripts/lib/search-bench/probes.ts). */
import { describe, expect, it } from 'vitest';
import { PROBE, resultCount, statusDetails } from '../../scripts/lib/search-bench/probes';

describe('the status sentence', () => {
  it('gives the number of results, zero for none, and fails on anything else', () => {
    expect(resultCount('Tìm thấy 276 kế hoạch cho “cải cách hành chính”; 16 có nguyên cụm từ, xếp trước.')).toBe(276);
    expect(resultCount('Không tìm thấy kế hoạch nào cho “xyz”.')).toBe(0);
    expect(() => resultCount('Đang tìm…')).toThrow(/unexpected search status/);
  });

  it('gives the details after the count, without the final stop', () => {
    expect(statusDetails('Tìm thấy 276 kế hoạch cho “cải cách”; 16 có nguyên cụm từ, xếp trước.')).toBe('16 có nguyên cụm từ, xếp trước');
    expect(statusDetails('Tìm thấy 3 kế hoạch cho “PCI”.')).toBeNull();
  });
});

describe('the probe', () => {
  it('is plain JavaScript that records first results, all results and the Enter key', () => {
    expect(() => new Function(PROBE)).not.toThrow();
    expect(PROBE).toContain("'ket-qua'");
    expect(PROBE).toMatch(/first\.push/);
    expect(PROBE).toMatch(/done\.push/);
    expect(PROBE).toMatch(/enter\.push/);
  });
});
