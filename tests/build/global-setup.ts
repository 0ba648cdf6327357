/**
 * Builds the real site once for every test of the build project (pages, links, weight,
 * HTML validity, accessibility and privacy in the browser) and removes it afterwards.
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { removeScratch, runBuild, scratchDir } from '../helpers/build';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default function setup(project: TestProject) {
  const scratch = scratchDir('site');
  const dist = join(scratch, 'dist');
  const result = runBuild(dist);
  if (result.status !== 0) throw new Error(`The site does not build:\n${result.output}`);
  project.provide('distDir', dist);
  return () => removeScratch(scratch);
}
