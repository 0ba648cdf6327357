/**
 * Links every reference in a plan's body to the page of the document it cites, without
 * changing a character of the text. The references are found once in the body's joined
 * text (body-text.ts) with the plan's context, then each one that lies within a single
 * text node becomes a link there. The core is a pure function over the tree; the remark
 * plugin reads the plan's context from its frontmatter and leaves the text and every
 * citation it found on the file ({@link BODY_CITATIONS}), where the renderer takes them
 * for the citation index: the body's citations are found once per build, here.
 */
import type { Link, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { CITING_KINDS, findCitations, type Citation, type CitationContext } from '../citations';
import { citationContext } from '../citation-context';
import { visit } from 'unist-util-visit';
import { bodyText } from './body-text';
import { documentUrl } from '../urls';

/** What the citation links read in a body: its reading text and every citation in it (all kinds, in reading order). */
export interface BodyCitations {
  text: string;
  citations: Citation[];
}

/** The key of the file data (`file.data[BODY_CITATIONS]`) where the remark plugin leaves the {@link BodyCitations} it read. */
export const BODY_CITATIONS = 'bodyCitations';

/** Wraps each reference in a link to its document page. Mutates the tree; returns the citations linked. */
export function linkCitations(tree: Root, context: CitationContext): Citation[] {
  return linkBodyCitations(tree, context).linked;
}

/**
 * {@link linkCitations}, also returning what it read: the body's text and every citation
 * found in it (also the plan naming itself and anaphora, which the citation index reads).
 */
export function linkBodyCitations(tree: Root, context: CitationContext): { linked: Citation[]; body: BodyCitations } {
  const { text, pieces } = bodyText(tree);
  const found = findCitations(text, context);
  // Only citations of other documents link: not the plan naming itself, not "Kế hoạch này".
  const citations = found.filter((citation) => CITING_KINDS.has(citation.kind));
  const linked: Citation[] = [];
  const byNode = new Map<Text, Citation[]>();
  for (const citation of citations) {
    const piece = pieces.find((p) => p.start <= citation.start && citation.end <= p.end);
    if (!piece || !piece.linkable) continue;
    byNode.set(piece.node, [...(byNode.get(piece.node) ?? []), citation]);
    linked.push(citation);
  }
  const replacements = new Map<Text, PhrasingContent[]>();
  for (const piece of pieces) {
    const found = byNode.get(piece.node);
    if (!found) continue;
    const replacement: PhrasingContent[] = [];
    let at = piece.start;
    for (const citation of found) {
      if (citation.start > at) replacement.push({ type: 'text', value: text.slice(at, citation.start) });
      const link: Link = {
        type: 'link',
        url: documentUrl(citation.key),
        children: [{ type: 'text', value: text.slice(citation.start, citation.end) }],
        data: { hProperties: { className: ['cite'], dataKey: citation.key } },
      };
      replacement.push(link);
      at = citation.end;
    }
    if (at < piece.end) replacement.push({ type: 'text', value: text.slice(at, piece.end) });
    replacements.set(piece.node, replacement);
  }
  visit(tree, 'text', (node: Text, index, parent) => {
    const replacement = replacements.get(node);
    if (!replacement || !parent || index === undefined) return;
    parent.children.splice(index, 1, ...replacement);
    return index + replacement.length;
  });
  return { linked, body: { text, citations: found } };
}

/** Frontmatter fields the plugin reads (as the plan file holds them). */
interface PlanFrontmatter {
  province?: string;
  district?: string | null;
  date?: string | number | null;
  year?: number;
  number?: string | null;
}

/**
 * Remark plugin. `unitNames` maps province and district ids to their names, so that
 * "UBND huyện Kỳ Anh" in a Kỳ Anh plan is recognised as the plan's own district.
 */
export function remarkCitationLinks(options: { unitNames: ReadonlyMap<string, string> }) {
  return (tree: Root, file: VFile) => {
    const frontmatter = ((file.data as { astro?: { frontmatter?: PlanFrontmatter } }).astro?.frontmatter ?? {}) as PlanFrontmatter;
    const context = citationContext(
      {
        province: frontmatter.province ?? null,
        district: frontmatter.district ?? null,
        date: frontmatter.date != null ? String(frontmatter.date) : null,
        year: frontmatter.year ?? null,
        number: frontmatter.number ?? null,
      },
      options.unitNames,
    );
    file.data[BODY_CITATIONS] = linkBodyCitations(tree, context).body;
  };
}
