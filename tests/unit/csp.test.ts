import { describe, expect, it } from 'vitest';
import { PAGE_TYPES, contentSecurityPolicy, headerPolicy, pagePolicy, pageType } from '../../src/lib/csp';

describe('Content-Security-Policy', () => {
  it('forbids other origins and script by default', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'",
    );
  });
  it('allows the portal’s own scripts and frames only when asked', () => {
    expect(contentSecurityPolicy({ scripts: ["'self'"], framesSelf: true })).toMatch(/script-src 'self';.*frame-src 'self'$/);
    expect(contentSecurityPolicy({ formAction: "'none'" })).toContain("form-action 'none'");
  });
});

describe('page types', () => {
  it('follow from the path: script only on search and the citation tool, framing only for embeds', () => {
    expect(pageType('/')).toBe('page');
    expect(pageType('/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/')).toBe('page');
    expect(pageType('/tim-kiem/')).toBe('search');
    expect(pageType('/trich-dan/')).toBe('citation-tool');
    expect(pageType('/tinh/ben-tre/')).toBe('embed-preview');
    expect(pageType('/co-quan/quang-tri/so-noi-vu/')).toBe('embed-preview');
    expect(pageType('/nhung/tinh/ben-tre/')).toBe('embed');
    expect(pagePolicy('search')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(pagePolicy('page')).toContain("script-src 'none'");
    expect(pagePolicy('embed')).toContain("form-action 'none'");
    expect(pagePolicy('embed-preview')).toMatch(/frame-src 'self'$/);
  });
  it('add frame-ancestors in the header only (a meta policy cannot carry it)', () => {
    for (const entry of PAGE_TYPES) {
      expect(pagePolicy(entry.type)).not.toContain('frame-ancestors');
      expect(headerPolicy(entry.type)).toBe(`${pagePolicy(entry.type)}; frame-ancestors ${entry.type === 'embed' ? '*' : "'none'"}`);
    }
  });
});
