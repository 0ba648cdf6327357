/**
 * The Content-Security-Policy every page declares (as a meta tag): nothing from another
 * origin, no script unless a page needs it, frames of the portal's own pages only where
 * a page previews an embed.
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
