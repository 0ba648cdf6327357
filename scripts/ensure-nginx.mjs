#!/usr/bin/env node
/**
 * Makes sure Debian's nginx is installed for the server tests and `npm run serve` (run by
 * npm before `npm test`, like scripts/ensure-chromium.mjs). Installs `nginx` with apt-get
 * when missing and running as root, plus Debian's brotli_static module
 * (libnginx-mod-http-brotli-static) when the archive has it; the generated configuration
 * uses brotli_static only where that module is present, gzip_static otherwise.
 * The package's own service is never started: the portal's nginx runs only when the tests
 * or `npm run serve` start it, on 127.0.0.1, with the generated configuration.
 * Fails (exit 1) when nginx cannot be installed: the server tests never skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

const nginx = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const wanted = [];
if (!existsSync(nginx)) wanted.push('nginx');
if (!existsSync(brotliModule) && !process.env.NGINX_PATH && hasCandidate('libnginx-mod-http-brotli-static')) {
  wanted.push('libnginx-mod-http-brotli-static');
}
if (wanted.length === 0) process.exit(0);
if (process.getuid?.() !== 0) {
  if (!existsSync(nginx)) {
    console.error(`nginx is missing at ${nginx}. Install it: sudo apt-get install -y ${wanted.join(' ')}`);
    process.exit(1);
  }
  process.exit(0); // nginx is there; the brotli module is optional
}
console.log(`Installing Debian's ${wanted.join(' and ')} for the server tests (apt-get)…`);
// Debian's postinst would start the nginx service on port 80: a policy-rc.d that refuses
// service starts keeps it stopped (the Debian convention for containers).
const policy = '/usr/sbin/policy-rc.d';
const ownPolicy = !existsSync(policy);
if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
try {
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=300', ...wanted], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
} catch {
  try {
    execFileSync('apt-get', ['update', '-qq', '-o', 'DPkg::Lock::Timeout=300'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=300', ...wanted], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    console.error(`Could not install ${wanted.join(' ')}: ${error.message}`);
    process.exit(1);
  }
} finally {
  if (ownPolicy) rmSync(policy, { force: true });
}
if (!existsSync(nginx)) {
  console.error(`apt-get finished but ${nginx} does not exist.`);
  process.exit(1);
}

/** Whether apt knows an installable version of a package. */
function hasCandidate(name) {
  try {
    const out = execFileSync('apt-cache', ['policy', name], { encoding: 'utf8' });
    return /Candidate: (?!\(none\))\S+/.test(out);
  } catch {
    return false;
  }
}
