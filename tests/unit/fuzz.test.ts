/**
 * Property tests of every parser in src/lib on thousands of random and mutated inputs:
 * no exception escapes, results are deterministic and keep their invariants, and what
 * the formatters write the parsers read back.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { comparePartialDates, formatLongVi, formatShortVi, makePartialDate, parseIsoPartialDate, parseVietnameseDate, toIsoPartial, type PartialDate } from '../../src/lib/dates';
import { documentNumberSlug, isDocumentSymbol, parseDocumentNumber } from '../../src/lib/document-number';
import { foldVietnamese, isSlug, slugify } from '../../src/lib/slug';
import { isSafeUrl } from '../../src/lib/markdown/mdx-allowlist';
import { findInvisibleCharacters, normalizeDeep } from '../../src/lib/text-hygiene';
import { findCitations } from '../../src/lib/citations';

const RUNS = 5000;
const counts = new Map<string, number>();
function check<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns = RUNS) {
  fc.assert(fc.property(arbitrary, predicate), { numRuns, seed: 20261122 });
  counts.set(name, numRuns);
}
afterAll(() => {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(`fuzz: ${counts.size} properties, ${total} generated inputs`);
});

// Text that looks like what the parsers meet: Vietnamese letters, digits, the separators
// of numbers and dates, invisible and look-alike characters, and arbitrary Unicode.
const pieces = fc.constantFrom(
  'ngày',
  'tháng',
  'năm',
  'số',
  'Số:',
  'Quý',
  'I',
  'II',
  '/',
  '-',
  '–',
  '.',
  ' ',
  '  ',
  '\n',
  '\u200b',
  '\ufeff',
  'Đ',
  'đ',
  'Ð',
  'ế',
  'e\u0302\u0301',
  'KH',
  'UBND',
  'QĐ',
  'TTg',
  'NQ',
  'TU',
  'CTr',
  '2024',
  '12',
  '01',
  '31',
  '02',
  '0',
  '99999',
  '84',
  '129/2007/',
  'TCVN ISO 9001:2015',
);
const vietnameseish = fc.oneof(
  fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
/** A string with random edits: insertions, deletions and replacements of characters. */
function mutated(base: fc.Arbitrary<string>) {
  return fc.tuple(base, fc.array(fc.tuple(fc.nat(60), fc.nat(2), fc.string({ unit: 'grapheme', maxLength: 2 })), { maxLength: 4 })).map(([text, edits]) =>
    edits.reduce((acc, [at, kind, insert]) => {
      const i = Math.min(at, acc.length);
      return kind === 0 ? acc.slice(0, i) + insert + acc.slice(i) : kind === 1 ? acc.slice(0, i) + acc.slice(i + 1) : acc.slice(0, i) + insert + acc.slice(i + 1);
    }, text),
  );
}

const validDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => typeof makePartialDate(year, month, day) === 'object') as fc.Arbitrary<PartialDate>;

const GROUP = fc.constantFrom('KH', 'UBND', 'QĐ', 'TTg', 'NQ', 'CP', 'STTTT', 'TTBCXB', 'SNV', 'CCHC&PC', 'UBTVQH15', 'CTr', 'QĐi', 'HU', 'TU', 'VPCP');
const serial = fc.tuple(fc.integer({ min: 1, max: 99999 }), fc.boolean(), fc.constantFrom('', 'a', 'c')).map(([n, zero, suffix]) => `${zero && n < 10 ? '0' : ''}${n}${suffix}`);
const validNumber = fc.oneof(
  fc.tuple(serial, fc.array(GROUP, { minLength: 2, maxLength: 3 })).map(([s, groups]) => `${s}/${groups.join('-')}`),
  fc.tuple(serial, fc.integer({ min: 1900, max: 2099 }), fc.array(GROUP, { minLength: 1, maxLength: 2 })).map(([s, y, groups]) => `${s}/${y}/${groups.join('-')}`),
  fc.tuple(serial, GROUP, GROUP).map(([s, type, issuer]) => `${s}-${type}/${issuer}`),
);

