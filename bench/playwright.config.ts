import { defineConfig } from '@playwright/test';

import chromiumFlags from '../e2e/chromium-flags.json';

// `npm run bench` (bench/run.mjs) picks a free port in 4410–4419, starts bench/serve.mjs there and
// passes it on; run on its own, this config starts the server itself.
const port = Number(process.env['BENCH_PORT'] ?? 4410);

// Pages are opened as http://haven.test, mapped to this machine, not as localhost: Angular's service
// worker fetches a whole version before it answers anything on localhost, but on a real host it
// waits until the app is idle. The origin is treated as secure so the worker runs over plain HTTP.
export const BENCH_ORIGIN = `http://haven.test:${port}`;
export const HOST_FLAGS = [
  '--host-resolver-rules=MAP haven.test 127.0.0.1',
  `--unsafely-treat-insecure-origin-as-secure=${BENCH_ORIGIN}`,
];

// The performance bench: figures, not pass/fail tests. One worker, so no two measurements share
// the machine's two cores; no retries, a failed figure is a finding.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  timeout: 10 * 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list', { printSteps: false }]],
  outputDir: '../test-results/bench',
  use: {
    baseURL: BENCH_ORIGIN,
    browserName: 'chromium',
    trace: 'off',
    launchOptions: {
      executablePath: process.env['CHROME_BIN'] || '/usr/bin/chromium',
      args: [...chromiumFlags, ...HOST_FLAGS],
    },
  },
  webServer: {
    command: `node bench/serve.mjs --port ${port}`,
    cwd: '..',
    url: `http://localhost:${port}`,
    timeout: 60_000,
    reuseExistingServer: true,
  },
});
