/**
 * One rule for every address in a plan's Markdown (links, images, reference definitions):
 *   - links: relative, a fragment, or http, https, mailto, tel (browsers ignore blanks
 *     and controls inside a scheme: "java\tscript:" is javascript:);
 *   - images: nothing from another origin (no scheme, no "//host", no "/path" outside the
 *     content tree, no data:), only a file of content/images/ named by a plain relative
 *     path that exists there. In MDX a local image becomes an `import` of its path, so
 *     this is also what keeps the build from importing any other reachable file.
 */
import { posix } from 'node:path';
import { IMAGE_EXTENSIONS, IMAGES_DIR } from './inventory';

/** Link schemes a plan may use; relative links and fragments are always fine. */
export const LINK_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);

function scheme(url: string): string | null {
  const compact = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1] ?? null;
}

/** Where the image check needs to look: the plan's path and the images of the tree, relative to the content dir. */
export interface ImageContext {
  planPath: string;
  images: ReadonlySet<string>;
}

/** Why `url` is refused as a link, or null when it is fine. */
export function linkProblem(url: string): string | null {
  const found = scheme(url);
  if (found && !LINK_SCHEMES.has(`${found}:`)) return `link to "${url.slice(0, 40)}" (only http, https, mailto, tel or relative links)`;
  return null;
}

/** Why `url` is refused as an image, or null when it is fine; without `context` only the origin is checked. */
export function imageProblem(url: string, context?: ImageContext): string | null {
  const shown = `"${url.slice(0, 60)}"`;
  if (scheme(url) || /^\s*[\\/]{2}/.test(url)) {
    return `image ${shown} from another origin: the portal loads nothing from elsewhere; put the file in content/${IMAGES_DIR}/ and give its relative path`;
  }
  if (url.startsWith('/')) return `image ${shown}: give the relative path of a file in content/${IMAGES_DIR}/ (not an absolute path)`;
  if (!/^[A-Za-z0-9._/-]+$/.test(url) || !IMAGE_EXTENSIONS.some((ext) => url.toLowerCase().endsWith(ext))) {
    return `image ${shown}: expected a plain relative path (letters, digits, . _ - /) to a ${IMAGE_EXTENSIONS.join(', ')} file in content/${IMAGES_DIR}/`;
  }
  if (!context) return null;
  const target = posix.normalize(posix.join(posix.dirname(context.planPath), url));
  if (!target.startsWith(`${IMAGES_DIR}/`)) return `image ${shown} is outside content/${IMAGES_DIR}/, the only folder plans may show images from`;
  if (!context.images.has(target)) return `image ${shown}: no such file content/${target}`;
  return null;
}
