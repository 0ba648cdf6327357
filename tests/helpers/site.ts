/**
 * The shared fixture of the browser tests: the built site served on 127.0.0.1 and Debian's
 * Chromium, started once before a test file's tests and closed after them (as Starlight's
 * __e2e__/test-utils.ts). Missing Chromium fails the tests loudly (see browser.ts).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { serve } from './serve';

export interface Site {
  /** "http://127.0.0.1:<port>", where `dist` is served. */
  readonly origin: string;
  readonly browser: Browser;
}

/** Registers the fixture's hooks in the calling test file; its fields are set once `beforeAll` has run. */
export function useSite(dist: string): Site {
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serve(dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useSite(): the ${what} is used before beforeAll has started it`);
    return value;
  };
  return {
    get origin() {
      return started(server, 'server').origin;
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}
