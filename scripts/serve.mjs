#!/usr/bin/env node
/**
 * `npm run serve`: serves the built site (dist/) with Debian's nginx and the configuration
 * the build generated (dist-server/portal.conf): the same redirects, headers, compression
 * and 404 as a deployment, on http://127.0.0.1:4321/ (PORT=… for another port). Runs in
 * the foreground; Ctrl-C stops nginx. `npm start` builds first.
 *
 *   node scripts/serve.mjs [--dir <built site>]   (default dist/)
 */
import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = resolve(import.meta.dirname, '..');
const dirArg = process.argv.indexOf('--dir');
const siteDir = resolve(root, dirArg === -1 ? 'dist' : process.argv[dirArg + 1]);
const port = Number(process.env.PORT ?? 4321);
const { startNginx } = await tsImport('./lib/nginx-server.ts', import.meta.url);
let server;
try {
  server = await startNginx(siteDir, port, resolve(root, '.tmp'));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const { base } = JSON.parse(await (await import('node:fs/promises')).readFile(`${siteDir}-server/build.json`, 'utf8'));
console.log(`nginx serves ${siteDir} at ${server.origin}${base} (Ctrl-C to stop)`);
let stopping = false;
const stop = async () => {
  stopping = true;
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.process.on('exit', (code) => {
  if (stopping) return;
  console.error(`nginx exited (${code})`);
  process.exit(1);
});
