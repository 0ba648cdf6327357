/** The browser tests' static server: scripts/lib/static-server.ts (scripts/screenshots.ts uses it too; scripts must not import from tests/). */
export { serve } from '../../scripts/lib/static-server';
