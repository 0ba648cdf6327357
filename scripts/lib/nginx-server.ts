/**
 * Runs Debian's nginx on 127.0.0.1 with the build's generated configuration, for
 * `npm run serve` and the server tests: a run directory of its own (pid, logs, temporary
 * files, the standalone nginx.conf), the site as root (under the base path when there is
 * one, through a symbolic link), nginx in the foreground as a child process.
 * Throws, naming what is missing, when nginx is not installed or does not start.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { standaloneConfig } from '../../src/lib/server/nginx';
import { BROTLI_MODULE } from './postbuild';

export const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

export interface RunningNginx {
  origin: string;
  runDir: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Where the build wrote the server configuration of a site directory. */
export function serverDirOf(siteDir: string): string {
  return `${resolve(siteDir)}-server`;
}

/** Writes the standalone configuration for a built site; returns its path and run directory. */
export function prepare(siteDir: string, port: number, runParent: string): { conf: string; runDir: string } {
  if (!existsSync(NGINX)) throw new Error(`nginx is not installed at ${NGINX}: run \`node scripts/ensure-nginx.mjs\` (apt-get install nginx)`);
  const serverDir = serverDirOf(siteDir);
  const portalConf = join(serverDir, 'portal.conf');
  if (!existsSync(portalConf)) throw new Error(`${portalConf} is missing: build the site first (npm run build)`);
  const { base, brotli } = JSON.parse(readFileSync(join(serverDir, 'build.json'), 'utf8')) as { base: string; brotli: boolean };
  if (brotli && !existsSync(BROTLI_MODULE))
    throw new Error(`the configuration uses brotli_static but ${BROTLI_MODULE} is missing: apt-get install libnginx-mod-http-brotli-static, or rebuild with PORTAL_NGINX_BROTLI=0`);
  mkdirSync(runParent, { recursive: true });
  const runDir = mkdtempSync(join(runParent, 'nginx-'));
  // Under a base path the site is served from <root><base>: a link to the site.
  let root = resolve(siteDir);
  if (base !== '/') {
    root = join(runDir, 'www');
    const mount = join(root, base.slice(1, -1));
    mkdirSync(dirname(mount), { recursive: true });
    symlinkSync(resolve(siteDir), mount);
  }
  const conf = join(runDir, 'nginx.conf');
  writeFileSync(
    conf,
    standaloneConfig({
      portalConf,
      root,
      runDir,
      port,
      brotliModule: brotli ? BROTLI_MODULE : null,
      // Started by root, nginx's workers would run as nobody, who cannot read a private checkout.
      user: process.getuid?.() === 0 ? 'root' : null,
      base,
    }),
  );
  const test = spawnSync(NGINX, ['-t', '-q', '-p', runDir, '-e', join(runDir, 'error.log'), '-c', conf], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejects the generated configuration ${conf}:\n${test.stderr}`);
  return { conf, runDir };
}

function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  return new Promise((done, fail) => {
    const attempt = () => {
      if (child.exitCode !== null) return fail(new Error(`nginx exited (${child.exitCode}):\n${log()}`));
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        done();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) fail(new Error(`nginx did not listen on 127.0.0.1:${port} within 10 s:\n${log()}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** Starts nginx for a built site on 127.0.0.1:<port>. */
export async function startNginx(siteDir: string, port: number, runParent: string): Promise<RunningNginx> {
  const { conf, runDir } = prepare(siteDir, port, runParent);
  const errorLog = join(runDir, 'error.log');
  const child = spawn(NGINX, ['-p', runDir, '-e', errorLog, '-c', conf], { stdio: ['ignore', 'inherit', 'inherit'] });
  const log = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
  await waitForPort(port, child, log);
  return {
    origin: `http://127.0.0.1:${port}`,
    runDir,
    process: child,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}
