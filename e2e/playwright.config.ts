import { defineConfig, devices } from '@playwright/test';

import chromiumFlags from './chromium-flags.json';

// HAVEN_E2E_PORT lets a second checkout run its journeys beside this one without sharing a server.
const port = Number(process.env['HAVEN_E2E_PORT'] || 4321);

// Journeys run in Debian's Chromium (never a downloaded browser) against the production build,
// served statically with a fallback to index.html for deep links.
export default defineConfig({
  testDir: '.',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  outputDir: '../test-results',
  use: {
    baseURL: `http://localhost:${port}`,
    acceptDownloads: true,
    trace: 'retain-on-failure',
    // The service worker would fetch every file of the app in each test's fresh context: only the
    // journeys about it (offline.spec.ts) let it run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env['CHROME_BIN'] || '/usr/bin/chromium',
      args: chromiumFlags,
    },
  },
  projects: [{ name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium' } }],
  webServer: {
    command: `npm run build && npx sirv dist/haven/browser --port ${port} --single --quiet`,
    cwd: '..',
    url: `http://localhost:${port}`,
    timeout: 180_000,
    reuseExistingServer: !process.env['CI'],
  },
});
