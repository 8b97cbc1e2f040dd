import { test } from '@playwright/test';

import { QUICK, record, repoPath } from './support/figures';
import { lighthouseFigures } from './support/lighthouse';

// Three runs take about 40 s here; `--quick` leaves Lighthouse out.
const RUNS = 3;

test('Lighthouse on the home page, mobile preset, served brotli', async ({ baseURL }) => {
  test.skip(QUICK, '--quick leaves Lighthouse out');
  const figures = await lighthouseFigures({
    url: `${baseURL}/`,
    reportsDir: repoPath('bench', 'results'),
    runs: RUNS,
    chromePath: process.env['CHROME_BIN'] || '/usr/bin/chromium',
  });
  for (const figure of figures) record(figure);
});
