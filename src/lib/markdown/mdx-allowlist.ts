/**
 * MDX is code: a plan may use Markdown only. This transform refuses ESM (`import`,
 * `export`), JavaScript expressions (`{…}`), JSX or HTML tags, links whose scheme could
 * run code (`javascript:`, `data:`, `vbscript:`…) and bodies over {@link MAX_BODY_BYTES},
 * so that no content file can run code, inject markup or swamp the portal.
 *
 * The check is a pure function over the syntax tree (testable without a processor);
 * the remark plugin wraps it and fails the build with the file, line and what to do.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { relative } from 'node:path';
import { imageProblem, linkProblem, LINK_SCHEMES, type ImageContext } from '../content-gate/urls';
import { LIMITS } from '../content-gate/limits';

/** Components a plan may use. None yet: our own components are injected after the check. */
export const ALLOWED_COMPONENTS: ReadonlySet<string> = new Set();

/** Largest plan file accepted: real plans are 10–40 KB; a bigger file is a conversion accident. */
export const MAX_BODY_BYTES = LIMITS.planFile;

/** Whether a link target is safe: relative, a fragment, or one of the allowed schemes ({@link LINK_SCHEMES}). */
export function isSafeUrl(url: string): boolean {
  return linkProblem(url) === null;
}
export { LINK_SCHEMES };

export interface MdxViolation {
  line: number | null;
  column: number | null;
  /** What was found, for the message: "import/export", "expression {…}", "tag <script>". */
  found: string;
}

const DESCRIPTIONS: Record<string, string> = {
  mdxjsEsm: 'import/export statement',
  mdxFlowExpression: 'JavaScript expression {…}',
  mdxTextExpression: 'JavaScript expression {…}',
  html: 'raw HTML',
};

/**
 * Every node of the tree that a plan may not contain, in document order. Links and images
 * go through the one address rule (content-gate/urls); with `images`, local images are
 * also checked against the allowed folder.
 */
export function findMdxViolations(tree: Root, images?: ImageContext): MdxViolation[] {
  const violations: MdxViolation[] = [];
  const imageIds = new Set<string>();
  visit(tree as Node, 'imageReference', (node) => {
    imageIds.add((node as Node & { identifier: string }).identifier);
  });
  visit(tree as Node, (node) => {
    let found: string | undefined = DESCRIPTIONS[node.type];
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = (node as Node & { name?: string | null }).name ?? '';
      if (!ALLOWED_COMPONENTS.has(name)) found = name ? `tag <${name}>` : 'fragment <>';
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const url = (node as Node & { url: string }).url;
      const asImage = node.type === 'image' || (node.type === 'definition' && imageIds.has((node as Node & { identifier: string }).identifier));
      found = (asImage ? imageProblem(url, images) : linkProblem(url)) ?? found;
    }
    if (found) {
      violations.push({ line: node.position?.start.line ?? null, column: node.position?.start.column ?? null, found });
    }
  });
  return violations;
}

/** Formats the violations of one file as the build error message. */
export function formatMdxViolations(file: string, violations: readonly MdxViolation[]): string {
  return (
    `${file} › body: MDX code is not allowed in a plan (only plain Markdown):\n` +
    violations.map((v) => `  - line ${v.line ?? '?'}${v.column ? `:${v.column}` : ''}: ${v.found}`).join('\n') +
    '\n  Write a literal {, }, < or > as \\{, \\}, \\< or \\>.'
  );
}

/** Remark plugin: fails the compilation of a file that contains MDX code or is too large. */
export function remarkMdxAllowlist() {
  return (tree: Root, file: VFile) => {
    const bytes = Buffer.byteLength(String(file.value));
    const violations: MdxViolation[] =
      bytes > MAX_BODY_BYTES
        ? [{ line: null, column: null, found: `a file of ${(bytes / 1024 / 1024).toFixed(1)} MB (a plan is at most ${MAX_BODY_BYTES / 1024 / 1024} MB)` }]
        : findMdxViolations(tree);
    if (violations.length > 0) {
      const path = file.path ? relative(process.cwd(), file.path) : '<unknown file>';
      throw new Error(formatMdxViolations(path, violations));
    }
  };
}
