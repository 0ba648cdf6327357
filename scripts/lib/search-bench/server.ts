/**
 * The search benchmark's static host: serves a built site on 127.0.0.1, gzipping text as
 * a real host would, and logs every response with the bytes written to the socket.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One response, as the server wrote it. Times are epoch milliseconds. */
export interface Served {
  path: string;
  status: number;
  /** Headers and body as written to the socket. */
  bytes: number;
  gzip: boolean;
  start: number;
  end: number;
}

export interface SiteServer {
  origin: string;
  /** Every response written since the last reset. */
  log: Served[];
  reset: () => void;
  close: () => Promise<void>;
}

export const TEXT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

export const epochNow = () => performance.timeOrigin + performance.now();

/** The file a URL path names, or null; never outside the site. */
export function fileFor(site: string, urlPath: string): string | null {
  const path = resolve(site, `.${urlPath}`);
  if (path !== site && !path.startsWith(site + sep)) return null;
  const candidate = urlPath.endsWith('/') || (existsSync(path) && statSync(path).isDirectory()) ? join(path, 'index.html') : path;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}

/**
 * A static host for the site: text gzipped when the client accepts it (compressed once,
 * then kept, as a CDN would), everything else, Pagefind's pre-gzipped files and WASM
 * included, sent as stored with application/octet-stream.
 */
export async function serveSite(site: string): Promise<SiteServer> {
  const gzipped = new Map<string, Buffer>();
  const log: Served[] = [];
  const server: Server = createServer((request, response) => {
    const start = epochNow();
    const socket = request.socket;
    const before = socket.bytesWritten;
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const found = fileFor(site, urlPath);
    const file = found ?? join(site, '404.html');
    const extension = file.split('.').pop() ?? '';
    const textType = TEXT_TYPES[extension];
    const gzip = textType !== undefined && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.on('finish', () => {
      log.push({ path: urlPath, status: response.statusCode, bytes: socket.bytesWritten - before, gzip, start, end: epochNow() });
    });
    const headers: Record<string, string> = { 'content-type': textType ?? 'application/octet-stream' };
    if (textType) headers['vary'] = 'Accept-Encoding';
    const status = found ? 200 : 404;
    if (gzip) {
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file))));
      response.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': String(body.length) });
      response.end(body);
    } else {
      response.writeHead(status, { ...headers, 'content-length': String(statSync(file).size) });
      createReadStream(file).pipe(response);
    }
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    log,
    reset: () => void (log.length = 0),
    close: () =>
      new Promise((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
