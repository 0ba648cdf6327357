import { describe, expect, it } from 'vitest';
import { PAGE_TYPES, headerPolicy } from '../../src/lib/csp';
import type { Redirect } from '../../src/lib/redirects';
import { CACHE, CONTENT_TYPES, HSTS, portalServerConfig, quoted, safePath, standaloneConfig } from '../../src/lib/server/nginx';

const redirects: Redirect[] = [
  { from: '/ke-hoach/a/b/2024/cu/', to: '/ke-hoach/a/b/2024/84-kh-ubnd/', kind: 'alias' },
  { from: '/so/84-kh-ubnd/a-b/', to: '/ke-hoach/a/b/2024/84-kh-ubnd/', kind: 'permalink' },
  { from: '/van-ban/a-84-kh-ubnd-2024/', to: '/ke-hoach/a/b/2024/84-kh-ubnd/', kind: 'document-plan' },
];
const config = (options: Partial<Parameters<typeof portalServerConfig>[0]> = {}) => portalServerConfig({ base: '/', redirects, brotli: true, ...options });

describe('the nginx server configuration', () => {
  it('writes each redirect as an exact location answering 301', () => {
    const text = config();
    for (const redirect of redirects) expect(text).toContain(`location = ${redirect.from} { return 301 ${redirect.to}; }`);
    expect(text).toContain('absolute_redirect off;');
  });

  it('sends each page type’s header policy, frame-ancestors none but for the embeds', () => {
    const text = config();
    for (const entry of PAGE_TYPES) {
      for (const prefix of entry.prefixes) {
        const block = text.slice(text.indexOf(`location ${prefix === '/' ? '/' : `^~ ${prefix}`} {`));
        expect(block.slice(0, block.indexOf('}')), prefix).toContain(`add_header Content-Security-Policy "${headerPolicy(entry.type)}" always;`);
      }
    }
    expect(headerPolicy('embed')).toMatch(/frame-ancestors \*$/);
    expect(headerPolicy('page')).toMatch(/frame-ancestors 'none'$/);
    for (const header of [
      'X-Content-Type-Options "nosniff"',
      'Referrer-Policy "strict-origin-when-cross-origin"',
      'Permissions-Policy "',
      `Cache-Control "${CACHE.immutable}"`,
      `Cache-Control "${CACHE.revalidate}"`,
    ]) {
      expect(text).toContain(`add_header ${header}`);
    }
  });

  it('types every file Pagefind writes and labels text as UTF-8', () => {
    const text = config();
    for (const ext of ['wasm', 'pf_fragment', 'pf_index', 'pf_meta', 'pf_filter', 'pagefind', 'html', 'csv', 'json', 'xml']) expect(CONTENT_TYPES[ext], ext).toBeDefined();
    expect(text).toMatch(/application\/wasm wasm;/);
    const charsetTypes = /\ncharset utf-8;\ncharset_types ([^;]*);/.exec(text)![1]!.split(' ');
    for (const type of ['text/csv', 'application/json', 'application/xml', 'text/css', 'text/javascript', 'text/plain']) expect(charsetTypes, type).toContain(type);
  });

  it('uses brotli_static only when the module is there, gzip_static always', () => {
    expect(config({ brotli: true })).toContain('\nbrotli_static on;');
    expect(config({ brotli: false })).not.toContain('\nbrotli_static on;');
    expect(config({ brotli: false })).toContain('\ngzip_static on;');
  });

  it('sends HSTS only when asked (HTTPS deployments)', () => {
    expect(config()).not.toContain('add_header Strict-Transport-Security');
    expect(config({ hsts: true })).toContain(`add_header Strict-Transport-Security "${HSTS}" always;`);
  });

  it('puts every location, the 404 page and each redirect under the base path', () => {
    const based: Redirect[] = redirects.map((r) => ({ ...r, from: `/cchc${r.from}`, to: `/cchc${r.to}` }));
    const text = portalServerConfig({ base: '/cchc/', redirects: based, brotli: false });
    expect(text).toContain('error_page 404 /cchc/404.html;');
    expect(text).toContain('location ^~ /cchc/nhung/ {');
    expect(text).toContain('location /cchc/ {');
    expect(text).toContain('location ^~ /cchc/_astro/ {');
    for (const line of text.split('\n').filter((l) => l.startsWith('location '))) expect(line, line).toMatch(/^location (=|\^~)? ?\/cchc\//);
    expect(() => portalServerConfig({ base: '/cchc/', redirects, brotli: false })).toThrow(/outside the base path/);
  });

  it('refuses any path from content that could inject a directive', () => {
    for (const from of ['/ke-hoach/a; return 200 x;/', '/ke-hoach/a}/', '/ke-hoach/a b/', '/ke-hoach/$host/', '/ke-hoach/a"/', '/ke-hoach/Đ/', '/ke-hoach/a\n/', '/ke-hoach/a', 'ke-hoach/a/']) {
      expect(() => config({ redirects: [{ from, to: '/', kind: 'alias' }] }), JSON.stringify(from)).toThrow(/not an ASCII slug path/);
      expect(() => config({ redirects: [{ from: '/a/', to: from, kind: 'alias' }] }), JSON.stringify(from)).toThrow(/not an ASCII slug path/);
    }
    expect(() => config({ redirects: [redirects[0]!, redirects[0]!] })).toThrow(/two redirects from/);
    expect(() => config({ base: '/a;b/' })).toThrow(/base path/);
    expect(() => quoted('a"b')).toThrow(/refusing/);
    expect(() => quoted('$uri')).toThrow(/refusing/);
    expect(() => quoted('a\\b')).toThrow(/refusing/);
    expect(quoted("default-src 'none'; x")).toBe(`"default-src 'none'; x"`);
    expect(safePath('/so/1-kh/a-b/', 'x')).toBe('/so/1-kh/a-b/');
  });
});

describe('the standalone nginx.conf (npm run serve, the tests)', () => {
  const options = { portalConf: '/srv/x-server/portal.conf', root: '/srv/x', runDir: '/tmp/run', port: 4370, brotliModule: '/usr/lib/nginx/modules/b.so', base: '/' };
  it('listens on 127.0.0.1 only, in the foreground, with its own run directory', () => {
    const text = standaloneConfig(options);
    expect(text).toContain('listen 127.0.0.1:4370;');
    expect(text).toContain('daemon off;');
    expect(text).toContain('pid "/tmp/run/nginx.pid";');
    expect(text).toContain('include "/srv/x-server/portal.conf";');
    expect(text).toContain('load_module "/usr/lib/nginx/modules/b.so";');
    expect(standaloneConfig({ ...options, brotliModule: null })).not.toContain('load_module');
  });
  it('answers 404 outside the base path, and refuses bad ports and paths', () => {
    expect(standaloneConfig({ ...options, base: '/cchc/' })).toMatch(/location \/ \{\s*return 404;/);
    expect(() => standaloneConfig({ ...options, port: 0 })).toThrow(/port/);
    expect(() => standaloneConfig({ ...options, root: '/srv/$x' })).toThrow(/refusing/);
  });
});
