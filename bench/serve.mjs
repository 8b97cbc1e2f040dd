// Serves the production build the way a real static host should (and the README's "Hosting Haven"
// section describes): brotli or gzip by Accept-Encoding, a year's immutable cache for files whose
// name carries a content hash, revalidation for everything else, and index.html for deep links.
// Node built-ins only, so it runs anywhere Node does.
//
//   node bench/serve.mjs [--port 4410] [--root dist/haven/browser]   (or PORT=4410)
//
// Every file is read and compressed once, at start-up, and kept in memory: compression at maximum
// quality is slow, and a host that compresses per request would measure its own CPU, not Haven.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

// woff/woff2 and png are compressed already: a second pass costs CPU and saves nothing.
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.map',
  '.txt',
  '.svg',
  '.ico',
  '.ttf',
]);

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/**
 * Whether a file's name carries the hash of its content, so that it can be cached for a year: a new
 * build that changes it gives it a new name. Angular names them main-LJWL2V7G.js,
 * chunk-B6__ZkCQ.js, styles-C7RN7HQA.css and media/roboto-latin-400-normal-LOX3CHMS.woff2.
 * Everything else (index.html, ngsw.json, ngsw-worker.js, the manifest, locale/*.json, icons,
 * fonts/) keeps its name across builds and must be revalidated, or users would run a stale app.
 */
export function isHashed(path) {
  const name = path.split('/').at(-1);
  if (path.startsWith('media/')) return /-[A-Z0-9]{8}\.\w+$/.test(name);
  return /^[a-z]+-[A-Za-z0-9_-]{8}\.(?:js|css)$/.test(name);
}

/** Reads every file under root and prepares its identity, brotli and gzip bodies. */
export async function loadSite(root) {
  const files = new Map();
  const paths = await readdir(root, { recursive: true, withFileTypes: true });
  await Promise.all(
    paths
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const full = join(entry.parentPath, entry.name);
        const path = relative(root, full).split(sep).join('/');
        const ext = extname(path).toLowerCase();
        const body = await readFile(full);
        const file = {
          body,
          type: CONTENT_TYPES[ext] ?? 'application/octet-stream',
          cacheControl: isHashed(path) ? IMMUTABLE : REVALIDATE,
          etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
          br: undefined,
          gzip: undefined,
        };
        // Only worth it when the compressed body is smaller by more than a packet's headers.
        if (COMPRESSIBLE.has(ext) && body.length > 256) {
          const [br, gz] = await Promise.all([
            brotli(body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            }),
            gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          if (br.length < body.length) file.br = br;
          if (gz.length < body.length) file.gzip = gz;
        }
        files.set(path, file);
      }),
  );
  return files;
}

/** The best encoding the client accepts among those we hold for this file. */
function chooseEncoding(acceptEncoding, file) {
  const accepted = new Map();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (file.br && ok('br')) return 'br';
  if (file.gzip && ok('gzip')) return 'gzip';
  return 'identity';
}

export function createHandler(files) {
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://host').pathname).replace(/^\/+/, '');
    } catch {
      response.writeHead(400).end();
      return;
    }
    // The map holds only files under root, so "../" can never reach outside it.
    let file = files.get(path === '' ? 'index.html' : path);
    // A deep link (/assessments/…/questions) has no file: the app's router handles it. A missing
    // path with an extension is a missing file, and a 404 tells the developer so.
    if (!file && !extname(path.split('/').at(-1))) file = files.get('index.html');
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const headers = {
      'Content-Type': file.type,
      'Cache-Control': file.cacheControl,
      ETag: file.etag,
      'X-Content-Type-Options': 'nosniff',
    };
    if (file.br || file.gzip) headers['Vary'] = 'Accept-Encoding';
    const encoding = chooseEncoding(request.headers['accept-encoding'], file);
    const etag = encoding === 'identity' ? file.etag : file.etag.replace(/"$/, `-${encoding}"`);
    headers.ETag = etag;
    if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
      response.writeHead(304, headers).end();
      return;
    }
    const body = encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : file.body;
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    headers['Content-Length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}

function option(name) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const root = resolve(option('root') ?? join(here, '..', 'dist', 'haven', 'browser'));
  const port = Number(option('port') ?? process.env.PORT ?? 4410);
  const started = performance.now();
  const files = await loadSite(root).catch((error) => {
    console.error(`Cannot read ${root} (${error.message}). Run "npm run build" first.`);
    process.exit(1);
  });
  if (!files.has('index.html')) {
    console.error(`${root} has no index.html. Run "npm run build" first.`);
    process.exit(1);
  }
  const server = createServer(createHandler(files));
  server.on('error', (error) => {
    console.error(`Cannot listen on port ${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, () => {
    const ms = Math.round(performance.now() - started);
    // The bench waits for this line before it measures anything.
    console.log(
      `Serving ${root} at http://localhost:${port} (${files.size} files compressed in ${ms} ms)`,
    );
  });
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => server.close(() => process.exit(0)));
}
