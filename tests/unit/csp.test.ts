import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/csp';

describe('Content-Security-Policy', () => {
  it('forbids other origins and script by default', () => {
    expect(contentSecurityPolicy()).toBe("default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'");
  });
  it('allows the portal’s own scripts and frames only when asked', () => {
    expect(contentSecurityPolicy({ scripts: ["'self'"], framesSelf: true })).toMatch(/script-src 'self';.*frame-src 'self'$/);
    expect(contentSecurityPolicy({ formAction: "'none'" })).toContain("form-action 'none'");
  });
});
