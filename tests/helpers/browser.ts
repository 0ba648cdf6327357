/** The tests' Chromium: the one launcher the search benchmark uses too (scripts must not import from tests/). */
export { CHROMIUM, launchChromium } from '../../scripts/lib/browser';
