/**
 * The Content-Security-Policy of every page: nothing from another origin, no script unless
 * a page needs it, frames of the portal's own pages only where a page previews an embed.
 * Pages declare it in a <meta> tag (for plain static hosts) and the web server sends it as
 * a header, with frame-ancestors, which a <meta> policy cannot carry: no site may frame
 * the portal's pages except the embeds (/nhung/), which any site may frame.
 * The policy of a page follows from its path through {@link PAGE_TYPES}, the one table
 * both the layouts and the server configuration (src/lib/server/nginx.ts) read.
 */
export interface CspOptions {
  /** Script sources for pages whose feature needs script: "'self'", hashes. Default: none. */
  scripts?: readonly string[];
  /** Whether the page frames the portal's own pages (embed previews). */
  framesSelf?: boolean;
  /** Where forms may submit: the portal ("'self'") or nowhere ("'none'"). */
  formAction?: "'self'" | "'none'";
}

export function contentSecurityPolicy({ scripts = [], framesSelf = false, formAction = "'self'" }: CspOptions = {}): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.length > 0 ? scripts.join(' ') : "'none'"}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    `form-action ${formAction}`,
    "object-src 'none'",
    ...(framesSelf ? ["frame-src 'self'"] : []),
  ].join('; ');
}

export type PageType = 'page' | 'search' | 'citation-tool' | 'embed-preview' | 'embed';

export interface PageTypePolicy {
  type: PageType;
  /** Site paths (without the base path) whose every URL is of this type; "/" is the default type. */
  prefixes: readonly string[];
  options: CspOptions;
  /** Who may frame these pages: nobody, or any site (the embeds). */
  framing: 'none' | 'any';
}

/** Page types by path prefix, most specific first; the last one ("/") is every other URL. */
export const PAGE_TYPES: readonly PageTypePolicy[] = [
  // The embeddable lists: meant for other sites' iframes; no form, no script.
  { type: 'embed', prefixes: ['/nhung/'], options: { formAction: "'none'" }, framing: 'any' },
  // The search page runs Pagefind: its script and WebAssembly.
  { type: 'search', prefixes: ['/tim-kiem/'], options: { scripts: ["'self'", "'wasm-unsafe-eval'"] }, framing: 'none' },
  // The citation tool's script.
  { type: 'citation-tool', prefixes: ['/trich-dan/'], options: { scripts: ["'self'"] }, framing: 'none' },
  // Province and agency pages preview their embed in an iframe of the portal's own.
  { type: 'embed-preview', prefixes: ['/tinh/', '/co-quan/'], options: { framesSelf: true }, framing: 'none' },
  { type: 'page', prefixes: ['/'], options: {}, framing: 'none' },
];

/** The type of the page at a site path (without the base path). */
export function pageType(sitePath: string): PageType {
  return PAGE_TYPES.find((entry) => entry.prefixes.some((prefix) => sitePath.startsWith(prefix)))?.type ?? 'page';
}

function policyOf(type: PageType): PageTypePolicy {
  const entry = PAGE_TYPES.find((candidate) => candidate.type === type);
  if (!entry) throw new Error(`unknown page type "${type}"`);
  return entry;
}

/** The policy a page of this type declares in its <meta> tag. */
export function pagePolicy(type: PageType): string {
  return contentSecurityPolicy(policyOf(type).options);
}

/** The policy the web server sends for this type: the page's own plus frame-ancestors. */
export function headerPolicy(type: PageType): string {
  return `${pagePolicy(type)}; frame-ancestors ${policyOf(type).framing === 'any' ? '*' : "'none'"}`;
}
