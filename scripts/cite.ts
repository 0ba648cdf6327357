/**
 * `npm run cite -- <file>` (or `-` for standard input): prints the references found in any
 * Vietnamese text as a JSON array, in reading order. A contract for tools and tests:
 * each object has type, number, numberAsWritten, date, issuer, key, surface, start, end
 * (JavaScript string offsets: input.slice(start, end) === surface) and kind, plus the
 * resolution details (pin, refersTo, amends, amendedBy, groups …). `kind` tells a
 * citation of another document from the text naming itself:
 *   full       a numbered reference to another document (its first mention, or one with its date)
 *   short      a later mention of a number already cited in the same text
 *   self       the document's own number: its header "Số: …", an appendix caption "Kèm theo … số …"
 *   anaphoric  "Kế hoạch này", "Quyết định nêu trên", a short name the text defined; refersTo
 *              is the key it stands for, or null
 *   named      a law by name and date or year, a programme by its name
 * Context options make "của UBND tỉnh" resolvable:
 *   --province <id> --province-name <name> [--district <id> --district-name <name>] [--date YYYY-MM-DD]
 *   [--number <the text's own number>]
 * Errors (missing file, binary input, over 10 MB) are one line on stderr and exit 1/2.
 */
import { findCitations, type CitationContext } from '../src/lib/citations';
import { InputError, readBoundedStream, readBoundedSync } from '../src/lib/content-gate/bounded-read';
import { LIMITS } from '../src/lib/content-gate/limits';

function fail(message: string, code = 1): never {
  process.stderr.write(`cite: ${message}\n`);
  process.exit(code);
}

function option(args: string[], name: string): string | null {
  const at = args.indexOf(name);
  return at === -1 ? null : (args[at + 1] ?? fail(`${name} needs a value`, 2));
}

const args = process.argv.slice(2);
const file = args.find((arg, i) => !arg.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--'))) ?? null;
if (file === null) fail('usage: npm run cite -- <file | -> [--province <id> --province-name <name>] [--district <id> --district-name <name>] [--date YYYY-MM-DD] [--number <own number>]', 2);

// At most the limit + 1 bytes are read, from a file, a device or a pipe (`yes | npm run cite -- -`).
let bytes: Buffer;
try {
  bytes = file === '-' ? await readBoundedStream(process.stdin, LIMITS.cliInput) : readBoundedSync(file, LIMITS.cliInput);
} catch (error) {
  if (error instanceof InputError) fail(error.message);
  throw error;
}
if (bytes.includes(0)) fail('input looks binary (it contains NUL bytes); expected text');
let input: string;
try {
  input = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
  fail('input is not valid UTF-8 text');
}

const context: CitationContext = {};
const province = option(args, '--province');
if (province) context.province = { id: province, name: option(args, '--province-name') ?? province };
const district = option(args, '--district');
if (district) context.district = { id: district, name: option(args, '--district-name') ?? district };
context.date = option(args, '--date');
context.number = option(args, '--number');

const citations = findCitations(input, context).map(({ kind, type, number, numberAsWritten, date, issuer, key, surface, start, end, ...rest }) => ({
  type,
  number,
  numberAsWritten,
  date,
  issuer,
  key,
  surface,
  start,
  end,
  kind,
  ...rest,
}));
process.stdout.write(`${JSON.stringify(citations, null, 2)}\n`);
