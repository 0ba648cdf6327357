import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` tests pure modules under src/lib and the content files, in
// milliseconds; `build` runs real Astro builds (the site and the bad-input fixtures).
export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        // The route data (src/data/routes/) reads collections: in unit tests, the real content files.
        resolve: { alias: { 'astro:content': fileURLToPath(new URL('./tests/helpers/astro-content.ts', import.meta.url)) } },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // A few unit tests run the CLIs (check, cite, import) as child processes through tsx:
          // seconds each, and several times that on a loaded 2-core machine. A time-out is
          // not what these tests assert, so give them room rather than fail on load.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          // Builds are heavy: run the files one after the other.
          fileParallelism: false,
        },
      },
    ],
  },
});
