/**
 * The HTML an agency copies into its own site to show a list of plans: an iframe of our
 * embed page. It lands on other sites, where our CSP does not apply, so every value is
 * escaped for its attribute ({@link escapeHtmlAttr}): an agency name with `"` cannot add
 * attributes or tags to the agency's page.
 */
import { escapeHtmlAttr } from './escape';

/** The iframe snippet for the embed page at `src` (absolute URL), titled `title`. */
export function embedSnippet(src: string, title: string): string {
  return `<iframe src="${escapeHtmlAttr(src)}" title="${escapeHtmlAttr(title)}" width="100%" height="420" loading="lazy" style="border:1px solid #c9ced6"></iframe>`;
}
