import { test } from '@playwright/test';

import { QUICK, record, repoPath } from './support/figures';
import { lighthouseFigures } from './support/lighthouse';

// Three runs take about 40 s here; `--quick` leaves Lighthouse out.
const RUNS = 3;

test('Lighthouse on the home page, mobile preset, served brotli', async ({ baseURL }) => {
  test.skip(QUICK, '--quick leaves Lighthouse out');
  const figures = await lighthouseFigures({
    // On localhost, which Lighthouse counts as HTTPS (a real host serves Haven over HTTPS); the
    // service worker only registers after the first screen, so its localhost behaviour does not
    // touch what Lighthouse measures.
    url: `http://localhost:${new URL(baseURL!).port}/`,
    reportsDir: repoPath('bench', 'results'),
    runs: RUNS,
    chromePath: process.env['CHROME_BIN'] || '/usr/bin/chromium',
  });
  for (const figure of figures) record(figure);
});
