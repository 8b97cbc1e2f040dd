import { test } from '@playwright/test';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Measured runs per figure (after the warm-up ones, which are thrown away). `--quick` makes it 1. */
export const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
export const WARM_UPS = 1;
/** `--quick`: one run, no 10,000-supplier stress case, no Lighthouse. */
export const QUICK = process.env['BENCH_QUICK'] === '1';

export type Unit = 'ms' | 'bytes' | 'files' | 'MB' | 'pages' | 'score' | 'errors';

/** One line of the results: a median of runs or a single value, its budget and whether it holds. */
export interface Figure {
  readonly figure: string;
  readonly unit: Unit;
  readonly median?: number;
  readonly runs?: readonly number[];
  readonly value?: number;
  /** Left out when the issue sets no budget for the figure (the line says null). */
  readonly budget?: number;
  /** Whether the budget is a ceiling (times, bytes) or a floor (Lighthouse scores). */
  readonly better?: 'lower' | 'higher';
  /** Written to the results file only: too long for the terminal (file lists and the like). */
  readonly detail?: unknown;
  readonly [extra: string]: unknown;
}

/** The repository's root: bench/ sits in it. */
export function repoPath(...parts: string[]): string {
  return resolve(test.info().project.testDir, '..', ...parts);
}

function resultsFile(): string {
  return process.env['BENCH_RESULTS'] ?? repoPath('bench', 'results', 'latest.jsonl');
}

/** Prints the figure as one JSON line and appends it (with its detail) to the results file. */
export function record(figure: Figure): void {
  const { figure: name, unit, median, runs, value, budget, better, detail, ...extra } = figure;
  const measured = median ?? value;
  const pass =
    budget === undefined || measured === undefined
      ? null
      : (better ?? 'lower') === 'lower'
        ? measured <= budget
        : measured >= budget;
  const line = {
    figure: name,
    unit,
    ...(median !== undefined ? { median, runs } : { value }),
    budget: budget ?? null,
    ...(budget !== undefined ? { better: better ?? 'lower' } : {}),
    pass,
    ...extra,
  };
  console.log(JSON.stringify(line));
  const file = resultsFile();
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, JSON.stringify(detail === undefined ? line : { ...line, detail }) + '\n');
}

/** Median and the individual runs, rounded for reading (0.1 ms is below what a frame resolves). */
export function ofRuns(values: readonly number[], digits = 1): { median: number; runs: number[] } {
  const round = (v: number) => Number(v.toFixed(digits));
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median: round(median), runs: values.map(round) };
}

/**
 * Runs a measurement WARM_UPS + RUNS times and keeps the last RUNS. The warm-up pays for what a
 * first run pays once per machine (disk cache, Chromium's start-up of its processes), which is
 * not the app's cost.
 */
export async function measureRuns<T>(measure: (run: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = -WARM_UPS; run < RUNS; run++) {
    const result = await measure(run);
    if (run >= 0) results.push(result);
  }
  return results;
}
