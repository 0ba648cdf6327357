import { defineConfig } from 'vitest/config';

// Two projects: `unit` tests pure modules under src/lib and the content files, in
// milliseconds; `build` runs real Astro builds (the site and the bad-input fixtures).
export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
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
