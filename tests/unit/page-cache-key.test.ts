import { describe, expect, it } from 'vitest';
import { keyText, pageCacheKey } from '../../src/lib/page-cache-key';

describe('pageCacheKey', () => {
  it('gives equal keys for equal data and different keys for any change', () => {
    const plan = { id: 'a/b', data: { title: 'Kế hoạch', year: 2024, tasks: [{ lead: 'x' }] } };
    expect(pageCacheKey([plan])).toBe(pageCacheKey([structuredClone(plan)]));
    expect(pageCacheKey([plan])).not.toBe(pageCacheKey([{ ...plan, data: { ...plan.data, year: 2025 } }]));
    expect(pageCacheKey([plan])).not.toBe(pageCacheKey([{ ...plan, data: { ...plan.data, tasks: [{ lead: 'y' }] } }]));
    expect(pageCacheKey([plan])).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps parts apart', () => {
    expect(pageCacheKey(['ab'])).not.toBe(pageCacheKey(['a', 'b']));
    expect(pageCacheKey([['a', 'b']])).not.toBe(pageCacheKey(['a', 'b']));
  });

  it('reads Maps, Sets, Dates and URLs by their content', () => {
    expect(pageCacheKey([new Map([['a', 1]])])).not.toBe(pageCacheKey([new Map([['a', 2]])]));
    expect(pageCacheKey([new Set(['x'])])).not.toBe(pageCacheKey([new Set(['y'])]));
    expect(pageCacheKey([new Map()])).not.toBe(pageCacheKey([new Set()]));
    expect(pageCacheKey([new Date('2024-01-01')])).not.toBe(pageCacheKey([new Date('2024-01-02')]));
    expect(pageCacheKey([new URL('https://a.vn/')])).not.toBe(pageCacheKey([new URL('https://b.vn/')]));
  });

  it('tells an undefined field from a missing one, and from null', () => {
    expect(keyText({ a: undefined })).not.toBe(keyText({}));
    expect(keyText({ a: undefined })).not.toBe(keyText({ a: null }));
    expect(keyText([undefined])).not.toBe(keyText([null]));
    expect(keyText({ n: Number.NaN })).not.toBe(keyText({ n: null }));
  });

  it('refuses what it cannot key, rather than leaving it out', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    expect(() => pageCacheKey([cyclic])).toThrow(/page cache key:.*circular/i);
    expect(() => pageCacheKey([{ render: () => 'x' }])).toThrow(/page cache key: render is a function/);
    expect(() => pageCacheKey([{ n: 1n }])).toThrow(/page cache key:.*BigInt/i);
  });

  it('keys a shared object by its stand-in, not by what it refers to', () => {
    const document = { key: 'vn-76-nq-cp-2021', citations: [{ plan: 'a' }] };
    const standIn = (value: object) => (value === document ? { document: document.key } : undefined);
    const page = { cites: [document] };
    const before = pageCacheKey([page], standIn);
    document.citations.push({ plan: 'b' });
    expect(pageCacheKey([page], standIn)).toBe(before);
    expect(pageCacheKey([page])).not.toBe(before);
    expect(pageCacheKey([{ cites: [{ ...document }] }], standIn)).not.toBe(before);
  });

  it('keys the same object reached twice (not a cycle)', () => {
    const agency = { key: 'quang-tri/so-noi-vu' };
    expect(() => pageCacheKey([{ issuer: agency, leads: [agency] }])).not.toThrow();
  });
});
