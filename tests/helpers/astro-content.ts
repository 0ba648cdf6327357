/**
 * `astro:content` for the unit tests (vitest.config.ts aliases the module here): the
 * collections are the real content files parsed through the real schemas and loaders
 * (scripts/lib/read-content.ts), as Starlight's tests mock it with entries parsed through
 * its schema. So the route data of src/data/routes/ runs in unit tests on the real corpus.
 * Rendering is Astro's own and is tested by the build tests: `render` refuses here.
 */
import { readAgencies, readIndices, readPlans, readProvinces } from '../../scripts/lib/read-content';

const collections = {
  plans: () => readPlans().map((file) => ({ id: file.id, data: file.data, filePath: file.filePath, body: file.body })),
  agencies: () => readAgencies(),
  provinces: () => readProvinces(),
  indices: () => readIndices(),
};

type Name = keyof typeof collections;

export async function getCollection(name: Name) {
  const read = collections[name];
  if (!read) throw new Error(`No collection "${String(name)}" in the unit tests' astro:content`);
  return read();
}

export async function getEntry(name: Name, id: string) {
  return (await getCollection(name)).find((entry) => entry.id === id);
}

export async function render(): Promise<never> {
  throw new Error('render() is not available in unit tests: rendering is tested by the build tests');
}
