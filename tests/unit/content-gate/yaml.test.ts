import { describe, expect, it } from 'vitest';
import { parseYamlSafe } from '../../../src/lib/content-gate/yaml';
import { ContentError } from '../../../src/lib/content-error';

const problems = (text: string, firstLine = 1) => {
  try {
    parseYamlSafe(text, 'f.yaml', firstLine);
  } catch (error) {
    return (error as ContentError).problems.map((p) => `${p.field}: ${p.message}`);
  }
  return [];
};

/** The "billion laughs": nine levels of nine aliases, 9^9 strings from a few hundred bytes. */
const LAUGHS = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');

describe('safe YAML', () => {
  it('parses plain YAML 1.2: dates stay text, no yes/no booleans', () => {
    expect(parseYamlSafe('date: 2024-01-12\nx: yes\nn: 12\nl: [a, "b"]\n', 'f')).toEqual({ date: '2024-01-12', x: 'yes', n: 12, l: ['a', 'b'] });
  });

  it('refuses anchors and aliases where they are written, in milliseconds (the billion laughs)', () => {
    const started = performance.now();
    const found = problems(LAUGHS);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(found[0]).toBe('line 1:7: YAML anchor &a is not allowed: write the value out where it is needed');
    expect(found).toContain('line 2:8: YAML alias *a is not allowed: write the value out');
  });

  it('refuses duplicate keys, tags and merge keys, naming the line in the file', () => {
    expect(problems('a: 1\nb: 2\na: 3\n', 2)).toEqual(['line 4:1: not valid YAML: Map keys must be unique']);
    expect(problems('a: !!binary aGk=\n')).toEqual(['line 1:13: YAML tag !!binary is not allowed: write a plain value (quoted for text)']);
    expect(problems('a: !!js/function "x"\n')[0]).toMatch(/^line 1:\d+: YAML tag !!js\/function is not allowed/);
    expect(problems('b: {x: 1}\na:\n  <<: {x: 1}\n')).toEqual([]); // "<<" is an ordinary key: no merging
    expect(parseYamlSafe('a:\n  <<: {x: 1}\n', 'f')).toEqual({ a: { '<<': { x: 1 } } });
  });

  it('refuses syntax errors, and nesting deep enough to exhaust the parser before parsing', () => {
    expect(problems('a: [b\n')[0]).toMatch(/^line \d+:\d+: not valid YAML: /);
    const started = performance.now();
    expect(problems('['.repeat(100_000))).toEqual(['line 1:65: brackets nested more than 64 deep: YAML nested this deep is not accepted']);
    expect(problems(`a: 1\n${'- '.repeat(60_000)}x`)).toEqual(['line 2:1: indented more than 128 columns: YAML nested this deep is not accepted']);
    expect(problems('- '.repeat(60_000))).toEqual(['line 1:1: indented more than 128 columns: YAML nested this deep is not accepted']);
    expect(problems(`deep: ${'a: '.repeat(50_000)}x`)).toEqual(['line 1:197: more than 64 "key:" or "-" on one line: YAML nested this deep is not accepted']);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problems('? [a]\n: 1\n')).toEqual(['line 1:3: a key must be plain text, not a list or mapping']);
    // Brackets inside quotes and comments are text.
    expect(problems(`a: "${'['.repeat(100)}"\nb: '${'{'.repeat(100)}'\nc: 1 # ${'['.repeat(100)}\n`)).toEqual([]);
  });
});
