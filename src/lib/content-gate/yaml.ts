/**
 * Safe YAML for every YAML the portal reads (plan frontmatter, agencies, districts,
 * indices), with the `yaml` library rather than js-yaml: `yaml` refuses duplicate keys
 * (`uniqueKeys`), has an alias budget (`maxAliasCount`) and keeps the line and column of
 * every node and error, so that an anchor or alias is refused where it is written
 * (a few hundred bytes of aliases expand to billions of nodes; content never needs
 * them), and `toJS` runs with `maxAliasCount: 0` as a second guard. js-yaml has no alias limit: its loader shares the aliased objects, and every
 * later walk over the value (normalisation, the schema) expands them.
 * Schema "core" (YAML 1.2): no timestamps, no merge keys (`<<`), no binary or set tags;
 * an unknown tag is refused.
 */
import { isAlias, isCollection, isNode, isPair, parseDocument, visit, type Node } from 'yaml';
import { ContentError, type ContentProblem } from '../content-error';

/** Collections and scalars one YAML text may hold (a plan's frontmatter has a few hundred). */
export const MAX_YAML_NODES = 100_000;

/** Deepest nesting accepted: real files nest 3–4 levels. Deeper input exhausts the parser's stack or memory. */
export const MAX_YAML_DEPTH = 64;
/** Widest indentation accepted (spaces and the "- ", "? ", ": " indicators before a line's content). */
export const MAX_YAML_INDENT = 128;

/**
 * A cheap scan before parsing: flow brackets deeper than {@link MAX_YAML_DEPTH} (outside
 * quotes) or a line indented past {@link MAX_YAML_INDENT} columns, where the parser
 * would recurse once per level ("- - - - …" 60,000 deep runs V8 out of memory).
 */
export function nestingProblem(text: string, file: string, firstLine = 1): ContentProblem | null {
  const firstIndent = /^[ \t?:-]*/.exec(text.slice(0, MAX_YAML_INDENT + 2))![0].length;
  if (firstIndent > MAX_YAML_INDENT) return { file, field: `line ${firstLine}:1`, message: `indented more than ${MAX_YAML_INDENT} columns: YAML nested this deep is not accepted` };
  let depth = 0;
  let quote = '';
  let line = firstLine;
  let lineStart = 0;
  // Indicators ("key: ", "- ", "? ") outside quotes on the current line: "a: a: a: …" nests too.
  let indicators = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      indicators = 0;
      const indent = /^[ \t?:-]*/.exec(text.slice(lineStart, lineStart + MAX_YAML_INDENT + 2))![0].length;
      if (indent > MAX_YAML_INDENT) return { file, field: `line ${line}:1`, message: `indented more than ${MAX_YAML_INDENT} columns: YAML nested this deep is not accepted` };
      if (quote === "'") continue;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) quote = c;
    else if ((c === ':' || c === '-' || c === '?') && (i + 1 === text.length || /\s/.test(text[i + 1]!))) {
      if (++indicators > MAX_YAML_DEPTH)
        return { file, field: `line ${line}:${i - lineStart + 1}`, message: `more than ${MAX_YAML_DEPTH} "key:" or "-" on one line: YAML nested this deep is not accepted` };
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_YAML_DEPTH) return { file, field: `line ${line}:${i - lineStart + 1}`, message: `brackets nested more than ${MAX_YAML_DEPTH} deep: YAML nested this deep is not accepted` };
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return null;
}

/** Parses `text` as one YAML document; throws a ContentError naming file, line and column. `firstLine`: the line of the text's first line in the file. */
export function parseYamlSafe(text: string, file: string, firstLine = 1): unknown {
  const at = (line: number, column: number) => `line ${line + firstLine - 1}:${column}`;
  const tooDeep = nestingProblem(text, file, firstLine);
  if (tooDeep) throw new ContentError([tooDeep]);
  let doc;
  try {
    doc = parseDocument(text, { schema: 'core', merge: false, uniqueKeys: true, strict: true, prettyErrors: true, keepSourceTokens: false, logLevel: 'error' });
  } catch (error) {
    // Nesting deep enough to exhaust the stack ("[[[[…").
    throw new ContentError([{ file, field: '', message: `not readable YAML: ${(error as Error).message}` }]);
  }
  const lineCol = (offset: number) => {
    const pos = doc.range ? lineColOf(text, offset) : { line: 1, col: 1 };
    return at(pos.line, pos.col);
  };
  const problems: ContentProblem[] = [];
  let nodes = 0;
  visit(doc, (_key, node) => {
    if (isPair(node) && isCollection(node.key)) {
      problems.push({ file, field: lineCol((node.key as Node).range?.[0] ?? 0), message: 'a key must be plain text, not a list or mapping' });
      return undefined;
    }
    if (!isNode(node)) return;
    if (++nodes > MAX_YAML_NODES) {
      problems.push({ file, field: '', message: `more than ${MAX_YAML_NODES} YAML values` });
      return visit.BREAK;
    }
    // The position only for a problem: finding it scans the text from the start, and doing
    // that for every value was quadratic in the frontmatter's length (2 % of a plan's load).
    const where = () => lineCol((node as Node).range?.[0] ?? 0);
    if (isAlias(node)) problems.push({ file, field: where(), message: `YAML alias *${node.source} is not allowed: write the value out` });
    else if ((node as Node & { anchor?: string }).anchor)
      problems.push({ file, field: where(), message: `YAML anchor &${(node as Node & { anchor?: string }).anchor} is not allowed: write the value out where it is needed` });
    else if ((node as Node).tag)
      problems.push({ file, field: where(), message: `YAML tag ${(node as Node).tag!.replace('tag:yaml.org,2002:', '!!')} is not allowed: write a plain value (quoted for text)` });
    return undefined;
  });
  const seen = new Set<string>();
  for (const issue of [...doc.errors, ...doc.warnings]) {
    const pos = issue.linePos?.[0];
    // prettyErrors appends " at line 2, column 1:" and an excerpt: the position is in the field.
    const message = `not valid YAML: ${issue.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
    if (seen.has(message)) continue; // "Maximum call stack size exceeded" at every level of a deep nesting
    seen.add(message);
    problems.push({ file, field: pos ? at(pos.line, pos.col) : '', message });
  }
  if (problems.length > 0) throw new ContentError(problems.slice(0, 10));
  return doc.toJS({ maxAliasCount: 0 });
}

function lineColOf(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}
