/**
 * MDX is code: a plan may use Markdown only. This transform refuses ESM (`import`,
 * `export`), JavaScript expressions (`{…}`) and JSX or HTML tags in a plan's body, so
 * that no content file can run code or inject markup into the portal.
 *
 * The check is a pure function over the syntax tree (testable without a processor);
 * the remark plugin wraps it and fails the build with the file, line and what to do.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { relative } from 'node:path';

/** Components a plan may use. None yet: our own components are injected after the check. */
export const ALLOWED_COMPONENTS: ReadonlySet<string> = new Set();

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

/** Every node of the tree that a plan may not contain, in document order. */
export function findMdxViolations(tree: Root): MdxViolation[] {
  const violations: MdxViolation[] = [];
  visit(tree as Node, (node) => {
    let found: string | undefined = DESCRIPTIONS[node.type];
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = (node as Node & { name?: string | null }).name ?? '';
      if (!ALLOWED_COMPONENTS.has(name)) found = name ? `tag <${name}>` : 'fragment <>';
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
    violations
      .map((v) => `  - line ${v.line ?? '?'}${v.column ? `:${v.column}` : ''}: ${v.found}`)
      .join('\n') +
    '\n  Write a literal {, }, < or > as \\{, \\}, \\< or \\>.'
  );
}

/** Remark plugin: fails the compilation of a file that contains MDX code. */
export function remarkMdxAllowlist() {
  return (tree: Root, file: VFile) => {
    const violations = findMdxViolations(tree);
    if (violations.length > 0) {
      const path = file.path ? relative(process.cwd(), file.path) : '<unknown file>';
      throw new Error(formatMdxViolations(path, violations));
    }
  };
}