describe('dates', () => {
  it('parseVietnameseDate never throws and returns null, a message or a real date, deterministically', () => {
    check('parseVietnameseDate on random and mutated text', fc.oneof(vietnameseish, mutated(validDate.map((d) => formatLongVi(d)))), (input) => {
      const result = parseVietnameseDate(input);
      expect(parseVietnameseDate(input)).toEqual(result);
      if (result !== null && typeof result === 'object') expect(makePartialDate(result.year, result.month, result.day)).toEqual(result);
    });
  });

  it('reads back what it writes, long and short forms', () => {
    check('dates round-trip (long, short, ISO)', validDate, (date) => {
      expect(parseVietnameseDate(formatLongVi(date))).toEqual(date);
      expect(parseVietnameseDate(formatShortVi(date))).toEqual(date);
      expect(parseVietnameseDate(formatLongVi(date).normalize('NFD'))).toEqual(date);
      expect(parseIsoPartialDate(toIsoPartial(date))).toEqual(date);
    });
  });

  it('parseIsoPartialDate never throws, and orders dates consistently', () => {
    check('parseIsoPartialDate on mutated ISO dates', mutated(validDate.map(toIsoPartial)), (input) => {
      const result = parseIsoPartialDate(input);
      if (typeof result === 'object') expect(toIsoPartial(result)).toBe(input);
    });
    check('comparePartialDates is antisymmetric', fc.tuple(validDate, validDate), ([a, b]) => {
      expect(Math.sign(comparePartialDates(a, b))).toBe(-Math.sign(comparePartialDates(b, a)));
    });
  });
});

describe('document numbers', () => {
  it('parses every canonical number and decomposes it into parts of the input', () => {
    check('parseDocumentNumber on canonical numbers', validNumber, (text) => {
      const parsed = parseDocumentNumber(text);
      expect(parsed).not.toBeNull();
      expect(parsed!.text).toBe(text);
      expect(text.startsWith(parsed!.serial)).toBe(true);
      expect(text.endsWith(parsed!.symbol)).toBe(true);
      expect(isSlug(documentNumberSlug(text))).toBe(true);
    });
  });

  it('never throws on random or mutated text, and refuses spaces and invisible characters', () => {
    check('parseDocumentNumber on random and mutated text', fc.oneof(vietnameseish, mutated(validNumber)), (text) => {
      const parsed = parseDocumentNumber(text);
      expect(parseDocumentNumber(text)).toEqual(parsed);
      isDocumentSymbol(text);
      if (parsed) {
        expect(text).not.toMatch(/\s|\u200b|\ufeff/);
        expect(parsed.text).toBe(text);
      }
    });
    check('numbers with a space or a zero-width character are refused', fc.tuple(validNumber, fc.nat(), fc.constantFrom(' ', '\u200b', '\u00a0')), ([text, at, char]) => {
      const i = 1 + (at % (text.length - 1));
      expect(parseDocumentNumber(text.slice(0, i) + char + text.slice(i))).toBeNull();
    });
  });
});

