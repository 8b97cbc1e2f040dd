// `npm run bench`: builds production, serves it as a real host would (bench/serve.mjs), measures it
// in headless Chromium (the Playwright project in bench/, Lighthouse included), and prints one JSON
// line per figure, then a summary against the budgets of issue 12. Results: bench/results/.
//
//   npm run bench [-- --quick] [-- --no-build] [-- --strict] [-- --runs 5] [-- --grep portfolio]
//
//   --quick     1 run instead of 5, no 10,000-supplier stress case, no Lighthouse (about a minute)
//   --no-build  measure the build already in dist/
//   --strict    exit non-zero when a figure misses its budget (by default only a broken bench does)
//   --runs N    measured runs per figure (after one warm-up)
//   --grep RE   only the measurements whose title matches
//   --port N    serve on N (default: the first free port of 4410–4419)
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'bench', 'results');
const resultsFile = join(resultsDir, 'latest.jsonl');

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const quick = flag('quick');
const runs = Number(option('runs') ?? (quick ? 1 : 5));
const started = performance.now();

if (!flag('no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail('The production build failed.');
}
if (!existsSync(join(root, 'dist', 'haven', 'browser', 'index.html'))) {
  fail('No build in dist/haven/browser: run without --no-build.');
}

mkdirSync(resultsDir, { recursive: true });
rmSync(resultsFile, { force: true });

// The budgets hold for these 2-core machines when idle: another build or test run on the machine
// shows in the figures, so the load is printed with them.
const load = () => loadavg()[0].toFixed(2);
console.log(`${cpus().length} CPUs (${cpus()[0]?.model.trim()}), load average ${load()}`);
if (loadavg()[0] > cpus().length) {
  console.warn('The machine is busy: the figures will be slower than on an idle one.');
}

const port = Number(option('port') ?? (await firstFreePort(4410, 4419)));
const server = await startServer(port);
let exitCode = 0;
try {
  const playwright = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', '@playwright', 'test', 'cli.js'),
      'test',
      '-c',
      join(root, 'bench', 'playwright.config.ts'),
      ...(option('grep') ? ['--grep', option('grep')] : []),
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        BENCH_PORT: String(port),
        BENCH_RUNS: String(runs),
        BENCH_QUICK: quick ? '1' : '0',
        BENCH_RESULTS: resultsFile,
      },
    },
  );
  if (playwright.status !== 0) {
    console.error('\nSome measurements failed to run (see above); their figures are missing.');
    exitCode = 1;
  }
} finally {
  server.kill('SIGTERM');
}

const figures = existsSync(resultsFile)
  ? readFileSync(resultsFile, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
  : [];
printSummary(figures);
if (figures.length) {
  // Kept run by run, for before/after comparisons.
  const history = join(resultsDir, 'history');
  mkdirSync(history, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  copyFileSync(resultsFile, join(history, `${stamp}${gitRevision()}.jsonl`));
}
const failed = figures.filter((f) => f.pass === false);
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
console.log(
  `\n${figures.length} figures, ${failed.length} over budget, in ${minutes} min. ` +
    `Load average ${load()}. Results: ${join('bench', 'results', 'latest.jsonl')}`,
);
if (flag('strict') && failed.length) exitCode = 1;
process.exit(exitCode);

function printSummary(figures) {
  const rows = figures.map((f) => {
    const measured = f.median ?? f.value;
    const budget =
      f.budget === null ? '' : `${f.better === 'higher' ? '≥' : '≤'} ${format(f.budget, f.unit)}`;
    const status = f.pass === null ? '' : f.pass ? 'pass' : 'FAIL';
    return [f.figure, format(measured, f.unit), budget, status];
  });
  const header = ['figure', 'measured', 'budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

function format(value, unit) {
  if (value === undefined || value === null) return '—';
  if (unit === 'bytes') return `${(value / 1000).toFixed(1)} kB`;
  if (unit === 'ms') return `${Math.round(value)} ms`;
  return `${value} ${unit}`;
}

function gitRevision() {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  return git.status === 0 ? `-${git.stdout.trim()}` : '';
}

/** The bench keeps to its own ports, so it never meets another server on the machine. */
async function firstFreePort(from, to) {
  for (let port = from; port <= to; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  fail(`No free port in ${from}–${to}; pass --port.`);
}

/** Starts bench/serve.mjs and waits until it has compressed the build and listens. */
function startServer(port) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(root, 'bench', 'serve.mjs'), '--port', String(port)],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text) => {
      process.stdout.write(text);
      if (text.includes('Serving')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`bench/serve.mjs exited with code ${code}`)));
  });
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
