/**
 * Parsing of the data collections (agencies, provinces) from their files, as pure
 * functions: Astro's loaders in content.config.ts and the unit tests both call these.
 * Unlike Astro's `file()` loader, which logs a parse error and carries on with an
 * empty collection, these throw a {@link ContentError} naming the file and the field.
 */
import { fieldProblems } from './content-gate/field-limits';
import { parseYamlSafe } from './content-gate/yaml';
import { agencySchema, type AgencyData } from './schemas/agency';
import { districtEntrySchema, provinceSchema, type ProvinceData } from './schemas/province';
import { ContentError, zodProblems, type ContentProblem } from './content-error';
import { slugify } from './slug';
import { normalizeDeep } from './text-hygiene';

export interface LoadedEntry<T> {
  id: string;
  data: T;
}

/** The province of an agencies file is its name: content/agencies/quang-tri.yaml → "quang-tri". */
export const CENTRAL_FILE = 'trung-uong';

/** YAML through the content gate: no aliases, anchors, tags or duplicate keys; every field within its limits. */
export function parseYaml(file: string, text: string): unknown {
  const value = parseYamlSafe(text.replace(/^\uFEFF/, ''), file);
  const problems = fieldProblems(value, file);
  if (problems.length > 0) throw new ContentError(problems);
  return value;
}

function baseName(file: string): string {
  return file
    .split('/')
    .pop()!
    .replace(/\.ya?ml$/, '');
}

/**
 * Parses one agencies file: a YAML list of agencies of one province. Each entry's id
 * becomes `<file name>/<id>` and its province the file name (null for trung-uong.yaml).
 */
export function loadAgencyFile(file: string, text: string): LoadedEntry<AgencyData>[] {
  const fileProvince = baseName(file);
  const raw = parseYaml(file, text);
  if (!Array.isArray(raw)) {
    throw new ContentError([{ file, field: '', message: 'expected a YAML list of agencies (lines starting with "- id: …")' }]);
  }
  const problems: ContentProblem[] = [];
  const entries: LoadedEntry<AgencyData>[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const label = `[${index}]${item && typeof item === 'object' && 'id' in item ? ` (${String(item.id)})` : ''}`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      problems.push({ file, field: label, message: 'expected an agency as a mapping of fields' });
      return;
    }
    const province = fileProvince === CENTRAL_FILE ? null : fileProvince;
    if ('province' in item && item.province !== province) {
      problems.push({ file, field: `${label}.province`, message: `leave province out: it is taken from the file name ("${province}")` });
      return;
    }
    const result = agencySchema.safeParse(normalizeDeep({ ...item, province }));
    if (!result.success) {
      problems.push(...zodProblems(file, result.error, label));
      return;
    }
    const id = `${fileProvince}/${result.data.id}`;
    if (seen.has(id)) {
      problems.push({ file, field: `${label}.id`, message: `duplicate agency id "${result.data.id}" in this file` });
      return;
    }
    seen.add(id);
    entries.push({ id, data: result.data });
  });
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}

interface ReferenceUnit63 {
  code: string;
  name: string;
  fullName: string;
  slug: string;
  type: 'tỉnh' | 'thành phố';
  successor2025: string;
}

interface ReferenceUnit2025 {
  code: string;
  name: string;
  fullName: string;
  slug: string;
  type: 'tỉnh' | 'thành phố';
  predecessors: string[];
}

/** The id of a 2025 unit, kept apart from its name-bearing predecessor's: "quang-tri-2025". */
export function newProvinceId(slug: string): string {
  return `${slug}-2025`;
}

const DISTRICT_END_NOTE = 'Cấp huyện kết thúc hoạt động từ ngày 01/7/2025 (Nghị quyết 60-NQ/TW; Luật Tổ chức chính quyền địa phương số 72/2025/QH15).';

/**
 * Builds the provinces collection from the verified reference (provinces-vn.json: 63
 * units before 2025, 34 from 2025-07-01) and the districts file.
 */
export function loadProvinceUnits(
  referenceJson: string,
  districtsYaml: string,
  files = { reference: 'content/provinces/provinces-vn.json', districts: 'content/provinces/districts.yaml' },
): LoadedEntry<ProvinceData>[] {
  let reference: { units63: ReferenceUnit63[]; units2025: ReferenceUnit2025[] };
  try {
    reference = JSON.parse(referenceJson);
  } catch (error) {
    throw new ContentError([{ file: files.reference, field: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const problems: ContentProblem[] = [];
  const entries: LoadedEntry<ProvinceData>[] = [];
  const add = (file: string, field: string, id: string, data: unknown) => {
    const result = provinceSchema.safeParse(data);
    if (result.success) entries.push({ id, data: result.data });
    else problems.push(...zodProblems(file, result.error, field));
  };
  reference.units63.forEach((unit, index) =>
    add(files.reference, `units63.${index}`, unit.slug, {
      name: unit.name,
      fullName: unit.fullName,
      type: unit.type,
      tier: 'province',
      era: 'pre-2025',
      code: unit.code,
      slug: unit.slug,
      successor: newProvinceId(unit.successor2025),
      predecessors: [],
      parent: null,
      until: '2025-06-30',
      note: null,
    }),
  );
  reference.units2025.forEach((unit, index) =>
    add(files.reference, `units2025.${index}`, newProvinceId(unit.slug), {
      name: unit.name,
      fullName: unit.fullName,
      type: unit.type,
      tier: 'province',
      era: '2025',
      code: unit.code,
      slug: unit.slug,
      successor: null,
      predecessors: unit.predecessors,
      parent: null,
      until: null,
      note: null,
    }),
  );
  const districts = parseYaml(files.districts, districtsYaml);
  if (!Array.isArray(districts)) {
    problems.push({ file: files.districts, field: '', message: 'expected a YAML list of districts' });
  } else {
    districts.forEach((item, index) => {
      const result = districtEntrySchema.safeParse(item);
      if (!result.success) {
        problems.push(...zodProblems(files.districts, result.error, `[${index}]`));
        return;
      }
      const district = result.data;
      const slug = slugify(district.name);
      add(files.districts, `[${index}]`, `${district.province}/${slugify(district.type)}-${slug}`, {
        name: district.name,
        fullName: `${district.type[0]!.toUpperCase()}${district.type.slice(1)} ${district.name}`,
        type: district.type,
        tier: 'district',
        era: 'pre-2025',
        code: district.code,
        slug,
        successor: null,
        predecessors: [],
        parent: district.province,
        until: '2025-06-30',
        note: `${DISTRICT_END_NOTE} Nguồn: ${district.source}`,
      });
    });
  }
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) problems.push({ file: files.districts, field: '', message: `duplicate unit id "${entry.id}"` });
    ids.add(entry.id);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}
