/**
 * The inventory of the content tree: every file under content/ is either read by a
 * collection (plans, agencies, provinces, indices), kept as a source text or an image
 * of the allowed folder, or documentation (README.md), or refused as unexpected, so that
 * `npm run check` and the build cannot read different files (an agencies file in a
 * sub-folder, a plan saved as .md). Symbolic links are refused: content is files.
 */
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../content-error';
import { formatBytes, LIMITS } from './limits';
import { VOCABULARY_FILES } from '../schemas/vocabulary';

/** The folder of the content tree from which plans may show images (content/images/). */
export const IMAGES_DIR = 'images';
/** Image types a plan may show (no SVG: it can carry script). */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.gif', '.avif'] as const;

export type ContentKind = 'plan' | 'agencies' | 'provinces' | 'districts' | 'indices' | 'reference' | 'source' | 'image' | 'readme';

export interface Inventory {
  /** Paths relative to the content directory, "/"-separated, sorted, by kind. */
  files: Record<ContentKind, string[]>;
  /** One problem per unexpected file (`file` is relative to the working directory's view, as given by `label`). */
  problems: ContentProblem[];
}

/** What `path` (relative to the content dir) is, or a reason it is unexpected. */
export function classify(path: string): ContentKind | { expected: string } {
  const parts = path.split('/');
  const name = parts[parts.length - 1]!;
  if (name === 'README.md' && parts.length <= 2) return 'readme';
  if (parts[0] === 'plans') {
    if (name.endsWith('.mdx') && parts.length === 5) return 'plan';
    return { expected: 'a plan is content/plans/<province>/<issuer>/<year>/<doc>.mdx (plain Markdown in an .mdx file)' };
  }
  if (parts[0] === 'agencies') {
    if (parts.length === 2 && name.endsWith('.yaml')) return 'agencies';
    return { expected: 'an agencies file is content/agencies/<province>.yaml, directly in that folder (the build reads no sub-folder)' };
  }
  if (path === 'provinces/provinces-vn.json') return 'provinces';
  if (path === 'provinces/districts.yaml') return 'districts';
  if (path === 'indices.yaml') return 'indices';
  if (parts[0] === 'reference') {
    if (parts.length === 2 && (Object.values(VOCABULARY_FILES) as string[]).includes(name)) return 'reference';
    return { expected: `the citation vocabulary is content/reference/{${Object.values(VOCABULARY_FILES).join(',')}}` };
  }
  if (parts[0] === 'sources' && parts.length === 2 && name.endsWith('.txt')) return 'source';
  if (parts[0] === IMAGES_DIR && IMAGE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) return 'image';
  if (parts[0] === IMAGES_DIR) return { expected: `an image is ${IMAGE_EXTENSIONS.join(', ')} under content/${IMAGES_DIR}/` };
  return { expected: 'no collection reads this file: content/ holds plans/, agencies/, provinces/, reference/, sources/, images/, indices.yaml and README.md files' };
}

/** Walks `contentDir` (without following links); `label(path)` names a file in messages. */
export function takeInventory(contentDir: string, label: (path: string) => string = (path) => `content/${path}`): Inventory {
  const files: Record<ContentKind, string[]> = { plan: [], agencies: [], provinces: [], districts: [], indices: [], reference: [], source: [], image: [], readme: [] };
  const problems: ContentProblem[] = [];
  let count = 0;
  const walk = (dir: string, prefix: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ file: label(prefix.replace(/\/$/, '')), field: '', message: `cannot read this folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = `${prefix}${entry.name}`;
      if (++count > LIMITS.files) {
        if (count === LIMITS.files + 1) problems.push({ file: label(''), field: '', message: `more than ${LIMITS.files} files in the content tree` });
        return;
      }
      if (entry.isSymbolicLink()) problems.push({ file: label(path), field: '', message: 'a symbolic link: content must be plain files (links are not followed)' });
      else if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/`);
      else if (!entry.isFile()) problems.push({ file: label(path), field: '', message: 'not a plain file (device, socket or pipe)' });
      else {
        const kind = classify(path);
        if (typeof kind === 'string') {
          // Files no collection parses are still bounded: images and source texts.
          const limit = kind === 'image' ? LIMITS.image : kind === 'source' ? LIMITS.sourceText : null;
          const size = limit === null ? 0 : lstatSync(join(dir, entry.name)).size;
          if (limit !== null && size > limit)
            problems.push({ file: label(path), field: '', message: `${kind === 'image' ? 'an image' : 'a source text'} of ${formatBytes(size)}; the limit is ${formatBytes(limit)}` });
          files[kind].push(path);
        } else problems.push({ file: label(path), field: '', message: `unexpected file: ${kind.expected}` });
      }
    }
  };
  walk(contentDir, '');
  return { files, problems };
}