describe('slugs and text hygiene', () => {
  it('slugify always yields an ASCII slug, is idempotent and ignores Unicode normalisation', () => {
    check('slugify', vietnameseish, (text) => {
      const slug = slugify(text);
      expect(slug === '' || isSlug(slug)).toBe(true);
      expect(slugify(slug)).toBe(slug);
      expect(slugify(text.normalize('NFD'))).toBe(slugify(text.normalize('NFC')));
      expect(foldVietnamese(text)).not.toMatch(/[đĐ\u0300-\u036f]/u);
    });
  });

  it('normalizeDeep makes every string NFC and finds every invisible character with its position', () => {
    check('normalizeDeep and findInvisibleCharacters', fc.jsonValue(), (value) => {
      const normalized = normalizeDeep(value);
      expect(JSON.stringify(normalized)).toBe(JSON.stringify(normalized).normalize('NFC'));
      for (const found of findInvisibleCharacters(value)) {
        let target: unknown = value;
        for (const key of found.path) target = (target as Record<string | number, unknown>)[key];
        expect(typeof target).toBe('string');
        expect(found.index).toBeLessThan((target as string).length);
      }
    });
  });

  it('isSafeUrl refuses every scheme but http, https, mailto and tel, however it is disguised', () => {
    check(
      'isSafeUrl',
      fc.tuple(fc.constantFrom('javascript', 'JavaScript', 'vbscript', 'data', 'file'), fc.array(fc.constantFrom('\t', '\n', ' ', '\u0000'), { maxLength: 3 }), fc.nat(10)),
      ([scheme, junk, at]) => {
        const i = at % scheme.length;
        expect(isSafeUrl(`${scheme.slice(0, i)}${junk.join('')}${scheme.slice(i)}:alert(1)`)).toBe(false);
      },
      2000,
    );
    for (const url of ['https://chinhphu.vn', 'http://www.quangtri.gov.vn/', '/tinh/ben-tre/', '#noi-dung', 'mailto:a@b.vn', '../x']) expect(isSafeUrl(url)).toBe(true);
  });
});

describe('citations', () => {
  const seedText = readdirSync(new URL('../../content/sources/', import.meta.url))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(new URL(`../../content/sources/${file}`, import.meta.url), 'utf8'))
    .join('\n');
  const windows = fc.tuple(fc.nat(seedText.length), fc.integer({ min: 0, max: 400 })).map(([at, length]) => seedText.slice(at, at + length));

  it('findCitations never throws; spans lie inside the input and reproduce the surface; output is deterministic and ordered', () => {
    check(
      'findCitations on random, mutated and real text',
      fc.oneof(vietnameseish, mutated(windows), mutated(validNumber.map((n) => `Quyết định số ${n} ngày 05/01/2024 của UBND tỉnh`))),
      (input) => {
        const found = findCitations(input, { province: { id: 'quang-tri', name: 'Quảng Trị' } });
        expect(findCitations(input, { province: { id: 'quang-tri', name: 'Quảng Trị' } })).toEqual(found);
        let previous = -1;
        for (const c of found) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(input.length);
          expect(c.start).toBeLessThan(c.end);
          expect(input.slice(c.start, c.end)).toBe(c.surface);
          expect(c.start).toBeGreaterThanOrEqual(previous);
          // An anaphor the text leaves unresolved ("Kế hoạch này" in an unnumbered draft) has no key; every other citation has one.
          if (c.kind === 'anaphoric' && c.refersTo === null) expect(c.key).toBe('');
          else expect(c.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          previous = c.start;
        }
      },
      3000,
    );
  });

  it('finds the same documents in decomposed (NFD) text as in composed text, with spans into the NFD input', () => {
    check(
      'findCitations NFC = NFD',
      windows,
      (text) => {
        const composed = findCitations(text.normalize('NFC'));
        const decomposed = findCitations(text.normalize('NFD'));
        expect(decomposed.map((c) => c.key)).toEqual(composed.map((c) => c.key));
        for (const c of decomposed) expect(c.surface.normalize('NFC')).toBe(composed.find((x) => x.key === c.key)!.surface.normalize('NFC'));
      },
      1000,
    );
  });

  it('every canonical number in a citation sentence is found with that number', () => {
    // Party numbers need a Party issuer (TU, HU, TW…): "1-KH/KH" is not one.
    const citable = validNumber.filter((n) => !/^\d+[a-z]?-/.test(n) || /\/(TU|HU|TW)$/.test(n));
    check(
      'findCitations finds generated numbers',
      fc.oneof(
        citable,
        fc.tuple(serial, GROUP, fc.constantFrom('TU', 'HU', 'TW')).map(([s, t, i]) => `${s}-${t}/${i}`),
      ),
      (number) => {
        const found = findCitations(`Thực hiện Quyết định số ${number} ngày 05/01/2024 của UBND tỉnh Quảng Trị.`);
        expect(found).toHaveLength(1);
        expect(found[0]!.numberAsWritten).toBe(number);
      },
      2000,
    );
  });
});
