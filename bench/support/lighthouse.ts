import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Figure, ofRuns } from './figures';

/** Lighthouse's JSON report, as far as the bench reads it. */
interface Report {
  readonly categories: Record<
    string,
    { score: number; auditRefs: { id: string; weight: number }[] }
  >;
  readonly audits: Record<string, { id: string; score: number | null; numericValue?: number }>;
  readonly runWarnings: string[];
  readonly environment: { benchmarkIndex: number };
}

const BUDGETS = { performance: 95, accessibility: 100, 'best-practices': 100 } as const;
const CATEGORIES = Object.keys(BUDGETS) as (keyof typeof BUDGETS)[];
const TIMINGS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
} as const;

/**
 * One run of Lighthouse's CLI (its default mobile preset: a mid-range phone on slow 4G with 4×
 * CPU slowdown, simulated) in Debian's Chromium. Writes <base>.report.json and <base>.report.html.
 */
function lighthouse(url: string, base: string, chromePath: string): Promise<Report> {
  const cli = join(require.resolve('lighthouse/package.json'), '..', 'cli', 'index.js');
  const args = [
    cli,
    url,
    '--output=json',
    '--output=html',
    `--output-path=${base}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    '--quiet',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, CHROME_PATH: chromePath },
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`Lighthouse exited with code ${code}.`));
      resolve(JSON.parse(readFileSync(`${base}.report.json`, 'utf8')) as Report);
    });
  });
}

/**
 * Lighthouse `runs` times (its scores move from run to run under simulated throttling, so the
 * median says more than one run): category scores 0–100 against their budgets, and FCP, LCP, TBT.
 */
export async function lighthouseFigures(options: {
  url: string;
  reportsDir: string;
  runs: number;
  chromePath: string;
}): Promise<Figure[]> {
  const reports: Report[] = [];
  mkdirSync(options.reportsDir, { recursive: true });
  for (let i = 1; i <= options.runs; i++) {
    const base = join(options.reportsDir, `lighthouse-${i}`);
    reports.push(await lighthouse(options.url, base, options.chromePath));
  }
  const last = reports.at(-1)!;
  const scores = CATEGORIES.map((category): Figure => {
    // What keeps a category below 100 in the last run, to start from.
    const failing = last.categories[category].auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => last.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => audit.id);
    return {
      figure: `lighthouse.${category}`,
      unit: 'score',
      ...ofRuns(
        reports.map((r) => r.categories[category].score * 100),
        0,
      ),
      budget: BUDGETS[category],
      better: 'higher',
      ...(failing.length ? { failingAudits: failing } : {}),
    };
  });
  const timings = Object.entries(TIMINGS).map(([name, audit]): Figure => ({
    figure: `lighthouse.${name}`,
    unit: 'ms',
    ...ofRuns(
      reports.map((r) => r.audits[audit].numericValue ?? NaN),
      0,
    ),
  }));
  const warnings = [...new Set(reports.flatMap((r) => r.runWarnings))];
  return [
    {
      ...scores[0],
      preset: 'mobile (simulated slow 4G, 4x CPU)',
      benchmarkIndex: last.environment.benchmarkIndex,
      ...(warnings.length ? { warnings } : {}),
    },
    ...scores.slice(1),
    ...timings,
  ];
}
