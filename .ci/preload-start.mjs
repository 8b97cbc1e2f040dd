// After `ng build --stats-json`: lets the browser fetch the start-up code in parallel with main.js.
//
// main.ts imports the app (src/bootstrap.ts) only once the language's translations are in, so the
// browser would discover the app's chunks one level at a time: main, then the start-up chunk, then
// what it imports. Listing them in index.html as <link rel="modulepreload"> fetches them all at
// once, without running them early. The service worker's manifest holds a hash of index.html, so
// that hash is brought up to date.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist/haven');
const browser = join(dist, 'browser');
const stats = JSON.parse(readFileSync(join(dist, 'browser-stats.json'), 'utf8'));

const start = Object.keys(stats.outputs).find(
  (file) => stats.outputs[file].entryPoint === 'src/bootstrap.ts',
);
if (!start) fail('no output for src/bootstrap.ts in the build stats');

// The start-up chunk and every chunk it imports statically, recursively.
const chunks = [];
const pending = [start];
while (pending.length) {
  const file = pending.shift();
  if (chunks.includes(file)) continue;
  chunks.push(file);
  for (const imported of stats.outputs[file]?.imports ?? []) {
    if (imported.kind === 'import-statement' && !imported.external) pending.push(imported.path);
  }
}

const indexFile = join(browser, 'index.html');
const index = readFileSync(indexFile, 'utf8');
if (index.includes('data-start-chunk')) fail('index.html already lists the start-up chunks');
const links = chunks
  .map((file) => `<link rel="modulepreload" href="${file}" data-start-chunk>`)
  .join('');
writeFileSync(indexFile, index.replace('</head>', `${links}</head>`));

// The worker checks every file against its hash: index.html's has changed.
const manifestFile = join(browser, 'ngsw.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
manifest.hashTable['/index.html'] = createHash('sha1')
  .update(readFileSync(indexFile))
  .digest('hex');
writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
console.log(`index.html preloads the ${chunks.length} start-up chunks.`);

function fail(message) {
  console.error(`preload-start: ${message}`);
  process.exit(1);
}
